// SqliteDatabase: a thin RAII layer over the SQLite C API: a connection,
// prepared statements with typed binding, and transactions that roll back
// unless committed. Every failure is an Error (kIo) naming the database.
// Thread safety: one connection per thread; statements belong to their connection.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>

#include "base/result.h"

namespace octroi::sqlite {

class Statement {
 public:
  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const std::string& value) {
    return bind(index, std::string_view(value));
  }
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, std::nullopt_t);
  Statement& bind(int index, const std::optional<std::string>& value);
  Statement& bind(int index, const std::optional<std::int64_t>& value);
  // Binds without copying: `value` must outlive the next run() or reset.
  // For hot loops only (a bulk import); bind() is the safe default.
  Statement& bind_borrowed(int index, std::string_view value);

  // True while a row is available; false when done.
  Result<bool> step();
  // Runs a statement that returns no row.
  Status run();
  void reset();

  bool is_null(int column) const;
  std::int64_t int64(int column) const;
  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::optional<std::int64_t> optional_int64(int column) const;

 private:
  friend class Database;
  struct Finalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
  };
  Statement(sqlite3* connection, sqlite3_stmt* statement, std::string sql)
      : connection_(connection), statement_(statement), sql_(std::move(sql)) {}
  Error error_here(int code) const;

  sqlite3* connection_ = nullptr;
  std::unique_ptr<sqlite3_stmt, Finalizer> statement_;
  std::string sql_;
  Status bind_status_ = ok_status();
};

class Database {
 public:
  // Opens (creating it if needed) the database file, in WAL mode with foreign
  // keys enforced and a busy timeout, so concurrent writers wait instead of failing.
  static Result<Database> open(const std::string& path);

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;

  const std::string& path() const { return path_; }
  sqlite3* handle() const { return connection_.get(); }

  // Runs one or more statements with no parameters (migrations, pragmas).
  Status execute(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  std::int64_t last_insert_rowid() const;

 private:
  struct Closer {
    void operator()(sqlite3* connection) const { sqlite3_close_v2(connection); }
  };
  Database(std::string path, sqlite3* connection)
      : path_(std::move(path)), connection_(connection) {}

  std::string path_;
  std::unique_ptr<sqlite3, Closer> connection_;
};

// Begins an immediate transaction (takes the write lock at once, so two
// writers queue instead of deadlocking); rolls back on destruction unless committed.
class Transaction {
 public:
  static Result<Transaction> begin(Database& database);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  Status commit();

 private:
  explicit Transaction(Database* database) : database_(database) {}
  Database* database_;
};

}  // namespace octroi::sqlite
