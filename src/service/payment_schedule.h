// PaymentSchedule: when each award is paid: an advance at the signature of
// its agreement, at the agreement's rate (parameter `advance_rate`), and the
// balance after the review (bilan). The amendments' printed advances are
// recomputed and compared (4 125 € of 6 875 €, 24 000 € of 40 000 €, 69 000 €
// of 115 000 € in the reference). Pure: the date of effect is passed in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/programme_dataset.h"
#include "money/amount.h"
#include "rules/advance.h"
#include "rules/rules.h"

namespace octroi {

struct AwardPayments {
  std::string award_id;  // "t1-o5-01"
  std::string organisation;
  std::string operation_title;
  std::string instrument;  // "Convention type", "Avenant annexe 5"
  AdvanceSplit split;
  std::string advance_due;  // « à la signature de la convention »
  std::string balance_due;  // « après le bilan, au plus tard le 31 mars 2024 »
};

// One period of an amendment that prints its advance.
struct AmendmentTranche {
  std::string amendment_id;      // "avenant-1-convention-2023-01628"
  std::string agreement_number;  // "2023-01628"
  std::string organisation;
  std::optional<int> year;  // 2024
  AdvanceSplit split;       // computed at the rate
  Amount printed_advance;   // as the amendment prints it
  std::string advance_quote;
  int advance_line = 0;
  Amount difference;  // printed − computed
};

struct PaymentSchedule {
  ParameterValue rate;                // advance_rate on the date of effect
  std::vector<AwardPayments> awards;  // refusals (0,00 €) left out
  std::vector<AmendmentTranche> tranches;
  Amount total_advances;
  Amount total_balances;
};

// kReferenceUnknown / kParameterNotInForce when advance_rate is missing on the
// date; kNotFound when `organisation` matches no award.
Result<PaymentSchedule> schedule_payments(const ProgrammeDataset& dataset,
                                          const ParameterSet& parameters, Date date_of_effect,
                                          std::string_view organisation = {});

}  // namespace octroi
