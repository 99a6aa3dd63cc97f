// Settlement of one tranche of an agreement once its review (bilan) is in:
// the funding rule of the reference's agreements, written out step by step.
//
//   planned   = Σ places targets of the tranche (per territory when printed)
//   counted   = Σ over targets of min(places achieved there, target)   [cap 1:
//               places achieved beyond a territory's target do not make up
//               for another territory; a total target compares totals]
//   quantitative = amount × share × counted / planned   [rounding A: half up
//                                                        to the cent, once]
//   qualitative  = amount × (1 − share) × score          [rounding B: half up
//                                                        to the cent, once]
//   computed  = quantitative + qualitative               (exact)
//   settled   = min(computed, actual cost)               [cap 2: « n'excède pas
//                                                        le coût de l'action »]
//   to pay    = settled − paid, when positive; to recover = paid − settled.
//
// Rounding A and B are rules::settle's (Rounding::kHalfUpToCent), applied to
// exact rationals (Decimal): no binary floating point anywhere. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/agreement_file.h"
#include "money/amount.h"
#include "money/quantity.h"
#include "rules/settlement.h"

namespace octroi {

struct TrancheSettlement {
  std::string tranche{};                   // "2024"
  Amount amount{};                         // the tranche's amount: 115 000,00 €
  Quantity places_planned{};               // 230
  Quantity places_counted{};               // 200 (cap 1 applied)
  std::vector<std::string> place_lines{};  // per territory, in French
  Settlement settlement{};                 // quantitative, qualitative, caps, to pay / to recover
  // Every line of the explanation: places first, then rules::settle's.
  std::vector<std::string> explanation() const;
};

// The settlement of `tranche` with `paid` already paid on it. kNotFound for
// an unknown tranche or one without a review; kInvalidValue for a tranche
// without a places target, or a review reporting no places.
Result<TrancheSettlement> settle_tranche(const AgreementFile& file, std::string_view tranche,
                                         Amount paid);

}  // namespace octroi
