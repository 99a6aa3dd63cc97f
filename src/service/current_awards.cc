#include "service/current_awards.h"

#include <fmt/format.h>

#include "money/format.h"

namespace octroi {

Status apply_award_records(ProgrammeDataset& dataset, std::span<const AwardRecord> records) {
  for (const AwardRecord& record : records) {
    if (record.version <= 1) continue;
    AnnexRow* row = nullptr;
    for (AnnexRow& candidate : dataset.rows) {
      if (candidate.award.id.key() == record.award_id) row = &candidate;
    }
    if (row == nullptr) {
      return Error(ErrorCode::kReferenceUnknown,
                   fmt::format("la ligne « {} » enregistrée en base est absente des fichiers du "
                               "programme « {} »",
                               record.award_id, record.programme_id));
    }
    row->award.amount = record.amount;
    row->amount.value = record.amount;
    row->amount.text = format_amount(record.amount);
    row->amount.unparseable = false;
    row->amount.note.reset();
    row->award.description = record.description;
    if (record.description.empty()) {
      row->description.reset();
    } else {
      row->description = record.description;
    }
    row->award.quantity = record.quantity;
    if (record.quantity) {
      for (PrintedQuantity& printed : row->quantities) {
        if (printed.domain_unit == record.quantity->unit) {
          printed.quantity.value = record.quantity->value;
          printed.quantity.text = format_quantity(record.quantity->value);
          printed.quantity.unparseable = false;
          printed.quantity.note.reset();
        }
      }
    }
  }
  return ok_status();
}

}  // namespace octroi
