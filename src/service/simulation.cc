// Simulation: explain_programme twice, before and after the overrides.
#include "service/simulation.h"

#include <fmt/format.h>
#include <map>

#include "service/explain_programme.h"

namespace octroi {

namespace {

// The change of each award's expected amount, by award id (only non-zero ones).
Result<std::map<std::string, Amount>> award_deltas(const ProgrammeExplanation& before,
                                                   const ProgrammeExplanation& after,
                                                   const ProgrammeDataset& dataset,
                                                   std::vector<AwardChange>& changes) {
  std::map<std::string, Amount> deltas;
  for (std::size_t i = 0; i < before.awards.size() && i < after.awards.size(); ++i) {
    const AwardExplanation& old_award = before.awards[i];
    const AwardExplanation& new_award = after.awards[i];
    if (!old_award.evaluation || !new_award.evaluation) continue;
    OCTROI_TRY(Amount delta, new_award.evaluation->amount.minus(old_award.evaluation->amount));
    if (delta.is_zero()) continue;
    deltas[old_award.award_id] = delta;
    AwardChange change{old_award.award_id,
                       old_award.organisation,
                       old_award.operation_title,
                       old_award.evaluation->amount,
                       new_award.evaluation->amount,
                       old_award.retained,
                       {},
                       new_award.evaluation->explanation.equation()};
    OCTROI_TRY(change.retained_after, old_award.retained.plus(delta));
    changes.push_back(std::move(change));
  }
  (void)dataset;
  return deltas;
}

Status add(std::map<std::string, Amount>& sums, const std::string& key, Amount amount) {
  OCTROI_TRY(sums[key], sums[key].plus(amount));
  return ok_status();
}

}  // namespace

Result<SimulationResult> simulate(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                                  const std::vector<ParameterOverride>& overrides,
                                  Date date_of_effect) {
  OCTROI_TRY(ParameterSet changed, apply_overrides(parameters, overrides, date_of_effect));
  SimulationResult out;
  for (const ParameterOverride& override_value : overrides) {
    OCTROI_TRY(ParameterValue old_value, parameters.value_at(override_value.name, date_of_effect));
    OCTROI_TRY(ParameterValue new_value, changed.value_at(override_value.name, date_of_effect));
    out.parameters.push_back({override_value.name, old_value.formatted(), new_value.formatted()});
  }
  OCTROI_TRY(ProgrammeExplanation before, explain_programme(dataset, parameters, date_of_effect));
  OCTROI_TRY(ProgrammeExplanation after, explain_programme(dataset, changed, date_of_effect));
  OCTROI_TRY(auto deltas, award_deltas(before, after, dataset, out.awards));

  // Retained sums before, and their changes, by operation, theme and budget line.
  std::map<std::string, Amount> operation_totals, operation_deltas, theme_deltas, line_deltas;
  Amount total_delta;
  for (const AnnexRow& row : dataset.rows) {
    const Amount retained = row.amount.value.value_or(Amount::zero());
    OCTROI_TRY(out.total_before, out.total_before.plus(retained));
    const std::string operation = row.award.operation.key();
    OCTROI_TRY_STATUS(add(operation_totals, operation, retained));
    auto delta = deltas.find(row.award.id.key());
    if (delta == deltas.end()) continue;
    OCTROI_TRY(total_delta, total_delta.plus(delta->second));
    OCTROI_TRY_STATUS(add(operation_deltas, operation, delta->second));
    OCTROI_TRY_STATUS(add(theme_deltas, std::to_string(row.theme), delta->second));
    if (const OperationEntry* entry = dataset.find_operation(row.theme, row.operation)) {
      OCTROI_TRY_STATUS(add(line_deltas, entry->budget_line.code, delta->second));
    }
  }
  OCTROI_TRY(out.total_after, out.total_before.plus(total_delta));

  for (const OperationEntry& entry : dataset.operations) {
    auto delta = operation_deltas.find(entry.operation.id.key());
    if (delta == operation_deltas.end() || delta->second.is_zero()) continue;
    const Amount before_total = operation_totals[entry.operation.id.key()];
    TotalChange change{entry.operation.id.key(),
                       fmt::format("thématique {}, opération {} : {}", entry.theme,
                                   entry.operation.number, entry.operation.title),
                       before_total,
                       {},
                       {},
                       {}};
    OCTROI_TRY(change.after, before_total.plus(delta->second));
    out.operations.push_back(std::move(change));
  }
  for (const DeclaredDecision& article : dataset.deliberation.articles) {
    if (!article.theme || !article.amount || !article.amount->value) continue;
    auto delta = theme_deltas.find(std::to_string(*article.theme));
    if (delta == theme_deltas.end() || delta->second.is_zero()) continue;
    TotalChange change{fmt::format("article {}", article.number),
                       fmt::format("thématique {}", *article.theme),
                       *article.amount->value,
                       {},
                       {},
                       {}};
    OCTROI_TRY(change.after, article.amount->value->plus(delta->second));
    out.articles.push_back(std::move(change));
  }
  for (const BudgetTableRow& row : dataset.budget_table.rows) {
    if (!row.code || !row.proposed || !row.proposed->value) continue;
    auto delta = line_deltas.find(*row.code);
    if (delta == line_deltas.end() || delta->second.is_zero()) continue;
    TotalChange change{*row.code, row.label.value_or(""), *row.proposed->value, {}, {}, {}};
    OCTROI_TRY(change.after, row.proposed->value->plus(delta->second));
    if (row.remaining && row.remaining->value) {
      change.balance_before = *row.remaining->value;
      OCTROI_TRY(change.balance_after, row.remaining->value->minus(delta->second));
    }
    out.budget_lines.push_back(std::move(change));
  }
  return out;
}

}  // namespace octroi
