// The two storage backends the store tests run on, behind one shape:
// create() makes an empty database, url() names it for store::open_repository,
// execute() runs raw SQL on it (to tamper with the journal), count() reads
// one integer from it (to count journal entries), and the
// destructor removes it. SQLite uses a temporary folder; PostgreSQL a fresh
// database on the server named by OCTROI_TEST_POSTGRES_URL, which `make test`
// starts (scripts/test-postgres.sh). StoreTest<Backend> is the typed fixture,
// with the checks the repository tests share: count() and
// expect_journal_intact().
#pragma once

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "store/postgres/postgres_database.h"
#include "store/sqlite/sqlite_database.h"
#include "store/store.h"
#include "temporary_directory.h"

namespace octroi::testing {

template <typename Database>
Result<std::int64_t> first_integer(Database& database, std::string_view sql) {
  OCTROI_TRY(auto statement, database.prepare(sql));
  OCTROI_TRY(bool row, statement.step());
  if (!row) return Error(ErrorCode::kNotFound, "aucune ligne");
  return statement.int64(0);
}

struct SqliteBackend {
  static constexpr const char* kName = "SQLite";
  static constexpr bool kNeedsServer = false;

  Status create() { return ok_status(); }
  std::string path() const { return (directory.path() / "octroi.db").string(); }
  std::string url() const { return "sqlite:" + path(); }
  Status execute(std::string_view sql) {
    OCTROI_TRY(auto database, sqlite::Database::open(path()));
    return database.execute(sql);
  }
  // Removes the triggers that keep the journal append-only, as an intruder would.
  Status drop_journal_guards() {
    return execute("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;");
  }
  // The integer the query's first row starts with.
  Result<std::int64_t> count(std::string_view sql) {
    OCTROI_TRY(auto database, sqlite::Database::open(path()));
    return first_integer(database, sql);
  }

  TemporaryDirectory directory;
};

// The server named by OCTROI_TEST_POSTGRES_URL, or empty.
inline std::string postgres_test_url() {
  const char* url = std::getenv("OCTROI_TEST_POSTGRES_URL");
  return url != nullptr ? std::string(url) : std::string();
}

struct PostgresBackend {
  static constexpr const char* kName = "PostgreSQL";
  static constexpr bool kNeedsServer = true;

  PostgresBackend() = default;
  PostgresBackend(const PostgresBackend&) = delete;
  PostgresBackend& operator=(const PostgresBackend&) = delete;
  ~PostgresBackend() {
    if (name_.empty()) return;
    auto server = postgres::Database::open(postgres_test_url());
    if (server.ok()) (void)server->execute("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  }

  // A new database on the test server, so tests run in parallel without meeting.
  Status create() {
    std::string server_url = postgres_test_url();
    OCTROI_TRY(auto server, postgres::Database::open(server_url));
    std::random_device seed;
    std::string name = "octroi_t_" + std::to_string(seed()) + "_" + std::to_string(seed());
    OCTROI_TRY_STATUS(server.execute("CREATE DATABASE " + name));
    name_ = name;
    url_ = server_url.substr(0, server_url.rfind('/') + 1) + name;
    return ok_status();
  }
  std::string url() const { return url_; }
  Status execute(std::string_view sql) {
    OCTROI_TRY(auto database, postgres::Database::open(url_));
    return database.execute(sql);
  }
  Status drop_journal_guards() { return execute("DROP TRIGGER journal_no_update ON journal"); }
  Result<std::int64_t> count(std::string_view sql) {
    OCTROI_TRY(auto database, postgres::Database::open(url_));
    return first_integer(database, sql);
  }

 private:
  std::string name_;
  std::string url_;
};

template <typename Backend>
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if constexpr (Backend::kNeedsServer) {
      if (postgres_test_url().empty()) {
        GTEST_SKIP() << "OCTROI_TEST_POSTGRES_URL n'est pas définie : `make test` lance ces "
                        "tests sur un serveur PostgreSQL temporaire (scripts/test-postgres.sh)";
      }
    }
    // A server named but unreachable is a failure, never a skip.
    auto created = backend_.create();
    ASSERT_TRUE(created.ok()) << created.error().to_string();
  }

  Result<std::unique_ptr<ProgrammeRepository>> open() {
    return store::open_repository(backend_.url());
  }

  // The integer the query's first row starts with; -1 (and a failure) when it cannot be read.
  std::int64_t count(const std::string& sql) {
    auto value = backend_.count(sql);
    EXPECT_TRUE(value.ok()) << value.error().to_string();
    return value.ok() ? *value : -1;
  }

  // The audit journal's chain is whole: nothing edited, inserted or deleted.
  void expect_journal_intact() {
    auto report = store::verify_journal(backend_.url());
    ASSERT_TRUE(report.ok()) << report.error().to_string();
    EXPECT_TRUE(report->intact()) << report->problem;
  }

  Backend backend_;
};

struct BackendNames {
  template <typename Backend>
  static std::string GetName(int) {
    return Backend::kName;
  }
};

using Backends = ::testing::Types<SqliteBackend, PostgresBackend>;

}  // namespace octroi::testing
