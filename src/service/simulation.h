// Simulation: what changes if parameters change (`octroi simulate --set
// segur_per_etp=5500`): every award whose expected amount moves, and the
// operations, deliberation articles and budget lines whose amount or balance
// moves with it, before -> after. The change of an award's expected amount is
// carried onto its retained amount and the sums above it. Nothing is saved.
// Pure: the date of effect is passed in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/programme_dataset.h"
#include "money/amount.h"
#include "rules/rules.h"
#include "service/parameter_override.h"

namespace octroi {

struct ParameterChange {
  std::string name;
  std::string before;  // "5 270,00 €"
  std::string after;   // "5 500,00 €"
};

struct AwardChange {
  std::string award_id;
  std::string organisation;
  std::string operation_title;
  Amount expected_before;
  Amount expected_after;
  Amount retained_before;
  Amount retained_after;       // retained_before + (expected_after − expected_before)
  std::string equation_after;  // the explanation's equation with the new values
};

// An operation, a deliberation article or a budget line.
struct TotalChange {
  std::string key;    // "t3-o3", "article 3", "C02-428B04"
  std::string label;  // its title
  Amount before;
  Amount after;
  std::optional<Amount> balance_before;  // budget lines: remaining = available − proposed
  std::optional<Amount> balance_after;
};

struct SimulationResult {
  std::vector<ParameterChange> parameters;
  std::vector<AwardChange> awards;  // in printed order, only those that change
  std::vector<TotalChange> operations;
  std::vector<TotalChange> articles;
  std::vector<TotalChange> budget_lines;
  Amount total_before;  // every retained amount of the programme
  Amount total_after;
};

// Errors: those of apply_overrides and explain_programme.
Result<SimulationResult> simulate(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                                  const std::vector<ParameterOverride>& overrides,
                                  Date date_of_effect);

}  // namespace octroi
