// Explanation: how an expected amount was computed, for staff, the CLI, the
// UI and the documents: the formula with the values substituted
// ("42 000,00 € = 20 mesures × 2 100,00 €"), the parameters and the versions
// used, the caps (min) and floors (max) that applied, the roundings, the
// branches taken. Texts are French; the typed parts let callers lay them out.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "money/amount.h"
#include "money/rounding.h"
#include "rules/decimal.h"
#include "rules/formula/function.h"
#include "rules/parameter_value.h"

namespace octroi {

// A min or max: which argument won. For min, "plafond appliqué".
struct CapApplied {
  Function function = Function::kMin;
  int column = 0;                      // of the call in the formula
  std::vector<std::string> arguments;  // each argument, values substituted
  std::vector<Decimal> values;         // each argument's value
  std::size_t chosen = 0;              // index of the argument retained (the first on a tie)
  bool all_equal = false;              // every argument had the same value
  std::string text;  // "plafond appliqué : min(18 000,00 €, 24 000,00 €) = 18 000,00 € …"
};

// A round_cent / round_euro (or the final rounding of the amount).
struct RoundingApplied {
  Rounding rounding = Rounding::kHalfUpToCent;
  int column = 0;  // 0 for the final rounding
  Decimal before;
  Decimal after;
  std::string text;  // "round_euro(10 803,50 €) = 10 804,00 € (arrondi à l'euro le plus proche)"
};

// An if: the condition, its value and the branch retained.
struct BranchTaken {
  int column = 0;
  bool condition = false;
  std::string condition_text;  // "20 mesures > 10"
  std::string text;            // "condition vraie (20 mesures > 10) : première valeur retenue"
};

struct Explanation {
  std::string formula;      // as written
  std::string substituted;  // the formula with the values: "20 mesures × 2 100,00 €"
  std::string
      intermediate;  // the last operation on its operands' values: "75 000,00 € + 42 687,00 €"
  Decimal exact;     // the exact value of the formula, in euros
  Amount amount;     // the expected amount, `final_rounding` applied
  Rounding final_rounding = Rounding::kHalfUpToCent;
  std::vector<ParameterValue> parameters;  // each parameter used once, in order of first use
  std::vector<CapApplied> caps;
  std::vector<RoundingApplied> roundings;  // in evaluation order, the final one last
  std::vector<BranchTaken> branches;
  std::vector<std::string> steps;  // the texts of caps, roundings and branches, in evaluation order

  // "42 000,00 € = 20 mesures × 2 100,00 €" (the expected amount first).
  std::string equation() const;
  // Every line for staff: the equation, "soit …", the steps, the final
  // rounding, then one line per parameter with its version and source.
  std::vector<std::string> lines() const;
  std::string to_text() const;  // lines() joined by "\n"
};

}  // namespace octroi
