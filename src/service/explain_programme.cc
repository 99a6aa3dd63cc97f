// ExplainProgramme: formulas of themes.yaml evaluated on each Annex 4 row.
#include "service/explain_programme.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace octroi {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string organisation_name(const ProgrammeDataset& dataset, const AnnexRow& row) {
  const OrganisationEntry* entry = dataset.find_organisation(row.award.organisation.key());
  return entry != nullptr ? entry->organisation.name : row.organisation.printed;
}

AwardExplanation describe(const ProgrammeDataset& dataset, const AnnexRow& row) {
  AwardExplanation out;
  out.award_id = row.award.id.key();
  out.theme = row.theme;
  out.operation = row.operation;
  if (const OperationEntry* operation = dataset.find_operation(row.theme, row.operation)) {
    out.operation_title = operation->operation.title;
  }
  out.organisation_id = row.award.organisation.key();
  out.organisation = organisation_name(dataset, row);
  out.territory = row.territory.printed;
  out.description = row.description.value_or("");
  out.retained = row.amount.value.value_or(Amount::zero());
  return out;
}

}  // namespace

bool organisation_matches(const ProgrammeDataset& dataset, const AnnexRow& row,
                          std::string_view organisation) {
  if (organisation.empty()) return true;
  if (row.award.organisation.key() == organisation) return true;
  const std::string wanted = lower(organisation);
  return lower(organisation_name(dataset, row)).find(wanted) != std::string::npos ||
         lower(row.organisation.printed).find(wanted) != std::string::npos;
}

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

Result<ProgrammeExplanation> explain_programme(const ProgrammeDataset& dataset,
                                               const ParameterSet& parameters, Date date_of_effect,
                                               std::string_view organisation) {
  OCTROI_TRY(FormulaEnvironment environment, FormulaEnvironment::for_awards(parameters));
  // One compilation per operation.
  std::map<std::string, Formula> formulas;
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

  ProgrammeExplanation out{date_of_effect, {}, 0, 0, 0, 0};
  for (const AnnexRow& row : dataset.rows) {
    if (!organisation_matches(dataset, row, organisation)) continue;
    AwardExplanation award = describe(dataset, row);
    const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
    const FundingRule* rule = operation != nullptr ? operation->formula_rule() : nullptr;
    auto formula = formulas.find(row.award.operation.key());
    if (rule != nullptr && formula != formulas.end()) {
      ++out.with_rule;
      award.formula = *rule->formula;
      award.implied = rule->implied;
      Bindings bindings = bindings_for_row(row, *rule, &award.zero_filled);
      Result<Evaluation> evaluation =
          evaluate(formula->second, bindings, parameters, date_of_effect);
      if (evaluation.ok()) {
        OCTROI_TRY(award.difference, award.retained.minus(evaluation->amount));
        award.evaluation = std::move(*evaluation);
        if (award.difference.is_zero()) {
          ++out.following_rule;
        } else {
          ++out.differing;
        }
      } else {
        award.error = evaluation.error();
        ++out.not_evaluated;
      }
    }
    out.awards.push_back(std::move(award));
  }
  if (out.awards.empty() && !organisation.empty()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("aucune attribution pour la structure « {} »", organisation));
  }
  return out;
}

}  // namespace octroi
