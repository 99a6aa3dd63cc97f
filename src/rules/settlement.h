// Settlement: the final amount of an award once its review (bilan) is in,
// as the amendments of the reference set it: a quantitative part paid pro rata
// of the places achieved (never above the planned places), a qualitative part
// paid by an assessment score, the whole capped by the actual cost of the
// action; then what is still to pay, or to recover when the advances paid
// exceed it. Pure and exact: amounts rounded once each, half up to the cent.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "money/amount.h"
#include "money/quantity.h"
#include "money/rate.h"

namespace octroi {

struct SettlementInput {
  Amount granted;            // the amount of the period: 40 000 €
  Rate quantitative_share;   // 50 %: the rest is the qualitative part
  Quantity places_planned;   // 100 places
  Quantity places_achieved;  // 80 places
  Rate qualitative_score;    // the assessment, 0-100 %
  Amount actual_cost;        // the cost of the action the review declares
  Amount advances_paid;      // 24 000 €
};

struct Settlement {
  Amount quantitative;  // granted × share × min(achieved / planned, 1)
  Amount qualitative;   // granted × (1 − share) × score
  Amount computed;      // quantitative + qualitative
  Amount settled;       // min(computed, actual cost)
  bool capped_by_cost = false;
  Amount to_pay;                   // settled − advances, when positive
  Amount to_recover;               // advances − settled, when positive
  std::vector<std::string> lines;  // the explanation, in French

  // "reste à verser : 8 000,00 €" or "à reverser : 4 000,00 €" or "soldé".
  std::string outcome() const;
};

// kInvalidValue: a negative amount or quantity, planned places of zero, a
// share or score outside 0-100 %. kAmountOverflow beyond int64 cents.
Result<Settlement> settle(const SettlementInput& input);

}  // namespace octroi
