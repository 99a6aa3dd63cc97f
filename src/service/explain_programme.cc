// ExplainProgramme: formulas of themes.yaml evaluated on each Annex 4 row.
#include "service/explain_programme.h"

#include <algorithm>
#include <fmt/format.h>

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

Result<ProgrammeExplanation> explain_programme(const ProgrammeDataset& dataset,
                                               const ParameterSet& parameters, Date date_of_effect,
                                               std::string_view organisation) {
  OCTROI_TRY(OperationFormulas formulas, compile_operation_formulas(dataset, parameters));

  ProgrammeExplanation out{date_of_effect, {}, 0, 0, 0, 0};
  for (const AnnexRow& row : dataset.rows) {
    if (!organisation_matches(dataset, row, organisation)) continue;
    AwardExplanation award = describe(dataset, row);
    std::optional<AwardEvaluation> evaluated =
        evaluate_award(dataset, formulas, row, parameters, date_of_effect);
    if (evaluated) {
      ++out.with_rule;
      award.formula = std::move(evaluated->formula);
      award.implied = evaluated->implied;
      award.zero_filled = std::move(evaluated->zero_filled);
      if (evaluated->evaluation) {
        OCTROI_TRY(award.difference, award.retained.minus(evaluated->evaluation->amount));
        award.evaluation = std::move(evaluated->evaluation);
        if (award.difference.is_zero()) {
          ++out.following_rule;
        } else {
          ++out.differing;
        }
      } else {
        award.error = std::move(evaluated->error);
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
