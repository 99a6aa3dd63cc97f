// AgreementTerms totals and validation.
#include "domain/agreement_terms.h"

#include <algorithm>
#include <fmt/format.h>

#include "calendar/format.h"
#include "domain/budget_line.h"
#include "domain/validation.h"
#include "money/format.h"

namespace octroi {

Result<Amount> AgreementTerms::total() const {
  Amount sum = Amount::zero();
  for (const SchemeAmount& scheme : schemes) {
    OCTROI_TRY(sum, sum.plus(scheme.amount));
  }
  return sum;
}

namespace {

Status check_scheme(const SchemeAmount& scheme, const std::vector<Period>& periods) {
  OCTROI_TRY_STATUS(detail::require_text(scheme.scheme, "schemes", "le nom du dispositif"));
  OCTROI_TRY_STATUS(detail::require_not_negative(
      scheme.amount, "schemes", fmt::format("le dispositif « {} »", scheme.scheme)));
  if (scheme.quantity) OCTROI_TRY_STATUS(scheme.quantity->validate());
  if (scheme.period && !periods.empty()) {
    const bool inside = std::any_of(periods.begin(), periods.end(), [&](const Period& period) {
      return period.contains(*scheme.period);
    });
    if (!inside) {
      return detail::invalid_field(
          "schemes", fmt::format("dispositif « {} » : la période {} sort des périodes de la "
                                 "convention",
                                 scheme.scheme, format_period_short(*scheme.period)));
    }
  }
  return ok_status();
}

}  // namespace

Status AgreementTerms::validate() const {
  for (std::size_t i = 0; i < schemes.size(); ++i) {
    OCTROI_TRY_STATUS(check_scheme(schemes[i], periods));
    for (std::size_t j = 0; j < i; ++j) {
      if (schemes[j].scheme == schemes[i].scheme && schemes[j].period == schemes[i].period) {
        return Error(ErrorCode::kDuplicate,
                     fmt::format("dispositif « {} » présent deux fois pour la même période",
                                 schemes[i].scheme),
                     detail::at_field("schemes"));
      }
    }
  }
  if (advance_rate && (*advance_rate < Rate() || *advance_rate > Rate::one())) {
    return detail::invalid_field("advance_rate", fmt::format("taux d'avance hors de 0-100 % : {}",
                                                             format_rate(*advance_rate)));
  }
  if (!budget_chapter.empty() && !BudgetLine::is_valid_code(budget_chapter)) {
    return detail::invalid_field(
        "budget_chapter",
        fmt::format("chapitre budgétaire invalide « {} » : forme C02-446A05 attendue",
                    budget_chapter));
  }
  return ok_status();
}

}  // namespace octroi
