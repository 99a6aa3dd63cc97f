// The audit journal: an append-only record of every change (user, time,
// entity, before and after as canonical JSON), each entry chained to the
// previous one by a SHA-256 hash, written in the same transaction as the
// change it records. Works on both backends (Database is sqlite::Database or
// postgres::Database). verify_journal() walks the chain and names the first
// entry that was edited, inserted or deleted.
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"
#include "calendar/format.h"
#include "service/programme_repository.h"

namespace octroi::store {

// The previous hash of the first entry.
inline constexpr std::string_view kJournalGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct JournalEntry {
  std::int64_t seq = 0;
  std::string time{};
  std::string user{};
  std::string entity{};     // "programme", "award"
  std::string entity_id{};  // "pas-de-calais-2023-phase4", "pas-de-calais-2023-phase4/t1-o1-01"
  std::string action{};     // "import", "replace", "create", "update"
  std::optional<std::string> before_json{};
  std::optional<std::string> after_json{};
  std::string previous_hash{};
  std::string hash{};
};

// The entry recording that the stamp's user did `action` on `entity`
// `entity_id` at the stamp's time: before absent on a create, after absent on
// a removal. JournalWriter::append() fills in the sequence number and hashes.
inline JournalEntry journal_entry(const Stamp& stamp, std::string entity, std::string entity_id,
                                  std::string action, std::optional<std::string> before_json,
                                  std::optional<std::string> after_json) {
  return JournalEntry{.time = stamp.time,
                      .user = stamp.user,
                      .entity = std::move(entity),
                      .entity_id = std::move(entity_id),
                      .action = std::move(action),
                      .before_json = std::move(before_json),
                      .after_json = std::move(after_json)};
}

// SHA-256 (hex) over the previous hash and every field of the entry but its
// own hash, each field length-prefixed so no two entries share an input.
std::string journal_hash(const JournalEntry& entry);

// What `octroi audit verify` reports.
struct JournalReport {
  std::int64_t entries = 0;                 // entries read
  std::optional<std::int64_t> first_bad{};  // sequence number of the first bad entry
  std::string problem{};                    // French, naming that entry
  bool intact() const { return !first_bad.has_value(); }
};

// kConflict for an edit based on a stale read, naming who changed the record
// and when: « la séance cp-2023-09-18 a été modifiée par marie le … (version
// 3) depuis votre lecture (version 2) : rechargez-la avant de l'enregistrer ».
// `subject` is the record as a sentence names it: "la ligne t1-o1-01".
inline Error stale_version_error(std::string_view subject, const std::string& updated_by,
                                 const std::string& updated_at, std::int64_t version,
                                 std::int64_t expected_version) {
  return Error(
      ErrorCode::kConflict,
      fmt::format("{} a été modifiée par {} le {} (version {}) depuis votre lecture "
                  "(version {}) : rechargez-la avant de l'enregistrer",
                  subject, updated_by, format_timestamp(updated_at), version, expected_version));
}

// Canonical JSON (sorted keys, no spaces) of what the journal records.
std::string programme_json(const ProgrammeSummary& summary);
std::string award_json(const std::string& programme_id, const Award& award);
// An award as an edit sees it: its editable fields, version and last change.
std::string award_record_json(const AwardRecord& record);

// Appends entries inside the caller's transaction. start() locks the journal
// head (on PostgreSQL, concurrent writers queue there), so the chain never forks.
template <typename Database>
class JournalWriter {
 public:
  static Result<JournalWriter> start(Database& database) {
    OCTROI_TRY(auto lock, database.prepare("UPDATE journal_head SET seq = seq WHERE id = 1"));
    OCTROI_TRY_STATUS(lock.run());
    OCTROI_TRY(auto head, database.prepare("SELECT seq, hash FROM journal_head WHERE id = 1"));
    OCTROI_TRY(bool found, head.step());
    if (!found) {
      return Error(ErrorCode::kIo, "journal d'audit : tête du journal absente (schéma incomplet)");
    }
    JournalWriter writer(database);
    writer.seq_ = head.int64(0);
    writer.hash_ = head.text(1);
    return writer;
  }

  Status append(JournalEntry entry) {
    entry.seq = ++seq_;
    entry.previous_hash = hash_;
    entry.hash = journal_hash(entry);
    OCTROI_TRY(auto insert,
               database_->prepare("INSERT INTO journal(seq, time, user_name, entity, entity_id,"
                                  " action, before_json, after_json, previous_hash, hash)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    insert.bind(1, entry.seq)
        .bind(2, entry.time)
        .bind(3, entry.user)
        .bind(4, entry.entity)
        .bind(5, entry.entity_id)
        .bind(6, entry.action)
        .bind(7, entry.before_json)
        .bind(8, entry.after_json)
        .bind(9, entry.previous_hash)
        .bind(10, entry.hash);
    OCTROI_TRY_STATUS(insert.run());
    hash_ = entry.hash;
    return ok_status();
  }

  // Records the new head; call once, after the last append.
  Status finish() {
    OCTROI_TRY(auto update,
               database_->prepare("UPDATE journal_head SET seq = ?1, hash = ?2 WHERE id = 1"));
    update.bind(1, seq_).bind(2, hash_);
    return update.run();
  }

 private:
  explicit JournalWriter(Database& database) : database_(&database) {}
  Database* database_;
  std::int64_t seq_ = 0;
  std::string hash_{};
};

// Walks the whole chain. The head is read first, so entries appended while
// verifying cannot be mistaken for deletions.
template <typename Database>
Result<JournalReport> verify_journal_chain(Database& database) {
  OCTROI_TRY(auto head, database.prepare("SELECT seq, hash FROM journal_head WHERE id = 1"));
  OCTROI_TRY(bool has_head, head.step());
  std::int64_t head_seq = has_head ? head.int64(0) : 0;
  std::string head_hash = has_head ? head.text(1) : std::string(kJournalGenesisHash);
  head.reset();

  OCTROI_TRY(auto select, database.prepare("SELECT seq, time, user_name, entity, entity_id, action,"
                                           " before_json, after_json, previous_hash, hash"
                                           " FROM journal ORDER BY seq"));
  JournalReport report;
  std::int64_t expected_seq = 1;
  std::string previous(kJournalGenesisHash);
  auto bad = [&report](std::int64_t seq, std::string problem) {
    report.first_bad = seq;
    report.problem = std::move(problem);
    return report;
  };
  while (true) {
    OCTROI_TRY(bool row, select.step());
    if (!row) break;
    JournalEntry entry;
    entry.seq = select.int64(0);
    entry.time = select.text(1);
    entry.user = select.text(2);
    entry.entity = select.text(3);
    entry.entity_id = select.text(4);
    entry.action = select.text(5);
    entry.before_json = select.optional_text(6);
    entry.after_json = select.optional_text(7);
    entry.previous_hash = select.text(8);
    entry.hash = select.text(9);
    ++report.entries;
    if (entry.seq != expected_seq) {
      return bad(expected_seq,
                 fmt::format("l'entrée n° {} manque (supprimée) : l'entrée suivante est la n° {}",
                             expected_seq, entry.seq));
    }
    if (entry.previous_hash != previous) {
      return bad(entry.seq, fmt::format("l'entrée n° {} ne suit pas la précédente : empreinte "
                                        "précédente {} au lieu de {}",
                                        entry.seq, entry.previous_hash, previous));
    }
    if (journal_hash(entry) != entry.hash) {
      return bad(entry.seq,
                 fmt::format("l'entrée n° {} ({} {} « {} », le {}) a été modifiée : son "
                             "empreinte ne correspond plus à son contenu",
                             entry.seq, entry.action, entry.entity, entry.entity_id, entry.time));
    }
    previous = entry.hash;
    ++expected_seq;
  }
  std::int64_t last = expected_seq - 1;
  if (last < head_seq) {
    return bad(last + 1, fmt::format("l'entrée n° {} manque (supprimée) : le journal devrait "
                                     "compter {} entrées, il en compte {}",
                                     last + 1, head_seq, last));
  }
  if (last == head_seq && previous != head_hash) {
    return bad(last, fmt::format("l'entrée n° {} ne correspond pas à la tête du journal", last));
  }
  return report;
}

}  // namespace octroi::store
