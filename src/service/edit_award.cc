#include "service/edit_award.h"

#include <fmt/format.h>

namespace octroi {
namespace {

Status validate(const AwardEdit& edit, const Stamp& stamp) {
  const AwardChanges& changes = edit.changes;
  if (changes.empty()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("ligne {} : aucune modification à enregistrer", edit.award_id));
  }
  if (changes.amount && changes.amount->is_negative()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("ligne {} : le montant ne peut pas être négatif", edit.award_id));
  }
  if (changes.description && changes.description->empty()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("ligne {} : la description ne peut pas être vide", edit.award_id));
  }
  if (changes.quantity) OCTROI_TRY_STATUS(changes.quantity->validate());
  if (stamp.user.empty() || stamp.time.empty()) {
    return Error(ErrorCode::kInvalidValue,
                 "modification sans auteur ou sans date : impossible de la journaliser");
  }
  return ok_status();
}

}  // namespace

Result<AwardRecord> edit_award(ProgrammeRepository& repository, const AwardEdit& edit,
                               const Stamp& stamp) {
  OCTROI_TRY_STATUS(validate(edit, stamp));
  return repository.update_award(edit.programme_id, edit.award_id, edit.read_version, edit.changes,
                                 stamp);
}

}  // namespace octroi
