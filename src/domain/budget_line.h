// BudgetLine: one row of the deliberation's budget table: the operation code
// ("C02-446A05"), its imputation (6568/93446), its label, the commitment
// authority (AE), what is available, what this report proposes, and what
// remains. In the reference: AE 6 193 643,00 €, available 1 545 780,28 €,
// proposed 682 328,51 €, remaining 863 451,77 €. A plain aggregate.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/id.h"
#include "domain/imputation.h"
#include "money/amount.h"

namespace octroi {

struct BudgetLine {
  BudgetLineId id{};              // "c02-446a05"
  std::string code{};             // "C02-446A05"
  Imputation imputation;          // 6568/93446 (required: no default)
  std::string label{};            // "Indemnisation des organismes référents"
  Amount commitment_authority{};  // autorisation d'engagement (AE): 6 193 643,00 €
  Amount available{};             // disponible: 1 545 780,28 €
  Amount proposed{};              // proposition: 682 328,51 €

  // The département's operation code form: a letter, two digits, a hyphen,
  // three digits, a letter, two digits ("C02-446A05", "C01-444H03").
  static bool is_valid_code(std::string_view code);

  // kMissingField for an empty id or label; kInvalidValue for a malformed code
  // or a negative amount. Proposing more than is available is NOT refused here:
  // remaining() is then negative, and the checks report it.
  Status validate() const;
  static Result<BudgetLine> create(BudgetLine fields);

  // solde = available − proposed; kAmountOverflow only on overflow. May be negative.
  Result<Amount> remaining() const { return available.minus(proposed); }
};

}  // namespace octroi
