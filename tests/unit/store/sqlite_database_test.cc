#include "store/sqlite/sqlite_database.h"

#include <gtest/gtest.h>

#include "store/migration.h"
#include "store/migration_runner.h"
#include "temporary_directory.h"

namespace octroi {
namespace {

using sqlite::Database;
using sqlite::Transaction;

std::int64_t count_rows(Database& database, const char* table) {
  auto statement = database.prepare(std::string("SELECT count(*) FROM ") + table);
  EXPECT_TRUE(statement.ok());
  EXPECT_TRUE(statement->step().value());
  return statement->int64(0);
}

TEST(SqliteDatabaseTest, TransactionRollsBackUnlessCommitted) {
  testing::TemporaryDirectory directory;
  auto database = Database::open((directory.path() / "t.db").string());
  ASSERT_TRUE(database.ok()) << database.error().to_string();
  ASSERT_TRUE(database->execute("CREATE TABLE t (x INTEGER)").ok());
  {
    auto transaction = Transaction::begin(*database);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(database->execute("INSERT INTO t VALUES (1)").ok());
  }  // dropped without commit
  EXPECT_EQ(count_rows(*database, "t"), 0);
  {
    auto transaction = Transaction::begin(*database);
    ASSERT_TRUE(database->execute("INSERT INTO t VALUES (2)").ok());
    ASSERT_TRUE(transaction->commit().ok());
  }
  EXPECT_EQ(count_rows(*database, "t"), 1);
}

TEST(SqliteDatabaseTest, BindsAndReadsEveryType) {
  testing::TemporaryDirectory directory;
  auto database = Database::open((directory.path() / "t.db").string());
  ASSERT_TRUE(database.ok());
  ASSERT_TRUE(database->execute("CREATE TABLE t (a INTEGER, b TEXT, c TEXT)").ok());
  auto insert = database->prepare("INSERT INTO t VALUES (?, ?, ?)");
  ASSERT_TRUE(insert.ok());
  insert->bind(1, std::int64_t{161436436})
      .bind(2, std::string_view("Hénin-Carvin"))
      .bind(3, std::nullopt);
  ASSERT_TRUE(insert->run().ok());
  auto select = database->prepare("SELECT a, b, c FROM t");
  ASSERT_TRUE(select.ok());
  ASSERT_TRUE(select->step().value());
  EXPECT_EQ(select->int64(0), 161436436);
  EXPECT_EQ(select->text(1), "Hénin-Carvin");
  EXPECT_FALSE(select->optional_text(2).has_value());
  EXPECT_FALSE(select->step().value());
}

TEST(SqliteDatabaseTest, InvalidSqlNamesTheStatement) {
  testing::TemporaryDirectory directory;
  auto database = Database::open((directory.path() / "t.db").string());
  ASSERT_TRUE(database.ok());
  auto statement = database->prepare("SELECT * FROM nowhere");
  ASSERT_FALSE(statement.ok());
  EXPECT_EQ(statement.error().code(), ErrorCode::kIo);
  EXPECT_NE(statement.error().message().find("SELECT * FROM nowhere"), std::string::npos);
}

TEST(SqliteDatabaseTest, OpeningAFolderFailsWithItsPath) {
  testing::TemporaryDirectory directory;
  auto database = Database::open((directory.path() / "missing" / "t.db").string());
  ASSERT_FALSE(database.ok());
  EXPECT_NE(database.error().message().find("missing"), std::string::npos);
}

TEST(MigrationTest, AppliesEachMigrationOnce) {
  testing::TemporaryDirectory directory;
  auto database = Database::open((directory.path() / "t.db").string());
  ASSERT_TRUE(database.ok());
  auto first = store::migrate(*database);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_EQ(*first, static_cast<int>(store::migrations().size()));
  EXPECT_GE(*first, 1);
  auto second = store::migrate(*database);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, 0);
  EXPECT_EQ(count_rows(*database, "programmes"), 0);
}

TEST(MigrationTest, RefusesADatabaseFromANewerVersion) {
  testing::TemporaryDirectory directory;
  auto database = Database::open((directory.path() / "t.db").string());
  ASSERT_TRUE(database.ok());
  ASSERT_TRUE(store::migrate(*database).ok());
  ASSERT_TRUE(
      database->execute("INSERT INTO schema_migrations(version, name) VALUES (999, 'x')").ok());
  auto again = store::migrate(*database);
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message().find("999"), std::string::npos);
}

TEST(MigrationTest, VersionsAreStrictlyIncreasing) {
  int previous = 0;
  for (const auto& migration : store::migrations()) {
    EXPECT_GT(migration.version, previous) << migration.name;
    previous = migration.version;
  }
}

}  // namespace
}  // namespace octroi
