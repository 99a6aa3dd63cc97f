// SqlitePeer: bare sqlite3 C API (see the header).
#include "bench/scale/sqlite_peer.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace octroi::bench {
namespace {

Error sqlite_error(sqlite3* connection, const std::string& what) {
  return Error(ErrorCode::kIo, fmt::format("pair SQLite, {} : {}", what,
                                           connection != nullptr ? sqlite3_errmsg(connection)
                                                                 : "mémoire insuffisante"));
}

void bind_text(sqlite3_stmt* statement, int index, const std::string& text) {
  sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void bind_text(sqlite3_stmt* statement, int index, const std::optional<std::string>& text) {
  if (text) {
    bind_text(statement, index, *text);
  } else {
    sqlite3_bind_null(statement, index);
  }
}

std::string column_text(sqlite3_stmt* statement, int column) {
  const unsigned char* bytes = sqlite3_column_text(statement, column);
  return bytes == nullptr
             ? std::string()
             : std::string(reinterpret_cast<const char*>(bytes),
                           static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
}

}  // namespace

SqlitePeer::SqlitePeer(SqlitePeer&& other) noexcept
    : connection_(other.connection_),
      insert_award_(other.insert_award_),
      insert_file_(other.insert_file_),
      select_annex_(other.select_annex_) {
  other.connection_ = nullptr;
  other.insert_award_ = nullptr;
  other.insert_file_ = nullptr;
  other.select_annex_ = nullptr;
}

SqlitePeer::~SqlitePeer() {
  sqlite3_finalize(insert_award_);
  sqlite3_finalize(insert_file_);
  sqlite3_finalize(select_annex_);
  sqlite3_close_v2(connection_);
}

Result<SqlitePeer> SqlitePeer::create(const std::string& path) {
  sqlite3* connection = nullptr;
  if (sqlite3_open_v2(path.c_str(), &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    Error error = sqlite_error(connection, "ouverture de " + path);
    sqlite3_close_v2(connection);
    return error;
  }
  SqlitePeer peer(connection);
  OCTROI_TRY_STATUS(peer.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"));
  OCTROI_TRY_STATUS(peer.execute(
      "CREATE TABLE peer_files (programme_id TEXT NOT NULL, name TEXT NOT NULL,"
      " content TEXT NOT NULL, PRIMARY KEY (programme_id, name));"
      "CREATE TABLE peer_awards (programme_id TEXT NOT NULL, id TEXT NOT NULL,"
      " position INTEGER NOT NULL, operation_id TEXT NOT NULL, organisation_id TEXT NOT NULL,"
      " organisation_printed TEXT NOT NULL, territory_keys TEXT NOT NULL,"
      " territory_printed TEXT NOT NULL, description TEXT NOT NULL, quantity_units INTEGER,"
      " quantity_unit TEXT, period_start TEXT, period_end TEXT, period_printed TEXT,"
      " amount_cents INTEGER NOT NULL, amount_printed TEXT NOT NULL, instrument TEXT NOT NULL,"
      " instrument_printed TEXT, source_line INTEGER, updated_at TEXT NOT NULL,"
      " updated_by TEXT NOT NULL, PRIMARY KEY (programme_id, id),"
      " UNIQUE (programme_id, position));"));
  OCTROI_TRY_STATUS(peer.prepare_statements());
  return peer;
}

Status SqlitePeer::execute(const char* sql) {
  if (sqlite3_exec(connection_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return sqlite_error(connection_, sql);
  }
  return ok_status();
}

Status SqlitePeer::prepare_statements() {
  const std::string award_sql = fmt::format(
      "INSERT INTO peer_awards({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
      " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
      kPeerAwardColumns);
  const char* file_sql = "INSERT INTO peer_files(programme_id, name, content) VALUES (?1, ?2, ?3)";
  const char* annex_sql =
      "SELECT operation_id, organisation_id, territory_keys, description, amount_cents,"
      " instrument, instrument_printed FROM peer_awards WHERE programme_id = ?1 ORDER BY position";
  if (sqlite3_prepare_v2(connection_, award_sql.c_str(), -1, &insert_award_, nullptr) !=
          SQLITE_OK ||
      sqlite3_prepare_v2(connection_, file_sql, -1, &insert_file_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(connection_, annex_sql, -1, &select_annex_, nullptr) != SQLITE_OK) {
    return sqlite_error(connection_, "préparation");
  }
  return ok_status();
}

Status SqlitePeer::begin() { return execute("BEGIN IMMEDIATE"); }

Status SqlitePeer::commit() { return execute("COMMIT"); }

Status SqlitePeer::insert_awards(const std::vector<AwardValues>& awards) {
  sqlite3_stmt* statement = insert_award_;
  for (const AwardValues& award : awards) {
    bind_text(statement, 1, award.programme_id);
    bind_text(statement, 2, award.id);
    sqlite3_bind_int64(statement, 3, award.position);
    bind_text(statement, 4, award.operation_id);
    bind_text(statement, 5, award.organisation_id);
    bind_text(statement, 6, award.organisation_printed);
    bind_text(statement, 7, award.territory_keys);
    bind_text(statement, 8, award.territory_printed);
    bind_text(statement, 9, award.description);
    if (award.quantity_units) {
      sqlite3_bind_int64(statement, 10, *award.quantity_units);
    } else {
      sqlite3_bind_null(statement, 10);
    }
    bind_text(statement, 11, award.quantity_unit);
    bind_text(statement, 12, award.period_start);
    bind_text(statement, 13, award.period_end);
    bind_text(statement, 14, award.period_printed);
    sqlite3_bind_int64(statement, 15, award.amount_cents);
    bind_text(statement, 16, award.amount_printed);
    bind_text(statement, 17, award.instrument);
    bind_text(statement, 18, award.instrument_printed);
    sqlite3_bind_int64(statement, 19, award.source_line);
    bind_text(statement, 20, award.updated_at);
    bind_text(statement, 21, award.updated_by);
    const int code = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (code != SQLITE_DONE) return sqlite_error(connection_, "insertion de " + award.id);
  }
  return ok_status();
}

Status SqlitePeer::insert_files(const std::string& programme_id, const DatasetSource& source) {
  for (const auto& [name, content] : source.files) {
    bind_text(insert_file_, 1, programme_id);
    bind_text(insert_file_, 2, name);
    bind_text(insert_file_, 3, content);
    const int code = sqlite3_step(insert_file_);
    sqlite3_reset(insert_file_);
    if (code != SQLITE_DONE) return sqlite_error(connection_, "insertion de " + name);
  }
  return ok_status();
}

Result<std::vector<PeerAnnexRow>> SqlitePeer::read_annex(const std::string& programme_id) {
  bind_text(select_annex_, 1, programme_id);
  std::vector<PeerAnnexRow> rows;
  int code = SQLITE_ROW;
  while ((code = sqlite3_step(select_annex_)) == SQLITE_ROW) {
    PeerAnnexRow row;
    row.operation_id = column_text(select_annex_, 0);
    row.organisation_id = column_text(select_annex_, 1);
    row.territory_keys = column_text(select_annex_, 2);
    row.description = column_text(select_annex_, 3);
    row.amount_cents = sqlite3_column_int64(select_annex_, 4);
    row.instrument = column_text(select_annex_, 5);
    if (sqlite3_column_type(select_annex_, 6) != SQLITE_NULL) {
      row.instrument_printed = column_text(select_annex_, 6);
    }
    rows.push_back(std::move(row));
  }
  sqlite3_reset(select_annex_);
  if (code != SQLITE_DONE) return sqlite_error(connection_, "lecture de l'annexe");
  return rows;
}

}  // namespace octroi::bench
