// AwardEvaluation: the expected amount of one Annex 4 row from its operation's
// funding formula (themes.yaml) and the parameters in force on a date of
// effect. Shared by the explain use case and the checker's rules family.
// Pure: no I/O, no clock.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/annex_row.h"
#include "domain/programme_dataset.h"
#include "rules/formula/bindings.h"
#include "rules/formula/evaluator.h"
#include "rules/formula/formula.h"
#include "rules/parameter_set.h"

namespace octroi {

// The compiled formula of each operation that has one, by operation id ("t3-o3").
using OperationFormulas = std::map<std::string, Formula>;

// What evaluating one row's formula gave.
struct AwardEvaluation {
  std::string formula;                   // as written in themes.yaml
  bool implied = false;                  // the rule carrying it is implied, not printed
  bool cap = false;                      // the formula gives a ceiling (FundingRule::cap)
  std::vector<std::string> zero_filled;  // zero_when_absent variables the row does not state
  std::optional<Evaluation> evaluation;  // the expected amount, when the formula evaluates
  std::optional<Error> error;            // why it does not (a quantity the row lacks)
};

// The bindings of one Annex 4 row: each stated quantity under its variable
// (20 mesures -> measures = 20), then `zero_when_absent` variables the row
// lacks, set to 0 and listed in `zero_filled`.
Bindings bindings_for_row(const AnnexRow& row, const FundingRule& rule,
                          std::vector<std::string>* zero_filled = nullptr);

// Compiles every operation's formula against `parameters`. Errors: the first
// formula that does not compile (kFormula*), located in themes.yaml.
Result<OperationFormulas> compile_operation_formulas(const ProgrammeDataset& dataset,
                                                     const ParameterSet& parameters);

// Evaluates `row`'s operation formula on `date_of_effect`; nullopt when the
// operation has no formula (or none compiled in `formulas`).
std::optional<AwardEvaluation> evaluate_award(const ProgrammeDataset& dataset,
                                              const OperationFormulas& formulas,
                                              const AnnexRow& row, const ParameterSet& parameters,
                                              Date date_of_effect);

}  // namespace octroi
