// ReviewReport validation.
#include "domain/review_report.h"

#include <fmt/format.h>

namespace octroi {

Status ReviewReport::validate() const {
  if (tranche.empty()) return Error(ErrorCode::kMissingField, "bilan sans tranche (année)");
  if (actual_cost.is_negative()) {
    return Error(ErrorCode::kInvalidValue, fmt::format("bilan {} : coût réel négatif", tranche));
  }
  if (qualitative_score.millionths() < 0 || qualitative_score > Rate::one()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("bilan {} : appréciation qualitative hors de 0 à 100 %", tranche));
  }
  for (const Indicator& indicator : indicators) {
    if (indicator.value.is_negative()) {
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("bilan {} : indicateur négatif ({})", tranche, indicator.text()));
    }
  }
  return ok_status();
}

}  // namespace octroi
