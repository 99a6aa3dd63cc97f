// Advances: the part of an award paid at the signature of its agreement, at
// the rate in force (parameter `advance_rate`, 60 % in the reference), and
// the amount an amendment's printed advance is paid on. Shared by the payment
// schedule (service/payment_schedule.h) and the checker's rules family, which
// compares each printed advance with the rate.
#pragma once

#include <optional>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "money/amount.h"
#include "rules/decimal.h"

namespace octroi {

// Advance and balance of one amount at one rate: advance = amount × rate,
// rounded half up to the cent; balance = amount − advance.
struct AdvanceSplit {
  Amount amount;
  Amount advance;
  Amount balance;
};
Result<AdvanceSplit> split_advance(Amount amount, const Decimal& rate);

// The amount the advance `advance` of `amendment` is paid on: the period
// amount of the same year (Cheval Bleu: 40 000 € for 2023, 115 000 € for
// 2024), else the Annex 4 award the amendment is the instrument of
// (Passeport Forma: 6 875 €); nullopt when neither is known.
std::optional<Amount> advance_basis(const ProgrammeDataset& dataset,
                                    const AmendmentRecord& amendment, const AdvanceClause& advance);

}  // namespace octroi
