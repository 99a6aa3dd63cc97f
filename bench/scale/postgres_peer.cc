// PostgresPeer: libpqxx COPY and one prepared SELECT (see the header).
#include "bench/scale/postgres_peer.h"

#include <array>
#include <fmt/format.h>
#include <optional>
#include <pqxx/pqxx>

namespace octroi::bench {

struct PostgresPeer::State {
  explicit State(const std::string& url) : connection(url) {}
  pqxx::connection connection;
  std::unique_ptr<pqxx::work> transaction;
};

namespace {

Error postgres_error(const std::string& what, const std::exception& exception) {
  return Error(ErrorCode::kIo, fmt::format("pair PostgreSQL, {} : {}", what, exception.what()));
}

const char* text_or_null(const std::optional<std::string>& text) {
  return text ? text->c_str() : nullptr;
}

}  // namespace

PostgresPeer::PostgresPeer(std::unique_ptr<State> state) : state_(std::move(state)) {}
PostgresPeer::PostgresPeer(PostgresPeer&&) noexcept = default;
PostgresPeer::~PostgresPeer() = default;

Result<PostgresPeer> PostgresPeer::create(const std::string& url) {
  try {
    auto state = std::make_unique<State>(url);
    pqxx::work setup(state->connection);
    setup.exec(
        "CREATE TABLE peer_files (programme_id TEXT NOT NULL, name TEXT NOT NULL,"
        " content TEXT NOT NULL, PRIMARY KEY (programme_id, name))");
    setup.exec(
        "CREATE TABLE peer_awards (programme_id TEXT NOT NULL, id TEXT NOT NULL,"
        " position BIGINT NOT NULL, operation_id TEXT NOT NULL, organisation_id TEXT NOT NULL,"
        " organisation_printed TEXT NOT NULL, territory_keys TEXT NOT NULL,"
        " territory_printed TEXT NOT NULL, description TEXT NOT NULL, quantity_units BIGINT,"
        " quantity_unit TEXT, period_start TEXT, period_end TEXT, period_printed TEXT,"
        " amount_cents BIGINT NOT NULL, amount_printed TEXT NOT NULL, instrument TEXT NOT NULL,"
        " instrument_printed TEXT, source_line BIGINT, updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL, PRIMARY KEY (programme_id, id),"
        " UNIQUE (programme_id, position))");
    setup.commit();
    state->connection.prepare(
        "peer_annex",
        "SELECT operation_id, organisation_id, territory_keys, description, amount_cents,"
        " instrument, instrument_printed FROM peer_awards WHERE programme_id = $1"
        " ORDER BY position");
    return PostgresPeer(std::move(state));
  } catch (const std::exception& exception) {
    return postgres_error("création des tables", exception);
  }
}

Status PostgresPeer::begin() {
  try {
    state_->transaction = std::make_unique<pqxx::work>(state_->connection);
    return ok_status();
  } catch (const std::exception& exception) {
    return postgres_error("BEGIN", exception);
  }
}

Status PostgresPeer::commit() {
  try {
    state_->transaction->commit();
    state_->transaction.reset();
    return ok_status();
  } catch (const std::exception& exception) {
    state_->transaction.reset();
    return postgres_error("COMMIT", exception);
  }
}

Status PostgresPeer::copy_awards(const std::vector<AwardValues>& awards) {
  static const std::vector<std::string> columns = {"programme_id",    "id",
                                                   "position",        "operation_id",
                                                   "organisation_id", "organisation_printed",
                                                   "territory_keys",  "territory_printed",
                                                   "description",     "quantity_units",
                                                   "quantity_unit",   "period_start",
                                                   "period_end",      "period_printed",
                                                   "amount_cents",    "amount_printed",
                                                   "instrument",      "instrument_printed",
                                                   "source_line",     "updated_at",
                                                   "updated_by"};
  try {
    pqxx::stream_to stream(*state_->transaction, "peer_awards", columns);
    for (const AwardValues& award : awards) {
      const std::string position = std::to_string(award.position);
      const std::optional<std::string> quantity =
          award.quantity_units ? std::optional<std::string>(std::to_string(*award.quantity_units))
                               : std::nullopt;
      const std::string amount = std::to_string(award.amount_cents);
      const std::string line = std::to_string(award.source_line);
      const std::array<const char*, 21> row = {award.programme_id.c_str(),
                                               award.id.c_str(),
                                               position.c_str(),
                                               award.operation_id.c_str(),
                                               award.organisation_id.c_str(),
                                               award.organisation_printed.c_str(),
                                               award.territory_keys.c_str(),
                                               award.territory_printed.c_str(),
                                               award.description.c_str(),
                                               text_or_null(quantity),
                                               text_or_null(award.quantity_unit),
                                               text_or_null(award.period_start),
                                               text_or_null(award.period_end),
                                               text_or_null(award.period_printed),
                                               amount.c_str(),
                                               award.amount_printed.c_str(),
                                               award.instrument.c_str(),
                                               text_or_null(award.instrument_printed),
                                               line.c_str(),
                                               award.updated_at.c_str(),
                                               award.updated_by.c_str()};
      stream << row;
    }
    stream.complete();
    return ok_status();
  } catch (const std::exception& exception) {
    return postgres_error("COPY des attributions", exception);
  }
}

Status PostgresPeer::copy_files(const std::string& programme_id, const DatasetSource& source) {
  static const std::vector<std::string> columns = {"programme_id", "name", "content"};
  try {
    pqxx::stream_to stream(*state_->transaction, "peer_files", columns);
    for (const auto& [name, content] : source.files) {
      stream << std::array<const char*, 3>{programme_id.c_str(), name.c_str(), content.c_str()};
    }
    stream.complete();
    return ok_status();
  } catch (const std::exception& exception) {
    return postgres_error("COPY des fichiers", exception);
  }
}

Result<std::vector<PeerAnnexRow>> PostgresPeer::read_annex(const std::string& programme_id) {
  try {
    pqxx::read_transaction transaction(state_->connection);
    const pqxx::result result = transaction.exec_prepared("peer_annex", programme_id);
    std::vector<PeerAnnexRow> rows;
    rows.reserve(result.size());
    for (const pqxx::row& found : result) {
      PeerAnnexRow row;
      row.operation_id = found[0].c_str();
      row.organisation_id = found[1].c_str();
      row.territory_keys = found[2].c_str();
      row.description = found[3].c_str();
      row.amount_cents = found[4].as<std::int64_t>();
      row.instrument = found[5].c_str();
      if (!found[6].is_null()) row.instrument_printed = found[6].c_str();
      rows.push_back(std::move(row));
    }
    transaction.commit();
    return rows;
  } catch (const std::exception& exception) {
    return postgres_error("lecture de l'annexe", exception);
  }
}

}  // namespace octroi::bench
