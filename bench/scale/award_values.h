// AwardValues: the columns the store's writer puts in `awards` for one Annex 4
// row (src/store/programme_writer.h, write_awards), computed the same way, so
// that the peers of the scale benchmark insert exactly the rows Octroi inserts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/programme_dataset.h"
#include "service/programme_repository.h"

namespace octroi::bench {

struct AwardValues {
  std::string programme_id;
  std::string id;
  std::int64_t position = 0;
  std::string operation_id;
  std::string organisation_id;
  std::string organisation_printed;
  std::string territory_keys;
  std::string territory_printed;
  std::string description;
  std::optional<std::int64_t> quantity_units;
  std::optional<std::string> quantity_unit;
  std::optional<std::string> period_start;
  std::optional<std::string> period_end;
  std::optional<std::string> period_printed;
  std::int64_t amount_cents = 0;
  std::string amount_printed;
  std::string instrument;
  std::optional<std::string> instrument_printed;
  std::int64_t source_line = 0;
  std::string updated_at;
  std::string updated_by;
};

inline AwardValues award_values(const ProgrammeDataset& dataset, const AnnexRow& row,
                                const Stamp& stamp) {
  const Award& award = row.award;
  AwardValues values;
  values.programme_id = dataset.programme.programme.id.key();
  values.id = award.id.key();
  values.position = row.order;
  const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
  values.operation_id = operation != nullptr ? operation->operation.id.key() : "";
  values.organisation_id = award.organisation.key();
  values.organisation_printed = row.organisation.printed;
  values.territory_keys = award.territory.key();
  values.territory_printed = row.territory.printed;
  values.description = award.description;
  if (award.quantity) {
    values.quantity_units = award.quantity->value.units();
    values.quantity_unit = std::string(to_key(award.quantity->unit));
  }
  if (award.period) {
    values.period_start = award.period->start().iso();
    values.period_end = award.period->end().iso();
  }
  if (row.period) values.period_printed = row.period->text;
  values.amount_cents = award.amount.cents();
  values.amount_printed = row.amount.text;
  values.instrument = std::string(to_key(award.instrument));
  if (row.instrument) values.instrument_printed = row.instrument->printed;
  values.source_line = row.source.line;
  values.updated_at = stamp.time;
  values.updated_by = stamp.user;
  return values;
}

// The award table of the peers: the columns, keys and unique position of
// migrations/001_initial.sql's `awards`, without the foreign keys (the peers
// write no programme, operation or organisation rows).
inline constexpr const char* kPeerAwardColumns =
    "programme_id, id, position, operation_id, organisation_id, organisation_printed,"
    " territory_keys, territory_printed, description, quantity_units, quantity_unit,"
    " period_start, period_end, period_printed, amount_cents, amount_printed, instrument,"
    " instrument_printed, source_line, updated_at, updated_by";

// What the peers read back for an annex: the columns Octroi's annex query
// reads from `awards`, from one table, in printed order (no join, no grouping).
struct PeerAnnexRow {
  std::string operation_id;
  std::string organisation_id;
  std::string territory_keys;
  std::string description;
  std::int64_t amount_cents = 0;
  std::string instrument;
  std::optional<std::string> instrument_printed;
};

}  // namespace octroi::bench
