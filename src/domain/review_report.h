// ReviewReport: the review (bilan) an organisation sent for one tranche of
// its agreement — when it came, the indicators it reports (places achieved
// per territory, participants welcomed, CER signed, positive exits…), the
// actual cost of the action, the qualitative assessment — and, once settled,
// the final amounts (service/settlement.h). A plain aggregate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/indicator.h"
#include "money/amount.h"
#include "money/rate.h"

namespace octroi {

// What the settlement decided, kept with the review it was computed from.
struct SettledAmounts {
  Date settled_on;
  Amount settled{};     // the final amount of the tranche
  Amount paid{};        // what had been paid when it was settled
  Amount to_pay{};      // settled − paid, when positive
  Amount to_recover{};  // paid − settled, when positive
};

struct ReviewReport {
  std::string tranche{};  // "2024"
  Date received_on;       // required
  std::vector<Indicator> indicators{};
  Amount actual_cost{};                  // the cost the review declares
  Rate qualitative_score = Rate::one();  // the assessment of the qualitative part, 0-100 %
  std::string notes{};
  std::optional<SettledAmounts> settlement{};

  // kMissingField for an empty tranche; kInvalidValue for a negative cost or
  // indicator, a score outside 0-100 %.
  Status validate() const;
};

}  // namespace octroi
