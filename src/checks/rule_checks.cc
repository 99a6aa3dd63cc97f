// Rules family: each award whose operation has a funding formula (themes.yaml)
// against the amount the formula gives with the parameters in force on the
// date of effect. Rows a statements.unit_cost_mismatch already reports (the
// amendment's unit cost as printed) are left to that finding.
#include <fmt/format.h>
#include <set>

#include "calendar/format.h"
#include "checks/check_support.h"
#include "checks/checks.h"
#include "checks/statement_support.h"
#include "rules/award_evaluation.h"

namespace octroi {

using check_support::amount_value;
using check_support::computed_value;
using check_support::euros;
using check_support::make_finding;
using check_support::row_where;

namespace {

constexpr std::int64_t kCentsPerEuro = 100;

std::string signed_euros(Amount amount) {
  return (amount.is_negative() ? "" : "+") + euros(amount);
}

// A rounding difference: the amount retained is whole euros and less than one
// euro from the expected amount, i.e. it is the expected amount rounded to
// the euro (10 803,50 € -> 10 804 €).
bool is_rounding(Amount retained, Amount difference) {
  const std::int64_t cents = difference.cents();
  return retained.cents_part() == 0 && cents > -kCentsPerEuro && cents < kCentsPerEuro;
}

// "segur_per_etp = 5 270,00 € (valeur en vigueur depuis le 1er janvier 2023)"
std::string parameter_text(const ParameterValue& parameter) {
  return fmt::format("{} = {} ({})", parameter.name, parameter.formatted(), parameter.version());
}

// Rows whose amount statements.unit_cost_mismatch already compares with the
// amendment's unit cost.
std::set<std::string> rows_reported_by_statements(const ProgrammeDataset& dataset) {
  std::vector<Finding> unit_costs;
  statement_support::check_unit_costs(dataset, unit_costs);
  std::set<std::string> rows;
  for (const Finding& finding : unit_costs) rows.insert(finding.where.row);
  return rows;
}

Finding not_evaluated(const AnnexRow& row, const AwardEvaluation& evaluated) {
  return make_finding(
      Severity::kWarning, "rules.amount_not_evaluated", row_where(row),
      fmt::format("La règle « {} » ne peut être calculée pour {} (l. {}) : {}", evaluated.formula,
                  row.organisation.printed, row.source.line, evaluated.error->message()),
      {amount_value("montant retenu", row.amount, row.source.line),
       {"règle", "", evaluated.formula, 0}});
}

Finding differs(const AnnexRow& row, const AwardEvaluation& evaluated, Amount retained,
                Amount difference, Date date_of_effect) {
  const Evaluation& evaluation = *evaluated.evaluation;
  const bool rounding = is_rounding(retained, difference);
  std::string parameters;
  for (const ParameterValue& parameter : evaluation.explanation.parameters) {
    if (!parameters.empty()) parameters += " ; ";
    parameters += parameter_text(parameter);
  }
  std::string message = fmt::format(
      "L'annexe 4 (l. {}) retient {} pour {} ; la règle{} « {} » donne, au {}, {} : écart {}{}. "
      "Paramètres : {}.",
      row.source.line, row.amount.text, row.organisation.printed,
      evaluated.implied ? " (implicite)" : "", evaluated.formula, format_date_long(date_of_effect),
      evaluation.explanation.equation(), signed_euros(difference),
      rounding ? " (écart d'arrondi : le montant attendu arrondi à l'euro est le montant retenu)"
               : "",
      parameters);
  std::vector<ComparedValue> values = {amount_value("montant retenu", row.amount, row.source.line),
                                       computed_value("montant attendu", evaluation.amount),
                                       {"règle", "", evaluated.formula, 0},
                                       {"calcul", "", evaluation.explanation.equation(), 0},
                                       {"écart", "", signed_euros(difference), 0}};
  for (const ParameterValue& parameter : evaluation.explanation.parameters) {
    values.push_back({fmt::format("paramètre {}", parameter.name), parameter.printed,
                      fmt::format("{} ({})", parameter.formatted(), parameter.version()),
                      parameter.source.lines.line});
  }
  return make_finding(rounding ? Severity::kWarning : Severity::kError,
                      "rules.amount_differs_from_rule", row_where(row), std::move(message),
                      std::move(values));
}

}  // namespace

std::vector<Finding> check_rules(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                                 Date date_of_effect) {
  std::vector<Finding> findings;
  Result<OperationFormulas> formulas = compile_operation_formulas(dataset, parameters);
  if (!formulas.ok()) {
    Where where;
    where.article = formulas.error().location().field;
    findings.push_back(
        make_finding(Severity::kError, "rules.formula_invalid", where,
                     fmt::format("Règle de calcul de l'{} : {}", formulas.error().location().field,
                                 formulas.error().message())));
    return findings;
  }
  const std::set<std::string> reported = rows_reported_by_statements(dataset);
  for (const AnnexRow& row : dataset.rows) {
    if (!row.amount.value || reported.count(row.award.id.key()) != 0) continue;
    std::optional<AwardEvaluation> evaluated =
        evaluate_award(dataset, *formulas, row, parameters, date_of_effect);
    if (!evaluated) continue;
    if (!evaluated->evaluation) {
      findings.push_back(not_evaluated(row, *evaluated));
      continue;
    }
    Result<Amount> difference = row.amount.value->minus(evaluated->evaluation->amount);
    if (!difference.ok() || difference->is_zero()) continue;
    findings.push_back(differs(row, *evaluated, *row.amount.value, *difference, date_of_effect));
  }
  return findings;
}

Finding rules_not_checked(std::string reason) {
  return make_finding(
      Severity::kInfo, "rules.parameters_missing", Where{},
      fmt::format("Montants non comparés aux règles de calcul : {}", std::move(reason)));
}

}  // namespace octroi
