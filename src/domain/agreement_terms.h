// AgreementTerms: the financial terms an agreement sets and an amendment
// replaces: periods, amount per scheme, advance rate, budget chapter charged,
// review due date and how long documents are kept. Passeport Forma's
// amendment: 2023 for "Référent solidarité et socioprofessionnel" (89 000 €),
// 01/07-31/12/2023 for "Accompagnement Global" (6 875 €), 60 % advance,
// chapter C02-446A05, review by 31/03/2024.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "calendar/period.h"
#include "domain/scheme_amount.h"
#include "money/amount.h"
#include "money/rate.h"

namespace octroi {

struct AgreementTerms {
  std::vector<Period> periods{};  // "Pour la période du 1er janvier 2023 au 31 décembre 2023"
  std::vector<SchemeAmount> schemes{};  // in the order of the text
  std::optional<Rate> advance_rate{};   // 60 %: "Versement d'une avance de 4 125 €" on 6 875 €
  std::string budget_chapter{};         // "C02-446A05" (a BudgetLine code); "" when not stated
  std::optional<Date> review_due{};     // bilan "au plus tard le 31 mars 2024"
  std::optional<Date> retention_until{};  // "conservé jusqu'au 31 décembre 2034"

  // The sum of the schemes' amounts: 95 875 € for Passeport Forma's amendment.
  Result<Amount> total() const;

  // kMissingField for a scheme without a label; kInvalidValue for a negative
  // amount or quantity, a scheme period outside every period of the terms, an
  // advance rate outside 0-100 %, or a budget chapter not in BudgetLine's code
  // form; kDuplicate for the same scheme twice over the same period.
  Status validate() const;
};

}  // namespace octroi
