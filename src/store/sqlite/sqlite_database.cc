#include "store/sqlite/sqlite_database.h"

#include <fmt/format.h>
#include <utility>

namespace octroi::sqlite {
namespace {

Error sqlite_error(sqlite3* connection, int code, std::string_view what) {
  const char* detail = connection != nullptr ? sqlite3_errmsg(connection) : sqlite3_errstr(code);
  return Error(ErrorCode::kIo, fmt::format("base de données : {} ({})", what, detail));
}

}  // namespace

Error Statement::error_here(int code) const {
  return sqlite_error(connection_, code, fmt::format("échec de la requête « {} »", sql_));
}

Statement& Statement::bind(int index, std::int64_t value) {
  int code = sqlite3_bind_int64(statement_.get(), index, value);
  if (code != SQLITE_OK && bind_status_.ok()) bind_status_ = error_here(code);
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  int code = sqlite3_bind_text64(statement_.get(), index, value.data(), value.size(),
                                 SQLITE_TRANSIENT, SQLITE_UTF8);
  if (code != SQLITE_OK && bind_status_.ok()) bind_status_ = error_here(code);
  return *this;
}

Statement& Statement::bind_borrowed(int index, std::string_view value) {
  int code = sqlite3_bind_text64(statement_.get(), index, value.data(), value.size(), SQLITE_STATIC,
                                 SQLITE_UTF8);
  if (code != SQLITE_OK && bind_status_.ok()) bind_status_ = error_here(code);
  return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
  int code = sqlite3_bind_null(statement_.get(), index);
  if (code != SQLITE_OK && bind_status_.ok()) bind_status_ = error_here(code);
  return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
  return value ? bind(index, std::string_view(*value)) : bind(index, std::nullopt);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
  return value ? bind(index, *value) : bind(index, std::nullopt);
}

Result<bool> Statement::step() {
  if (!bind_status_.ok()) return bind_status_.error();
  int code = sqlite3_step(statement_.get());
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  return error_here(code);
}

Status Statement::run() {
  OCTROI_TRY(bool row, step());
  (void)row;
  reset();
  return ok_status();
}

void Statement::reset() {
  sqlite3_reset(statement_.get());
  sqlite3_clear_bindings(statement_.get());
  bind_status_ = ok_status();
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(statement_.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
  return sqlite3_column_int64(statement_.get(), column);
}

std::string Statement::text(int column) const {
  const unsigned char* bytes = sqlite3_column_text(statement_.get(), column);
  if (bytes == nullptr) return {};
  auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement_.get(), column));
  return std::string(reinterpret_cast<const char*>(bytes), size);
}

std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
  if (is_null(column)) return std::nullopt;
  return int64(column);
}

Result<Database> Database::open(const std::string& path) {
  sqlite3* raw = nullptr;
  // A connection is used by one thread at a time (the server's pool hands
  // each to one request), so SQLite's per-connection mutex is not needed.
  int code =
      sqlite3_open_v2(path.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (code != SQLITE_OK) {
    Error error = sqlite_error(raw, code, fmt::format("impossible d'ouvrir « {} »", path));
    sqlite3_close_v2(raw);
    return error;
  }
  Database database(path, raw);
  sqlite3_busy_timeout(raw, 10000);
  OCTROI_TRY_STATUS(database.execute(
      "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"));
  return database;
}

Status Database::execute(std::string_view sql) {
  std::string owned(sql);
  char* message = nullptr;
  int code = sqlite3_exec(connection_.get(), owned.c_str(), nullptr, nullptr, &message);
  if (code != SQLITE_OK) {
    std::string detail = message != nullptr ? message : sqlite3_errstr(code);
    sqlite3_free(message);
    return Error(ErrorCode::kIo, fmt::format("base de données « {} » : {}", path_, detail));
  }
  return ok_status();
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* raw = nullptr;
  int code = sqlite3_prepare_v3(connection_.get(), sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  if (code != SQLITE_OK) {
    return sqlite_error(connection_.get(), code,
                        fmt::format("requête invalide « {} »", std::string(sql)));
  }
  return Statement(connection_.get(), raw, std::string(sql));
}

std::int64_t Database::last_insert_rowid() const {
  return sqlite3_last_insert_rowid(connection_.get());
}

Result<Transaction> Transaction::begin(Database& database) {
  OCTROI_TRY_STATUS(database.execute("BEGIN IMMEDIATE"));
  return Transaction(&database);
}

Transaction::Transaction(Transaction&& other) noexcept
    : database_(std::exchange(other.database_, nullptr)) {}

Transaction::~Transaction() {
  if (database_ != nullptr) (void)database_->execute("ROLLBACK");
}

Status Transaction::commit() {
  Database* database = std::exchange(database_, nullptr);
  if (database == nullptr) return Error(ErrorCode::kInternal, "transaction déjà terminée");
  return database->execute("COMMIT");
}

}  // namespace octroi::sqlite
