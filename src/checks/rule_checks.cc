// Rules family: each award whose operation has a funding formula (themes.yaml)
// against the amount the formula gives with the parameters in force on the
// date of effect — or, for a ceiling (`cap: true`), only an amount above it.
// Rows a statements.unit_cost_mismatch already reports (the amendment's unit
// cost as printed) are left to that finding. Each advance an amendment prints
// against the advance rate in force (rules/advance.h).
#include <fmt/format.h>
#include <set>

#include "calendar/format.h"
#include "checks/check_support.h"
#include "checks/checks.h"
#include "checks/statement_support.h"
#include "money/format.h"
#include "rules/advance.h"
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
  const bool rounding = !evaluated.cap && is_rounding(retained, difference);
  std::string parameters;
  for (const ParameterValue& parameter : evaluation.explanation.parameters) {
    if (!parameters.empty()) parameters += " ; ";
    parameters += parameter_text(parameter);
  }
  std::string message =
      evaluated.cap
          ? fmt::format(
                "L'annexe 4 (l. {}) retient {} pour {} ; la règle « {} » fixe, au {}, un plafond "
                "de {} : dépassement de {}. Paramètres : {}.",
                row.source.line, row.amount.text, row.organisation.printed, evaluated.formula,
                format_date_long(date_of_effect), evaluation.explanation.equation(),
                signed_euros(difference), parameters)
          : fmt::format(
                "L'annexe 4 (l. {}) retient {} pour {} ; la règle{} « {} » donne, au {}, {} : "
                "écart {}{}. "
                "Paramètres : {}.",
                row.source.line, row.amount.text, row.organisation.printed,
                evaluated.implied ? " (implicite)" : "", evaluated.formula,
                format_date_long(date_of_effect), evaluation.explanation.equation(),
                signed_euros(difference),
                rounding ? " (écart d'arrondi : le montant attendu arrondi à l'euro est le montant "
                           "retenu)"
                         : "",
                parameters);
  std::vector<ComparedValue> values = {
      amount_value("montant retenu", row.amount, row.source.line),
      computed_value(evaluated.cap ? "plafond" : "montant attendu", evaluation.amount),
      {"règle", "", evaluated.formula, 0},
      {"calcul", "", evaluation.explanation.equation(), 0},
      {"écart", "", signed_euros(difference), 0}};
  for (const ParameterValue& parameter : evaluation.explanation.parameters) {
    values.push_back({fmt::format("paramètre {}", parameter.name), parameter.printed,
                      fmt::format("{} ({})", parameter.formatted(), parameter.version()),
                      parameter.source.lines.line});
  }
  return make_finding(rounding ? Severity::kWarning : Severity::kError,
                      evaluated.cap ? "rules.cap_exceeded" : "rules.amount_differs_from_rule",
                      row_where(row), std::move(message), std::move(values));
}

// Each advance an amendment prints against `advance_rate` in force on the
// date of effect, applied to the amount it is paid on (the period's amount,
// else the award). Nothing when the rate is not in force (rules.parameters_missing
// says what is missing) or the basis is unknown.
void check_advances(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                    Date date_of_effect, std::vector<Finding>& findings) {
  Result<ParameterValue> rate = parameters.value_at("advance_rate", date_of_effect);
  if (!rate.ok()) return;
  for (const AmendmentRecord& amendment : dataset.amendments) {
    for (const AdvanceClause& advance : amendment.advances) {
      const std::optional<Amount> basis = advance_basis(dataset, amendment, advance);
      if (!basis || !advance.amount.value) continue;
      Result<AdvanceSplit> split = split_advance(*basis, rate->value);
      if (!split.ok()) continue;
      Result<Amount> difference = advance.amount.value->minus(split->advance);
      if (!difference.ok() || difference->is_zero()) continue;
      Where where;
      where.organisation = amendment.organisation.id.key();
      where.article = fmt::format("annexe {}", amendment.annex);
      where.lines.push_back(advance.origin.source);
      const std::string year =
          advance.origin.year ? fmt::format(" pour {}", *advance.origin.year) : std::string();
      findings.push_back(make_finding(
          Severity::kError, "rules.advance_rate_mismatch", std::move(where),
          fmt::format("L'avenant de {} (annexe {}, l. {}) prévoit une avance de {}{} ; au taux "
                      "d'avance de {} ({}) sur {}, elle serait de {} : écart {}.",
                      amendment.organisation.printed, amendment.annex, advance.origin.source.line,
                      advance.amount.text, year, rate->formatted(), rate->version(),
                      format_amount(*basis), format_amount(split->advance),
                      signed_euros(*difference)),
          {amount_value("avance imprimée", advance.amount, advance.origin.source.line),
           computed_value("montant de la période", *basis),
           {"taux d'avance", rate->printed, rate->formatted(), rate->source.lines.line},
           computed_value("avance au taux", split->advance),
           {"écart", "", signed_euros(*difference), 0}}));
    }
  }
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
    if (evaluated->cap && difference->is_negative()) continue;  // below the ceiling
    findings.push_back(differs(row, *evaluated, *row.amount.value, *difference, date_of_effect));
  }
  check_advances(dataset, parameters, date_of_effect, findings);
  return findings;
}

Finding rules_not_checked(std::string reason) {
  return make_finding(
      Severity::kInfo, "rules.parameters_missing", Where{},
      fmt::format("Montants non comparés aux règles de calcul : {}", std::move(reason)));
}

}  // namespace octroi
