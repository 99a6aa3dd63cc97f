// Programme dataset → call and applications.
#include "service/call_from_dataset.h"

#include <algorithm>

namespace octroi {

namespace {

std::optional<Period> span_of_rows(const ProgrammeDataset& dataset) {
  std::optional<Date> start;
  std::optional<Date> end;
  for (const AnnexRow& row : dataset.rows) {
    if (!row.period || !row.period->value) continue;
    const Period& period = *row.period->value;
    if (!start || period.start() < *start) start = period.start();
    if (!end || *end < period.end()) end = period.end();
  }
  if (!start || !end) return std::nullopt;
  auto window = Period::create(*start, *end);
  if (!window.ok()) return std::nullopt;
  return *window;
}

std::string group_of(const ProgrammeDataset& dataset, const AwardId& row) {
  for (const DeclaredTotal& total : dataset.totals) {
    if (total.scope != TotalScope::kRows) continue;
    if (std::find(total.covered.begin(), total.covered.end(), row) != total.covered.end()) {
      return total.id;
    }
  }
  return {};
}

}  // namespace

Call call_from_dataset(const ProgrammeDataset& dataset, const CallSettings& settings) {
  Call call{.id = settings.id,
            .programme = dataset.programme.programme.id,
            .title = dataset.programme.programme.title,
            .applications = settings.applications};
  call.themes.reserve(dataset.themes.size());
  for (const ThemeEntry& entry : dataset.themes) call.themes.push_back(entry.theme);
  call.operations.reserve(dataset.operations.size());
  for (const OperationEntry& entry : dataset.operations) {
    CallOperation offered{
        .operation = entry.operation, .theme = entry.theme, .budget_code = entry.budget_line.code};
    if (const FundingRule* rule = entry.formula_rule()) {
      offered.rule = *rule;
    } else if (!entry.funding_rules.empty()) {
      offered.rule = entry.funding_rules.front();
    }
    call.operations.push_back(std::move(offered));
  }
  if (settings.publics.empty()) {
    const auto publics = all_eligible_publics();
    call.publics.assign(publics.begin(), publics.end());
  } else {
    call.publics = settings.publics;
  }
  call.actions_within = span_of_rows(dataset);
  call.required_documents = settings.required_documents;
  return call;
}

std::vector<Application> applications_from_annex(const ProgrammeDataset& dataset,
                                                 const std::string& call) {
  std::vector<Application> applications;
  applications.reserve(dataset.rows.size());
  for (const AnnexRow& row : dataset.rows) {
    Application application;
    application.id = "dem-" + row.award.id.key();
    application.call = call;
    application.organisation = row.award.organisation;
    application.organisation_name = row.organisation.printed;
    if (const OrganisationEntry* entry = dataset.find_organisation(row.award.organisation.key())) {
      application.organisation_name = entry->organisation.name;
      application.siret = entry->organisation.siret;
    }
    application.operation = row.award.operation;
    // An empty description cell: the action is the operation itself.
    application.title = row.description.value_or(row.award.description);
    if (application.title.empty()) {
      if (const OperationEntry* entry = dataset.find_operation(row.theme, row.operation)) {
        application.title = entry->operation.title;
      }
    }
    application.requested = row.amount.value.value_or(Amount::zero());
    application.quantities.reserve(row.quantities.size());
    for (const PrintedQuantity& quantity : row.quantities) {
      if (!quantity.quantity.value || !quantity.domain_unit) continue;
      application.quantities.push_back(
          UnitQuantity{.value = *quantity.quantity.value, .unit = *quantity.domain_unit});
    }
    if (row.period && row.period->value) application.period = *row.period->value;
    application.territories = row.award.territory;
    application.budget =
        ActionBudget{.direct_costs = application.requested, .total = application.requested};
    application.annex_group = group_of(dataset, row.award.id);
    applications.push_back(std::move(application));
  }
  return applications;
}

}  // namespace octroi
