// Reads one award with its version and applies an optimistic update to it,
// on either backend (Database is sqlite::Database or postgres::Database).
// The update only lands on the version the user read (WHERE version = ?):
// a stale edit becomes kConflict naming who changed the award and when,
// never a silent overwrite. The caller holds the transaction and the journal.
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "service/programme_repository.h"
#include "store/journal.h"
#include "store/sql_support.h"

namespace octroi::store {

// The columns an AwardRecord is read from, in the order decode_award_record expects.
inline constexpr std::string_view kAwardRecordColumns =
    "id, description, amount_cents, quantity_units, quantity_unit, version, updated_at,"
    " updated_by";

template <typename Statement>
Result<AwardRecord> decode_award_record(const Statement& select, const std::string& programme_id) {
  AwardRecord record;
  record.programme_id = programme_id;
  record.award_id = select.text(0);
  record.description = select.text(1);
  record.amount = Amount::from_cents(select.int64(2));
  auto units = select.optional_int64(3);
  auto unit = select.optional_text(4);
  if (units && unit) {
    OCTROI_TRY(auto quantity_unit, quantity_unit_from_key(*unit));
    record.quantity = UnitQuantity{Quantity::from_units(*units), quantity_unit};
  }
  record.version = select.int64(5);
  record.updated_at = select.text(6);
  record.updated_by = select.text(7);
  return record;
}

template <typename Database>
Result<std::optional<AwardRecord>> read_award(Database& database, const std::string& programme_id,
                                              const std::string& award_id) {
  OCTROI_TRY(auto select, database.prepare(fmt::format("SELECT {} FROM awards"
                                                       " WHERE programme_id = ?1 AND id = ?2",
                                                       kAwardRecordColumns)));
  select.bind(1, std::string_view(programme_id)).bind(2, std::string_view(award_id));
  OCTROI_TRY(bool found, select.step());
  if (!found) return std::optional<AwardRecord>();
  OCTROI_TRY(AwardRecord record, decode_award_record(select, programme_id));
  return std::optional<AwardRecord>(std::move(record));
}

// Every award of a programme, in printed order.
template <typename Database>
Result<std::vector<AwardRecord>> read_award_records(Database& database,
                                                    const std::string& programme_id) {
  OCTROI_TRY(auto select, database.prepare(fmt::format("SELECT {} FROM awards"
                                                       " WHERE programme_id = ?1 ORDER BY position",
                                                       kAwardRecordColumns)));
  select.bind(1, std::string_view(programme_id));
  std::vector<AwardRecord> records;
  while (true) {
    OCTROI_TRY(bool row, select.step());
    if (!row) break;
    OCTROI_TRY(AwardRecord record, decode_award_record(select, programme_id));
    records.push_back(std::move(record));
  }
  return records;
}

// « la ligne t1-o1-01 a été modifiée par marie le … (version 3) depuis votre
// lecture (version 2) : rechargez-la avant de l'enregistrer »
inline Error stale_award_error(const AwardRecord& current, std::int64_t expected_version) {
  return stale_version_error("la ligne " + current.award_id, current.updated_by, current.updated_at,
                             current.version, expected_version);
}

inline AwardRecord apply_changes(AwardRecord record, const AwardChanges& changes,
                                 const Stamp& stamp) {
  if (changes.amount) record.amount = *changes.amount;
  if (changes.description) record.description = *changes.description;
  if (changes.quantity) record.quantity = changes.quantity;
  record.version += 1;
  record.updated_at = stamp.time;
  record.updated_by = stamp.user;
  return record;
}

// Inside the caller's transaction: writes `changes` if the award is still at
// `expected_version` and appends the journal entry (before and after).
template <typename Database>
Result<AwardRecord> write_award_update(Database& database, JournalWriter<Database>& journal,
                                       const std::string& programme_id, const std::string& award_id,
                                       std::int64_t expected_version, const AwardChanges& changes,
                                       const Stamp& stamp) {
  OCTROI_TRY(auto before, read_award(database, programme_id, award_id));
  if (!before) {
    return Error(ErrorCode::kNotFound, fmt::format("ligne inconnue « {} » dans le programme « {} »",
                                                   award_id, programme_id));
  }
  if (before->version != expected_version) return stale_award_error(*before, expected_version);
  AwardRecord after = apply_changes(*before, changes, stamp);

  OCTROI_TRY(auto update,
             database.prepare("UPDATE awards SET description = ?1, amount_cents = ?2,"
                              " quantity_units = ?3, quantity_unit = ?4, version = version + 1,"
                              " updated_at = ?5, updated_by = ?6"
                              " WHERE programme_id = ?7 AND id = ?8 AND version = ?9"
                              " RETURNING version"));
  update.bind(1, std::string_view(after.description)).bind(2, after.amount.cents());
  if (after.quantity) {
    update.bind(3, after.quantity->value.units()).bind(4, to_key(after.quantity->unit));
  } else {
    update.bind(3, std::nullopt).bind(4, std::nullopt);
  }
  update.bind(5, std::string_view(stamp.time))
      .bind(6, std::string_view(stamp.user))
      .bind(7, std::string_view(programme_id))
      .bind(8, std::string_view(award_id))
      .bind(9, expected_version);
  OCTROI_TRY(bool updated, update.step());
  if (!updated) {
    // Changed between our read and our write: say by whom, from what is stored now.
    OCTROI_TRY(auto current, read_award(database, programme_id, award_id));
    if (!current) {
      return Error(ErrorCode::kConflict,
                   fmt::format("la ligne {} a été supprimée depuis votre lecture (version {})",
                               award_id, expected_version));
    }
    return stale_award_error(*current, expected_version);
  }
  after.version = update.int64(0);
  OCTROI_TRY_STATUS(drain(update));
  OCTROI_TRY_STATUS(
      journal.append(journal_entry(stamp, "award", programme_id + "/" + award_id, "update",
                                   award_record_json(*before), award_record_json(after))));
  return after;
}

}  // namespace octroi::store
