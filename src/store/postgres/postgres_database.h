// PostgresDatabase: a thin layer over libpqxx with the same shape as
// sqlite::Database (prepared statements with 1-based typed binding, step and
// column reads, transactions that roll back unless committed), so the
// repository, the journal and the migrations are written once for both.
// libpqxx throws: every exception is caught here and becomes an Error (kIo,
// kDuplicate for a unique key, kConflict for a serialisation failure); none
// leaves the module. SQL is written with ?N placeholders, turned into $N here.
// Thread safety: one connection per thread; statements belong to their connection.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace octroi::postgres {

class Database;
struct Connection;  // the libpqxx connection and open transaction, private to the .cc
struct Rows;        // a libpqxx result, private to the .cc

class Statement {
 public:
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  // Parameters are 1-based, as in sqlite::Statement.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const std::string& value) {
    return bind(index, std::string_view(value));
  }
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, std::nullopt_t);
  Statement& bind(int index, const std::optional<std::string>& value);
  Statement& bind(int index, const std::optional<std::int64_t>& value);
  // As sqlite::Statement::bind_borrowed; the parameter is copied here anyway.
  Statement& bind_borrowed(int index, std::string_view value) { return bind(index, value); }

  // The first call runs the statement; each call then moves to the next row.
  // True while a row is available; false when done.
  Result<bool> step();
  // Runs a statement that returns no row.
  Status run();
  void reset();

  bool is_null(int column) const;
  std::int64_t int64(int column) const;  // 0 when the text is not an integer
  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::optional<std::int64_t> optional_int64(int column) const;

 private:
  friend class Database;
  Statement(Database* database, std::string name, std::string sql);
  void set(int index, std::optional<std::string> value);

  Database* database_ = nullptr;
  std::string name_;
  std::string sql_;
  std::vector<std::optional<std::string>> parameters_;
  std::unique_ptr<Rows> rows_;
  std::size_t row_ = 0;
};

class Database {
 public:
  // Connects to `url` (postgresql://user@host:port/dbname).
  static Result<Database> open(const std::string& url);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  // The URL without its password, for messages.
  const std::string& path() const { return display_; }

  // Runs one or more statements with no parameters (migrations, DDL).
  Status execute(std::string_view sql);
  // Prepares on the server at once, so a bad statement fails here as with SQLite.
  Result<Statement> prepare(std::string_view sql);

 private:
  friend class Statement;
  friend class Transaction;
  Database(std::string display, std::unique_ptr<Connection> connection);
  Result<std::unique_ptr<Rows>> run_prepared(
      const std::string& name, const std::string& sql,
      const std::vector<std::optional<std::string>>& parameters);

  std::string display_;
  std::unique_ptr<Connection> connection_;
  std::map<std::string, std::string> prepared_;  // SQL -> statement name
};

// Begins a transaction (READ COMMITTED); rolls back on destruction unless committed.
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

// "?1" -> "$1", a bare "?" -> the next number; quoted text is left alone.
std::string to_postgres_placeholders(std::string_view sql);

}  // namespace octroi::postgres
