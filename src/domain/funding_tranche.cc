// FundingTranche validation and the default review date.
#include "domain/funding_tranche.h"

#include <fmt/format.h>

namespace octroi {

Status FundingTranche::validate() const {
  if (key.empty()) return Error(ErrorCode::kMissingField, "tranche de financement sans clé");
  if (amount.is_negative()) {
    return Error(ErrorCode::kInvalidValue, fmt::format("tranche {} : montant négatif", key));
  }
  if (quantitative_share.millionths() < 0 || quantitative_share > Rate::one()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("tranche {} : part quantitative hors de 0 à 100 %", key));
  }
  for (const Indicator& target : targets) {
    if (target.value.is_negative()) {
      return Error(ErrorCode::kInvalidValue, fmt::format("tranche {} : objectif négatif", key));
    }
  }
  if (review_due < period.start()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("tranche {} : bilan dû avant le début de la période", key));
  }
  return ok_status();
}

Date default_review_due(const Period& period) {
  return Date::create(period.end().year() + 1, 3, 31).value();
}

}  // namespace octroi
