#include "store/postgres/postgres_database.h"

#include <charconv>
#include <exception>
#include <fmt/format.h>
#include <pqxx/pqxx>
#include <utility>

namespace octroi::postgres {

struct Connection {
  explicit Connection(const std::string& url) : connection(url) {}
  pqxx::connection connection;
  std::unique_ptr<pqxx::work> transaction{};  // the open Transaction, if any
};

struct Rows {
  pqxx::result result;
};

namespace {

// The message of a libpqxx exception, on one line.
std::string detail_of(const std::exception& exception) {
  std::string text = exception.what();
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  for (char& character : text) {
    if (character == '\n') character = ' ';
  }
  return text;
}

// Turns the exception being handled into an Error; called only inside a catch block.
Error current_error(std::string_view what) {
  try {
    throw;
  } catch (const pqxx::unique_violation& exception) {
    return Error(ErrorCode::kDuplicate,
                 fmt::format("base PostgreSQL : {} : valeur déjà présente ({})", what,
                             detail_of(exception)));
  } catch (const pqxx::transaction_rollback& exception) {
    return Error(ErrorCode::kConflict,
                 fmt::format("base PostgreSQL : {} : conflit avec une autre écriture, "
                             "recommencez ({})",
                             what, detail_of(exception)));
  } catch (const pqxx::broken_connection& exception) {
    return Error(ErrorCode::kIo, fmt::format("base PostgreSQL : {} : connexion perdue ({})", what,
                                             detail_of(exception)));
  } catch (const std::exception& exception) {
    return Error(ErrorCode::kIo,
                 fmt::format("base PostgreSQL : {} ({})", what, detail_of(exception)));
  } catch (...) {
    return Error(ErrorCode::kIo, fmt::format("base PostgreSQL : {} (erreur inconnue)", what));
  }
}

// postgresql://user:secret@host/db -> postgresql://user@host/db
std::string without_password(const std::string& url) {
  std::size_t scheme = url.find("://");
  std::size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return url;
  std::size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + url.substr(at);
}

}  // namespace

std::string to_postgres_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 8);
  int next = 0;
  bool quoted = false;
  for (std::size_t index = 0; index < sql.size(); ++index) {
    char character = sql[index];
    if (character == '\'') quoted = !quoted;
    if (character != '?' || quoted) {
      out += character;
      continue;
    }
    std::size_t end = index + 1;
    while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9') ++end;
    if (end > index + 1) {
      out += '$';
      out.append(sql.substr(index + 1, end - index - 1));
      index = end - 1;
    } else {
      out += fmt::format("${}", ++next);
    }
  }
  return out;
}

// Statement ------------------------------------------------------------------

Statement::Statement(Database* database, std::string name, std::string sql)
    : database_(database), name_(std::move(name)), sql_(std::move(sql)) {}
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;
Statement::~Statement() = default;

void Statement::set(int index, std::optional<std::string> value) {
  if (index < 1) return;
  auto position = static_cast<std::size_t>(index - 1);
  if (parameters_.size() <= position) parameters_.resize(position + 1);
  parameters_[position] = std::move(value);
}

Statement& Statement::bind(int index, std::int64_t value) {
  set(index, std::to_string(value));
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  set(index, std::string(value));
  return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
  set(index, std::nullopt);
  return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
  set(index, value);
  return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
  set(index, value ? std::optional<std::string>(std::to_string(*value)) : std::nullopt);
  return *this;
}

Result<bool> Statement::step() {
  if (!rows_) {
    OCTROI_TRY(auto rows, database_->run_prepared(name_, sql_, parameters_));
    rows_ = std::move(rows);
    row_ = 0;
  } else {
    ++row_;
  }
  return row_ < static_cast<std::size_t>(rows_->result.size());
}

Status Statement::run() {
  OCTROI_TRY(auto result, database_->run_prepared(name_, sql_, parameters_));
  (void)result;
  reset();
  return ok_status();
}

void Statement::reset() {
  parameters_.clear();
  rows_.reset();
  row_ = 0;
}

bool Statement::is_null(int column) const {
  if (!rows_ || row_ >= static_cast<std::size_t>(rows_->result.size())) return true;
  const pqxx::row row = rows_->result[static_cast<pqxx::result::size_type>(row_)];
  if (column < 0 || column >= static_cast<int>(row.size())) return true;
  return row[column].is_null();
}

std::string Statement::text(int column) const {
  if (is_null(column)) return {};
  const pqxx::row row = rows_->result[static_cast<pqxx::result::size_type>(row_)];
  const pqxx::field field = row[column];
  return std::string(field.c_str(), field.size());
}

std::int64_t Statement::int64(int column) const {
  std::string value = text(column);
  std::int64_t number = 0;
  std::from_chars(value.data(), value.data() + value.size(), number);
  return number;
}

std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
  if (is_null(column)) return std::nullopt;
  return int64(column);
}

// Database -------------------------------------------------------------------

Database::Database(std::string display, std::unique_ptr<Connection> connection)
    : display_(std::move(display)), connection_(std::move(connection)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

Database::~Database() {
  try {
    if (connection_) connection_->transaction.reset();
    connection_.reset();
  } catch (...) {  // closing never fails loudly
  }
}

Result<Database> Database::open(const std::string& url) {
  std::string display = without_password(url);
  try {
    auto connection = std::make_unique<Connection>(url);
    Database database(display, std::move(connection));
    // Messages stay quiet; timestamps and text compare the same on every server.
    OCTROI_TRY_STATUS(database.execute("SET client_min_messages = warning"));
    return database;
  } catch (...) {
    return current_error(fmt::format("impossible de se connecter à « {} »", display));
  }
}

Status Database::execute(std::string_view sql) {
  try {
    if (connection_->transaction) {
      connection_->transaction->exec(std::string(sql));
    } else {
      pqxx::nontransaction work(connection_->connection);
      work.exec(std::string(sql));
    }
    return ok_status();
  } catch (...) {
    return current_error(fmt::format("échec de « {} »", std::string(sql.substr(0, 200))));
  }
}

Result<Statement> Database::prepare(std::string_view sql) {
  std::string owned(sql);
  auto found = prepared_.find(owned);
  if (found != prepared_.end()) return Statement(this, found->second, owned);
  std::string name = fmt::format("octroi_{}", prepared_.size() + 1);
  try {
    connection_->connection.prepare(name, to_postgres_placeholders(owned));
    connection_->connection.prepare_now(name);
  } catch (...) {
    Error error = current_error(fmt::format("requête invalide « {} »", owned));
    try {
      connection_->connection.unprepare(name);
    } catch (...) {  // the definition may not have been registered at all
    }
    return error;
  }
  prepared_.emplace(owned, name);
  return Statement(this, name, owned);
}

Result<std::unique_ptr<Rows>> Database::run_prepared(
    const std::string& name, const std::string& sql,
    const std::vector<std::optional<std::string>>& parameters) {
  std::vector<const char*> values;
  values.reserve(parameters.size());
  for (const auto& parameter : parameters) {
    values.push_back(parameter ? parameter->c_str() : nullptr);
  }
  try {
    auto rows = std::make_unique<Rows>();
    if (connection_->transaction) {
      rows->result =
          connection_->transaction->exec_prepared(name, pqxx::prepare::make_dynamic_params(values));
    } else {
      pqxx::nontransaction work(connection_->connection);
      rows->result = work.exec_prepared(name, pqxx::prepare::make_dynamic_params(values));
    }
    return rows;
  } catch (...) {
    return current_error(fmt::format("échec de la requête « {} »", sql));
  }
}

// Transaction ----------------------------------------------------------------

Result<Transaction> Transaction::begin(Database& database) {
  if (database.connection_->transaction) {
    return Error(ErrorCode::kInternal, "transaction PostgreSQL déjà ouverte sur cette connexion");
  }
  try {
    database.connection_->transaction =
        std::make_unique<pqxx::work>(database.connection_->connection);
  } catch (...) {
    return current_error("impossible de commencer une transaction");
  }
  return Transaction(&database);
}

Transaction::Transaction(Transaction&& other) noexcept
    : database_(std::exchange(other.database_, nullptr)) {}

Transaction::~Transaction() {
  if (database_ == nullptr) return;
  try {
    database_->connection_->transaction->abort();
  } catch (...) {  // the server rolls back an unfinished transaction anyway
  }
  try {
    database_->connection_->transaction.reset();
  } catch (...) {
  }
}

Status Transaction::commit() {
  Database* database = std::exchange(database_, nullptr);
  if (database == nullptr) return Error(ErrorCode::kInternal, "transaction déjà terminée");
  Status status = ok_status();
  try {
    database->connection_->transaction->commit();
  } catch (...) {
    status = current_error("échec de la validation de la transaction");
  }
  try {
    database->connection_->transaction.reset();
  } catch (...) {
  }
  return status;
}

}  // namespace octroi::postgres
