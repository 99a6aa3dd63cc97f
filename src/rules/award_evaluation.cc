// AwardEvaluation: formulas of themes.yaml evaluated on an Annex 4 row.
#include "rules/award_evaluation.h"

#include <fmt/format.h>

#include "rules/formula/environment.h"
#include "rules/formula/variable.h"

namespace octroi {

Bindings bindings_for_row(const AnnexRow& row, const FundingRule& rule,
                          std::vector<std::string>* zero_filled) {
  Bindings bindings;
  for (const PrintedQuantity& quantity : row.quantities) {
    if (!quantity.domain_unit || !quantity.quantity.value) continue;
    bindings.set_quantity(std::string(variable_for_unit(*quantity.domain_unit)),
                          *quantity.quantity.value);
  }
  for (const std::string& name : rule.zero_when_absent) {
    if (bindings.find(name) != nullptr) continue;
    bindings.set(name, Decimal());
    if (zero_filled != nullptr) zero_filled->push_back(name);
  }
  return bindings;
}

Result<OperationFormulas> compile_operation_formulas(const ProgrammeDataset& dataset,
                                                     const ParameterSet& parameters) {
  OCTROI_TRY(FormulaEnvironment environment, FormulaEnvironment::for_awards(parameters));
  OperationFormulas formulas;
  for (const OperationEntry& operation : dataset.operations) {
    const FundingRule* rule = operation.formula_rule();
    if (rule == nullptr) continue;
    Result<Formula> formula = Formula::compile(*rule->formula, environment);
    if (!formula.ok()) {
      return formula.error().located(
          Location{"themes.yaml", 0, 0,
                   fmt::format("opération {} de la thématique {}", operation.operation.number,
                               operation.theme)});
    }
    formulas.emplace(operation.operation.id.key(), *formula);
  }
  return formulas;
}

std::optional<AwardEvaluation> evaluate_award(const ProgrammeDataset& dataset,
                                              const OperationFormulas& formulas,
                                              const AnnexRow& row, const ParameterSet& parameters,
                                              Date date_of_effect) {
  const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
  const FundingRule* rule = operation != nullptr ? operation->formula_rule() : nullptr;
  auto formula = formulas.find(row.award.operation.key());
  if (rule == nullptr || formula == formulas.end()) return std::nullopt;
  AwardEvaluation out;
  out.formula = *rule->formula;
  out.implied = rule->implied;
  out.cap = rule->cap;
  Bindings bindings = bindings_for_row(row, *rule, &out.zero_filled);
  Result<Evaluation> evaluation = evaluate(formula->second, bindings, parameters, date_of_effect);
  if (evaluation.ok()) {
    out.evaluation = std::move(*evaluation);
  } else {
    out.error = evaluation.error();
  }
  return out;
}

}  // namespace octroi
