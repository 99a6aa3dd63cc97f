// AgreementFile helpers and validation.
#include "domain/agreement_file.h"

#include <fmt/format.h>
#include <set>

namespace octroi {

Result<Amount> AgreementFile::total() const {
  Amount total = Amount::zero();
  for (const FundingTranche& tranche : tranches) {
    OCTROI_TRY(total, total.plus(tranche.amount));
  }
  return total;
}

const FundingTranche* AgreementFile::find_tranche(std::string_view key) const {
  for (const FundingTranche& tranche : tranches) {
    if (tranche.key == key) return &tranche;
  }
  return nullptr;
}

const ReviewReport* AgreementFile::find_review(std::string_view tranche) const {
  for (const ReviewReport& review : reviews) {
    if (review.tranche == tranche) return &review;
  }
  return nullptr;
}

std::string AgreementFile::title() const {
  if (number) return "convention n°" + number->text();
  return "projet de convention " + award.key();
}

Status AgreementFile::validate() const {
  auto missing = [this](std::string_view field) {
    return Error(ErrorCode::kMissingField,
                 fmt::format("convention {} : champ « {} » manquant", award.key(), field));
  };
  if (programme.empty()) return missing("programme");
  if (award.key().empty()) return missing("attribution");
  if (organisation.key().empty()) return missing("structure");
  if (budget_line.empty()) return missing("ligne budgétaire");
  std::set<std::string> keys;
  for (const FundingTranche& tranche : tranches) {
    OCTROI_TRY_STATUS(tranche.validate());
    if (!keys.insert(tranche.key).second) {
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("{} : tranche {} en double", title(), tranche.key));
    }
  }
  for (const ReviewReport& review : reviews) {
    OCTROI_TRY_STATUS(review.validate());
    if (keys.count(review.tranche) == 0) {
      return Error(ErrorCode::kInvalidValue, fmt::format("{} : bilan d'une tranche inconnue « {} »",
                                                         title(), review.tranche));
    }
  }
  if (status != AgreementStatus::kDraft && status != AgreementStatus::kSent) {
    if (!number || !signed_on) {
      return Error(
          ErrorCode::kInvalidValue,
          fmt::format("{} : une convention signée a un numéro et une date de signature", title()));
    }
  }
  return ok_status();
}

}  // namespace octroi
