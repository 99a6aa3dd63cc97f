// The PostgreSQL connection layer: placeholders, errors turned into values
// (no libpqxx exception escapes), and the two migration dialects kept in step.
#include "store/postgres/postgres_database.h"

#include <gtest/gtest.h>

#include "store/migration.h"
#include "store/store.h"
#include "store_backends.h"

namespace octroi {
namespace {

TEST(PostgresPlaceholdersTest, NumbersBareMarksAndKeepsQuotedText) {
  EXPECT_EQ(postgres::to_postgres_placeholders("VALUES (?1, ?12, ?2)"), "VALUES ($1, $12, $2)");
  EXPECT_EQ(postgres::to_postgres_placeholders("VALUES (?, ?)"), "VALUES ($1, $2)");
  EXPECT_EQ(postgres::to_postgres_placeholders("SELECT '?1' WHERE x = ?1"),
            "SELECT '?1' WHERE x = $1");
}

TEST(PostgresDatabaseTest, AnUnreachableServerIsAnIoErrorNamingIt) {
  auto database = postgres::Database::open("postgresql://octroi:secret@127.0.0.1:1/nowhere");
  ASSERT_FALSE(database.ok());
  EXPECT_EQ(database.error().code(), ErrorCode::kIo);
  EXPECT_NE(database.error().message().find("127.0.0.1:1/nowhere"), std::string::npos);
  EXPECT_EQ(database.error().message().find("secret"), std::string::npos);  // no password shown
  auto repository = store::open_repository("postgresql://octroi@127.0.0.1:1/nowhere");
  ASSERT_FALSE(repository.ok());
  EXPECT_EQ(repository.error().code(), ErrorCode::kIo);
}

TEST(MigrationDialectTest, BothDialectsHaveTheSameNumberedMigrations) {
  const auto& sqlite = store::migrations();
  const auto& postgres = store::postgres_migrations();
  ASSERT_EQ(sqlite.size(), postgres.size());
  for (std::size_t index = 0; index < sqlite.size(); ++index) {
    EXPECT_EQ(sqlite[index].version, postgres[index].version);
    EXPECT_EQ(sqlite[index].name, postgres[index].name);
  }
}

class PostgresServerTest : public testing::StoreTest<testing::PostgresBackend> {
 protected:
  Result<postgres::Database> connect() { return postgres::Database::open(backend_.url()); }
};

TEST_F(PostgresServerTest, TransactionRollsBackUnlessCommitted) {
  auto database = connect();
  ASSERT_TRUE(database.ok()) << database.error().to_string();
  ASSERT_TRUE(database->execute("CREATE TABLE t (x BIGINT PRIMARY KEY, y TEXT)").ok());
  {
    auto transaction = postgres::Transaction::begin(*database);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(database->execute("INSERT INTO t VALUES (1, 'a')").ok());
  }
  {
    auto transaction = postgres::Transaction::begin(*database);
    ASSERT_TRUE(transaction.ok());
    auto insert = database->prepare("INSERT INTO t VALUES (?1, ?2)");
    ASSERT_TRUE(insert.ok()) << insert.error().to_string();
    insert->bind(1, std::int64_t{161436436}).bind(2, std::nullopt);
    ASSERT_TRUE(insert->run().ok());
    ASSERT_TRUE(transaction->commit().ok());
  }
  auto select = database->prepare("SELECT x, y, count(*) OVER () FROM t");
  ASSERT_TRUE(select.ok());
  ASSERT_TRUE(select->step().value());
  EXPECT_EQ(select->int64(0), 161436436);
  EXPECT_FALSE(select->optional_text(1).has_value());
  EXPECT_EQ(select->int64(2), 1);
  EXPECT_FALSE(select->step().value());
}

TEST_F(PostgresServerTest, ADuplicateKeyIsKDuplicateAndInvalidSqlNamesTheStatement) {
  auto database = connect();
  ASSERT_TRUE(database.ok());
  ASSERT_TRUE(database->execute("CREATE TABLE t (x BIGINT PRIMARY KEY)").ok());
  auto insert = database->prepare("INSERT INTO t VALUES (?1)");
  ASSERT_TRUE(insert.ok());
  ASSERT_TRUE(insert->bind(1, std::int64_t{1}).run().ok());
  auto again = insert->bind(1, std::int64_t{1}).run();
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kDuplicate);

  auto invalid = database->prepare("SELECT * FROM nowhere");
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().code(), ErrorCode::kIo);
  EXPECT_NE(invalid.error().message().find("SELECT * FROM nowhere"), std::string::npos);
  // The connection is still usable after an error.
  auto count = database->prepare("SELECT count(*) FROM t");
  ASSERT_TRUE(count.ok()) << count.error().to_string();
  ASSERT_TRUE(count->step().value());
  EXPECT_EQ(count->int64(0), 1);
}

TEST_F(PostgresServerTest, MigrationsApplyOnceAndRefuseANewerSchema) {
  {
    auto repository = open();
    ASSERT_TRUE(repository.ok()) << repository.error().to_string();
  }
  {
    auto again = open();  // nothing left to apply
    ASSERT_TRUE(again.ok()) << again.error().to_string();
  }
  ASSERT_TRUE(
      backend_.execute("INSERT INTO schema_migrations(version, name) VALUES (999, 'x')").ok());
  auto newer = open();
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.error().message().find("999"), std::string::npos);
}

}  // namespace
}  // namespace octroi
