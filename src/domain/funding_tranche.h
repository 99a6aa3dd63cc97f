// FundingTranche: one financed period of an agreement, as its article 4 and
// annex set it: "Pour la période du 1er janvier au 31 décembre 2024, le coût
// total de l'opération est estimé à un montant maximum de 115 000 €", the
// share paid on places (50 %), the places to achieve per territory and when
// the review (bilan) is due. Payments and reviews name a tranche by its key
// ("2024"; "2023-2" for a second tranche of the same year). A plain aggregate.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "calendar/period.h"
#include "domain/indicator.h"
#include "money/amount.h"
#include "money/rate.h"

namespace octroi {

struct FundingTranche {
  std::string key{};    // "2024"
  std::string label{};  // "coût total de l'opération", "dispositif Accompagnement Global"
  Period period;        // 01/01/2024-31/12/2024 (required: no default)
  Amount amount{};      // 115 000,00 € (a maximum)
  // The part of the amount paid pro rata of the places achieved; the rest is
  // the qualitative part (Cheval Bleu: 50 %). 100 % when the agreement pays
  // everything on places ("sur la base des objectifs fixés en terme de places").
  Rate quantitative_share = Rate::one();
  std::vector<Indicator>
      targets{};    // places per territory: 90 Lens-Liévin, 90 Artois, 50 Hénin-Carvin
  Date review_due;  // 31/03/2025 (required)

  // kMissingField for an empty key; kInvalidValue for a negative amount, a
  // share outside 0-100 %, a negative target, a review due before the period starts.
  Status validate() const;
};

// The default review date: 31 March of the year after the period ends
// ("au plus tard au 31 mars de l'année N+1").
Date default_review_due(const Period& period);

}  // namespace octroi
