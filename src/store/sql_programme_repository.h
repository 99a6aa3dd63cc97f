// SqlProgrammeRepository: the ProgrammeRepository written once over either
// backend's connection (sqlite::Database or postgres::Database, which share
// one shape: prepare, bind, step, typed columns, Transaction::begin/commit).
// Every write is one transaction and records itself in the audit journal in
// that same transaction; only prepared statements are used.
#pragma once

#include <fmt/format.h>
#include <optional>
#include <string>
#include <vector>

#include "service/programme_repository.h"
#include "store/award_update.h"
#include "store/journal.h"
#include "store/programme_writer.h"

namespace octroi::store {

template <typename Database, typename Transaction>
class SqlProgrammeRepository : public ProgrammeRepository {
 public:
  Result<std::vector<ProgrammeSummary>> list_programmes() override { return summaries("", ""); }

  Result<std::optional<ProgrammeSummary>> find_programme(const std::string& id) override {
    return first(summaries("WHERE p.id = ?1", id));
  }

  Result<std::optional<ProgrammeSummary>> find_by_digest(const std::string& digest) override {
    return first(summaries("WHERE p.source_digest = ?1", digest));
  }

  Status save_programme(const ProgrammeDataset& dataset, const DatasetSource& source,
                        const Stamp& stamp, bool replace) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    // Taken first: concurrent writers queue on the journal head, in one order.
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    const std::string& id = dataset.programme.programme.id.key();
    OCTROI_TRY(auto before, find_programme(id));
    if (before) {
      if (!replace) {
        return Error(ErrorCode::kDuplicate, fmt::format("le programme « {} » existe déjà", id));
      }
      OCTROI_TRY(auto remove, database_.prepare("DELETE FROM programmes WHERE id = ?1"));
      remove.bind(1, std::string_view(id));
      OCTROI_TRY_STATUS(remove.run());
    }
    OCTROI_TRY_STATUS(write_programme(database_, dataset, source, stamp));
    OCTROI_TRY(auto after, find_programme(id));
    if (!after) return Error(ErrorCode::kInternal, "programme écrit mais introuvable");

    std::optional<std::string> before_json;
    if (before) before_json = programme_json(*before);
    OCTROI_TRY_STATUS(
        journal.append(journal_entry(stamp, "programme", id, before ? "replace" : "import",
                                     std::move(before_json), programme_json(*after))));
    for (const AnnexRow& row : dataset.rows) {
      OCTROI_TRY_STATUS(
          journal.append(journal_entry(stamp, "award", id + "/" + row.award.id.key(), "create",
                                       std::nullopt, award_json(id, row.award))));
    }
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  Result<std::vector<AnnexLine>> annex_lines(const std::string& id) override {
    OCTROI_TRY(auto programme, find_programme(id));
    if (!programme) {
      return Error(ErrorCode::kNotFound, fmt::format("programme inconnu « {} »", id));
    }
    OCTROI_TRY(auto statement,
               database_.prepare(
                   "SELECT t.number, t.title, o.id, o.number, o.title, a.territory_keys,"
                   " g.name, a.description, a.amount_cents, a.instrument, a.instrument_printed"
                   " FROM awards a"
                   " JOIN operations o ON o.programme_id = a.programme_id AND o.id = a.operation_id"
                   " JOIN themes t ON t.programme_id = o.programme_id AND t.number = o.theme_number"
                   " JOIN organisations g ON g.id = a.organisation_id"
                   " WHERE a.programme_id = ?1 ORDER BY a.position"));
    statement.bind(1, std::string_view(id));
    std::vector<AnnexLine> lines;
    while (true) {
      OCTROI_TRY(bool row, statement.step());
      if (!row) break;
      AnnexLine line;
      line.theme_number = static_cast<int>(statement.int64(0));
      line.theme_title = statement.text(1);
      line.operation_id = statement.text(2);
      line.operation_number = static_cast<int>(statement.int64(3));
      line.operation_title = statement.text(4);
      OCTROI_TRY(auto scope, TerritoryScope::parse(statement.text(5)));
      line.territory = scope.label();
      line.organisation = statement.text(6);
      line.description = statement.text(7);
      line.amount = Amount::from_cents(statement.int64(8));
      auto printed = statement.optional_text(10);
      if (printed && !printed->empty()) {
        line.instrument = *printed;
      } else {
        OCTROI_TRY(auto instrument, legal_instrument_from_key(statement.text(9)));
        line.instrument = std::string(to_label(instrument));
      }
      lines.push_back(std::move(line));
    }
    return lines;
  }

  Result<DatasetSource> dataset_source(const std::string& id) override {
    OCTROI_TRY(auto programme, find_programme(id));
    if (!programme) {
      return Error(ErrorCode::kNotFound, fmt::format("programme inconnu « {} »", id));
    }
    DatasetSource source;
    source.digest = programme->digest;
    source.origin = id;
    OCTROI_TRY(auto statement, database_.prepare("SELECT name, content FROM programme_files"
                                                 " WHERE programme_id = ?1 ORDER BY name"));
    statement.bind(1, std::string_view(id));
    while (true) {
      OCTROI_TRY(bool row, statement.step());
      if (!row) break;
      source.files.emplace(statement.text(0), statement.text(1));
    }
    return source;
  }

  Result<std::optional<AwardRecord>> find_award(const std::string& programme_id,
                                                const std::string& award_id) override {
    return read_award(database_, programme_id, award_id);
  }

  Result<AwardRecord> update_award(const std::string& programme_id, const std::string& award_id,
                                   std::int64_t expected_version, const AwardChanges& changes,
                                   const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    // The journal head first, as in save_programme: writers queue there in one order.
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto after, write_award_update(database_, journal, programme_id, award_id,
                                              expected_version, changes, stamp));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    return after;
  }

  Result<std::string> programme_revision(const std::string& programme_id) override {
    OCTROI_TRY(auto select,
               database_.prepare("SELECT p.source_digest, count(a.id), coalesce(sum(a.version), 0)"
                                 " FROM programmes p LEFT JOIN awards a ON a.programme_id = p.id"
                                 " WHERE p.id = ?1 GROUP BY p.source_digest"));
    select.bind(1, std::string_view(programme_id));
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::string();
    return programme_revision_text(select.text(0), select.int64(1), select.int64(2));
  }

  Result<std::vector<AwardRecord>> award_records(const std::string& programme_id) override {
    OCTROI_TRY(auto programme, find_programme(programme_id));
    if (!programme) {
      return Error(ErrorCode::kNotFound, fmt::format("programme inconnu « {} »", programme_id));
    }
    return read_award_records(database_, programme_id);
  }

  Result<std::vector<HistoryEntry>> history(const std::string& entity,
                                            const std::string& entity_id) override {
    OCTROI_TRY(auto select,
               database_.prepare("SELECT seq, time, user_name, action, before_json,"
                                 " after_json FROM journal"
                                 " WHERE entity = ?1 AND entity_id = ?2 ORDER BY seq"));
    select.bind(1, std::string_view(entity)).bind(2, std::string_view(entity_id));
    std::vector<HistoryEntry> entries;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      HistoryEntry entry;
      entry.seq = select.int64(0);
      entry.time = select.text(1);
      entry.user = select.text(2);
      entry.action = select.text(3);
      entry.before_json = select.optional_text(4);
      entry.after_json = select.optional_text(5);
      entries.push_back(std::move(entry));
    }
    return entries;
  }

  // Walks the audit journal (see journal.h).
  Result<JournalReport> verify_journal() { return verify_journal_chain(database_); }

  Database& database() { return database_; }

 protected:
  explicit SqlProgrammeRepository(Database database) : database_(std::move(database)) {}

 private:
  static Result<std::optional<ProgrammeSummary>> first(
      Result<std::vector<ProgrammeSummary>> found) {
    if (!found.ok()) return found.error();
    if (found->empty()) return std::optional<ProgrammeSummary>();
    return std::optional<ProgrammeSummary>(std::move(found->front()));
  }

  Result<std::vector<ProgrammeSummary>> summaries(const std::string& where,
                                                  const std::string& argument) {
    std::string sql =
        "SELECT p.id, p.title, p.year, p.phase, p.imported_at, p.imported_by, p.source_digest,"
        " (SELECT count(*) FROM awards a WHERE a.programme_id = p.id),"
        " (SELECT coalesce(sum(a.amount_cents), 0) FROM awards a WHERE a.programme_id = p.id)"
        " FROM programmes p " +
        where + " ORDER BY p.year, p.id";
    OCTROI_TRY(auto statement, database_.prepare(sql));
    if (!argument.empty()) statement.bind(1, std::string_view(argument));
    std::vector<ProgrammeSummary> result;
    while (true) {
      OCTROI_TRY(bool row, statement.step());
      if (!row) break;
      ProgrammeSummary summary;
      summary.id = statement.text(0);
      summary.title = statement.text(1);
      summary.year = static_cast<int>(statement.int64(2));
      summary.phase = static_cast<int>(statement.int64(3));
      summary.imported_at = statement.text(4);
      summary.imported_by = statement.text(5);
      summary.digest = statement.text(6);
      summary.award_count = static_cast<int>(statement.int64(7));
      summary.total = Amount::from_cents(statement.int64(8));
      result.push_back(std::move(summary));
    }
    return result;
  }

  Database database_;
};

}  // namespace octroi::store
