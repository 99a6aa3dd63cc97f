// BudgetLine validation and the operation code format.
#include "domain/budget_line.h"

#include <fmt/format.h>

#include "domain/validation.h"

namespace octroi {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool BudgetLine::is_valid_code(std::string_view code) {
  // Pattern "A99-999A99", one predicate per position.
  constexpr std::string_view kPattern = "A99-999A99";
  if (code.size() != kPattern.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char expected = kPattern[i];
    const bool fits = expected == 'A'   ? is_upper(code[i])
                      : expected == '9' ? is_digit(code[i])
                                        : code[i] == expected;
    if (!fits) return false;
  }
  return true;
}

Status BudgetLine::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de la ligne budgétaire"));
  if (!is_valid_code(code)) {
    return detail::invalid_field(
        "code", fmt::format("code opération invalide « {} » : forme C02-446A05 attendue", code));
  }
  OCTROI_TRY_STATUS(detail::require_text(label, "label", "le libellé de l'opération budgétaire"));
  OCTROI_TRY_STATUS(detail::require_not_negative(commitment_authority, "commitment_authority",
                                                 "l'autorisation d'engagement"));
  OCTROI_TRY_STATUS(detail::require_not_negative(available, "available", "le disponible"));
  return detail::require_not_negative(proposed, "proposed", "la proposition");
}

Result<BudgetLine> BudgetLine::create(BudgetLine fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
