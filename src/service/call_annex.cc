// Proposals → Annex 4 rows, declared totals and budget table.
#include "service/call_annex.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

#include "calendar/format.h"
#include "money/format.h"

namespace octroi {

namespace {

// The dataset's unit key (docs/data-format.md 4.8) of a domain unit.
std::string dataset_unit_key(QuantityUnit unit) {
  switch (unit) {
    case QuantityUnit::kPlaces:
      return "places";
    case QuantityUnit::kPosts:
      return "postes";
    case QuantityUnit::kMeasures:
      return "mesures";
    case QuantityUnit::kFullTimeEquivalents:
      return "etp";
    case QuantityUnit::kParticipants:
      return "participants";
    case QuantityUnit::kWelcomes:
      return "accueils";
    case QuantityUnit::kPersons:
      return "personnes";
    case QuantityUnit::kBeneficiaries:
      return "beneficiaires";
    case QuantityUnit::kWomen:
      return "femmes";
    case QuantityUnit::kHouseholds:
      return "menages";
    case QuantityUnit::kAccompaniments:
      return "accompagnements";
  }
  return "places";
}

Printed<Amount> printed_amount(Amount amount, CurrencySymbol symbol = CurrencySymbol::kShown) {
  return Printed<Amount>{.text = format_amount(amount, CentsDisplay::kAlways, symbol),
                         .value = amount};
}

TerritoryReference territory_reference(const TerritoryScope& scope) {
  std::vector<std::string> keys;
  if (scope.is_department_wide()) {
    keys.emplace_back("departement");
  } else {
    const std::vector<Territory> territories = scope.territories();
    keys.reserve(territories.size());
    for (Territory territory : territories) keys.emplace_back(to_key(territory));
  }
  return TerritoryReference{.printed = scope.label(), .scope = scope, .canonical_keys = keys};
}

const Instruction* decision_for(const Application& application, std::string_view session) {
  if (!application.instruction || application.instruction->session != session) return nullptr;
  if (application.instruction->decision == InstructionDecision::kPending) return nullptr;
  if (application.status != ApplicationStatus::kProposed &&
      application.status != ApplicationStatus::kRefused &&
      application.status != ApplicationStatus::kAwarded) {
    return nullptr;
  }
  return &*application.instruction;
}

DeclaredTotal total(std::string id, std::optional<std::string> label, TotalScope scope, int theme,
                    std::optional<int> operation, std::vector<AwardId> covered, Amount amount) {
  DeclaredTotal declared;
  declared.id = std::move(id);
  declared.theme = theme;
  declared.label = std::move(label);
  declared.scope = scope;
  declared.operation = operation;
  if (scope == TotalScope::kRows) declared.listed = covered;
  declared.covered = std::move(covered);
  declared.amount = printed_amount(amount);
  return declared;
}

// Rows and totals of one operation, appended to `dataset` (rows in the
// operation's order, a "Sous total" after each group when there are
// several, then the operation's total). Returns the operation's sum.
Result<Amount> add_operation(ProgrammeDataset& dataset, const CallOperation& offered,
                             const std::vector<const Application*>& proposals, int section,
                             int& order, std::vector<AwardId>& theme_rows) {
  std::vector<std::string> groups;
  for (const Application* application : proposals) {
    if (std::find(groups.begin(), groups.end(), application->annex_group) == groups.end()) {
      groups.push_back(application->annex_group);
    }
  }
  const int theme = offered.theme;
  const int number = offered.operation.number;
  int row_number = 0;
  Amount operation_sum = Amount::zero();
  std::vector<AwardId> operation_rows;
  for (std::size_t group = 0; group < groups.size(); ++group) {
    Amount group_sum = Amount::zero();
    std::vector<AwardId> group_rows;
    for (const Application* application : proposals) {
      if (application->annex_group != groups[group]) continue;
      const Amount amount = application->instruction->decision == InstructionDecision::kProposed
                                ? application->instruction->proposed
                                : Amount::zero();
      OCTROI_TRY(AnnexRow row, annex_row(*application, offered, amount, ++row_number));
      row.order = order++;
      row.section = section;
      OCTROI_TRY(group_sum, group_sum.plus(amount));
      group_rows.push_back(row.award.id);
      dataset.rows.push_back(std::move(row));
    }
    if (groups.size() > 1) {
      DeclaredTotal subtotal =
          total(fmt::format("t{}-o{}-subtotal-{}", theme, number, group + 1), "Sous total",
                TotalScope::kRows, theme, number, group_rows, group_sum);
      subtotal.order = order++;
      subtotal.section = section;
      dataset.totals.push_back(std::move(subtotal));
    }
    OCTROI_TRY(operation_sum, operation_sum.plus(group_sum));
    operation_rows.insert(operation_rows.end(), group_rows.begin(), group_rows.end());
  }
  DeclaredTotal operation_total =
      total(fmt::format("t{}-o{}-total", theme, number), "TOTAL", TotalScope::kOperation, theme,
            number, operation_rows, operation_sum);
  operation_total.order = order++;
  operation_total.section = section;
  dataset.totals.push_back(std::move(operation_total));
  theme_rows.insert(theme_rows.end(), operation_rows.begin(), operation_rows.end());
  return operation_sum;
}

// One row per budget code the operations use, in order: what the context
// knows of the line, the amount proposed, and what remains available.
Status fill_budget_table(ProgrammeDataset& dataset, const Call& call,
                         const std::map<std::string, Amount>& proposed_by_code,
                         const AnnexContext& context) {
  DeclaredBudgetTable& table = dataset.budget_table;
  table.columns = {{"Code opération", "code"},    {"Imputation", "imputation"},
                   {"Libellé", "label"},          {"AE", "commitment_authority"},
                   {"Disponible €", "available"}, {"Proposition €", "proposed"},
                   {"Solde €", "remaining"}};
  std::vector<std::string> codes;
  for (const CallOperation& offered : call.operations) {
    if (proposed_by_code.count(offered.budget_code) == 0) continue;
    if (std::find(codes.begin(), codes.end(), offered.budget_code) == codes.end()) {
      codes.push_back(offered.budget_code);
    }
  }
  table.rows.reserve(codes.size());
  for (const std::string& code : codes) {
    BudgetTableRow row;
    for (const BudgetTableRow& known : context.budget_lines) {
      if (known.code == code) row = known;
    }
    row.code = code;
    const Amount proposed = proposed_by_code.at(code);
    row.proposed = printed_amount(proposed, CurrencySymbol::kHidden);
    row.expense.reset();
    if (row.available && row.available->value) {
      OCTROI_TRY(Amount remaining, row.available->value->minus(proposed));
      row.remaining = printed_amount(remaining, CurrencySymbol::kHidden);
    } else {
      row.remaining.reset();
    }
    table.rows.push_back(std::move(row));
  }
  return ok_status();
}

void add_organisation(ProgrammeDataset& dataset, const Application& application,
                      const AnnexContext& context) {
  if (dataset.find_organisation(application.organisation.key()) != nullptr) return;
  for (const OrganisationEntry& known : context.organisations) {
    if (known.organisation.id == application.organisation) {
      dataset.organisations.push_back(known);
      return;
    }
  }
  OrganisationEntry entry;
  entry.organisation.id = application.organisation;
  entry.organisation.name = application.organisation_name;
  entry.organisation.siret = application.siret;
  dataset.organisations.push_back(std::move(entry));
}

// "1 structure", "3 structures".
std::string organisations_text(int count) {
  return fmt::format("{} structure{}", count, count > 1 ? "s" : "");
}

// What the report says of `rows` (none a refusal): how many organisations,
// how much, over which period when they share one. Sets the statement's
// rows, counts, amount and period; returns the period's words ("" when none).
Result<std::string> describe_rows(const std::vector<const AnnexRow*>& rows,
                                  DeclaredStatement& statement) {
  std::set<std::string> organisations;
  Amount sum = Amount::zero();
  std::optional<Period> period = rows.front()->award.period;
  for (const AnnexRow* row : rows) {
    statement.rows.push_back(row->award.id);
    organisations.insert(row->award.organisation.key());
    OCTROI_TRY(sum, sum.plus(row->award.amount));
    if (period && row->award.period != period) period.reset();
  }
  const int count = static_cast<int>(organisations.size());
  statement.organisations_count = Printed<int>{.text = std::to_string(count), .value = count};
  statement.amount = Printed<Amount>{.text = format_amount(sum), .value = sum};
  statement.annex_references = {AnnexReference{.printed = "annexe 4", .annexes = {4}}};
  if (!period) return std::string();
  const std::string words = format_period_short(*period);
  statement.period = Printed<Period>{.text = words, .value = *period};
  return fmt::format(", sur la période {}", words);
}

// The report's statements the proposals make: one per operation (the rows
// granted: how many organisations, the total, the shared period) and one for
// the whole session (the total, organisations and operations), each with its
// sentence, so that the checker holds the report to its annex.
Status fill_statements(ProgrammeDataset& dataset) {
  std::vector<const AnnexRow*> granted;
  for (const AnnexRow& row : dataset.rows) {
    if (!row.award.is_refusal()) granted.push_back(&row);
  }
  if (granted.empty()) return ok_status();
  std::sort(granted.begin(), granted.end(),
            [](const AnnexRow* a, const AnnexRow* b) { return a->order < b->order; });
  std::vector<DeclaredStatement> statements;
  int operations = 0;
  for (const OperationEntry& operation : dataset.operations) {
    std::vector<const AnnexRow*> rows;
    for (const AnnexRow* row : granted) {
      if (row->theme == operation.theme && row->operation == operation.operation.number) {
        rows.push_back(row);
      }
    }
    if (rows.empty()) continue;
    ++operations;
    DeclaredStatement statement;
    statement.id = fmt::format("r-t{}-o{}", operation.theme, operation.operation.number);
    statement.in = "report";
    statement.scope = StatementScope::kOperation;
    statement.theme = operation.theme;
    statement.operation = operation.operation.number;
    OCTROI_TRY(std::string period, describe_rows(rows, statement));
    statement.quote = fmt::format(
        "Pour l'opération {} « {} » de la thématique {}, il est proposé de financer {} pour un "
        "total de {}{}. Le tableau repris en annexe 4 en détaille la répartition.",
        operation.operation.number, operation.operation.title, operation.theme,
        organisations_text(*statement.organisations_count->value), statement.amount->text, period);
    statements.push_back(std::move(statement));
  }
  DeclaredStatement whole;
  whole.id = "r-programme";
  whole.in = "report";
  whole.scope = StatementScope::kProgramme;
  OCTROI_TRY(std::string period, describe_rows(granted, whole));
  whole.operations_count = Printed<int>{.text = std::to_string(operations), .value = operations};
  whole.quote = fmt::format(
      "Il est proposé d'attribuer un total de {} à {} au titre de {} opération{}{}, selon la "
      "répartition reprise en annexe 4.",
      whole.amount->text, organisations_text(*whole.organisations_count->value), operations,
      operations > 1 ? "s" : "", period);
  statements.insert(statements.begin(), std::move(whole));
  dataset.report.statements = std::move(statements);
  return ok_status();
}

}  // namespace

std::vector<Application> session_proposals(const Call& call,
                                           const std::vector<Application>& applications,
                                           std::string_view session) {
  std::vector<Application> proposals;
  for (const Application& application : applications) {
    if (application.call == call.id && decision_for(application, session) != nullptr) {
      proposals.push_back(application);
    }
  }
  std::stable_sort(
      proposals.begin(), proposals.end(),
      [](const Application& a, const Application& b) { return a.receipt < b.receipt; });
  return proposals;
}

ThemeEntry theme_entry(const Theme& theme) {
  return ThemeEntry{
      .theme = theme,
      .titles = {PrintedTitle{
          .in = "annex4", .label = fmt::format("{}.", theme.number), .title = theme.title}}};
}

OperationEntry operation_entry(const CallOperation& offered) {
  OperationEntry entry;
  entry.operation = offered.operation;
  entry.theme = offered.theme;
  entry.titles = {PrintedTitle{.in = "annex4",
                               .label = fmt::format("Opération {}", offered.operation.number),
                               .title = offered.operation.title}};
  entry.budget_line = OperationBudgetLine{.code = offered.budget_code, .stated = true};
  if (offered.operation.max_duration_months) {
    const int months = *offered.operation.max_duration_months;
    entry.max_duration = MaxDuration{
        .months = Printed<int>{.text = fmt::format("{} mois", months), .value = months}};
  }
  if (offered.rule) entry.funding_rules = {*offered.rule};
  return entry;
}

Result<AnnexRow> annex_row(const Application& application, const CallOperation& offered,
                           Amount amount, int number) {
  if (!application.territories) {
    return Error(ErrorCode::kMissingField,
                 fmt::format("demande {} : territoire de l'action manquant", application.id));
  }
  const AwardId id(fmt::format("t{}-o{}-{:02}", offered.theme, offered.operation.number, number));
  Award award{.id = id,
              .organisation = application.organisation,
              .operation = offered.operation.id,
              .territory = *application.territories,
              .description = application.title,
              .period = application.period,
              .amount = amount};
  if (!application.quantities.empty()) award.quantity = application.quantities.front();
  AnnexRow row{
      .award = award,
      .theme = offered.theme,
      .operation = offered.operation.number,
      .territory = territory_reference(*application.territories),
      .organisation = {.printed = application.organisation_name, .id = application.organisation},
      .description = application.title,
      .amount = printed_amount(amount),
      .instrument =
          AnnexInstrument{.printed = "Convention type", .kind_key = "standard_agreement"}};
  row.quantities.reserve(application.quantities.size());
  for (const UnitQuantity& quantity : application.quantities) {
    row.quantities.push_back(PrintedQuantity{
        .quantity =
            Printed<Quantity>{.text = format_quantity(quantity.value), .value = quantity.value},
        .unit = dataset_unit_key(quantity.unit),
        .domain_unit = quantity.unit});
  }
  if (application.period) {
    row.period = Printed<Period>{.text = format_period_short(*application.period),
                                 .value = *application.period};
  }
  return row;
}

Result<ProgrammeDataset> session_annex(const Call& call,
                                       const std::vector<Application>& applications,
                                       std::string_view session, const AnnexContext& context) {
  const std::vector<Application> proposals = session_proposals(call, applications, session);
  if (proposals.empty()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("aucune demande de l'appel à projets {} n'est proposée à la séance {}",
                             call.id, session));
  }
  for (const Application& application : proposals) {
    if (call.find_operation(application.operation) == nullptr) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("demande {} : opération « {} » absente de l'appel à projets {}",
                               application.id, application.operation.key(), call.id));
    }
  }
  ProgrammeDataset dataset;
  dataset.programme = context.programme;
  dataset.annex = AnnexHeader{
      .annex = 4,
      .title = PrintedBlock{.printed = fmt::format("Annexe 4 : {} - REPARTITION FINANCIERE DES "
                                                   "OPERATIONS",
                                                   call.title)}};
  std::vector<Theme> themes = call.themes;
  std::sort(themes.begin(), themes.end(),
            [](const Theme& a, const Theme& b) { return a.number < b.number; });
  std::map<std::string, Amount> proposed_by_code;
  int order = 0;
  for (const Theme& theme : themes) {
    std::vector<AwardId> theme_rows;
    Amount theme_sum = Amount::zero();
    const int section = static_cast<int>(dataset.sections.size());
    bool any = false;
    for (const CallOperation& offered : call.operations) {
      if (offered.theme != theme.number) continue;
      std::vector<const Application*> of_operation;
      for (const Application& application : proposals) {
        if (application.operation == offered.operation.id) of_operation.push_back(&application);
      }
      if (of_operation.empty()) continue;
      if (!any) {
        dataset.sections.push_back(AnnexSection{
            .theme = theme.number,
            .heading = PrintedBlock{.printed = fmt::format("{}. {}", theme.number, theme.title)}});
        dataset.themes.push_back(theme_entry(theme));
        any = true;
      }
      dataset.operations.push_back(operation_entry(offered));
      OCTROI_TRY(Amount operation_sum,
                 add_operation(dataset, offered, of_operation, section, order, theme_rows));
      OCTROI_TRY(theme_sum, theme_sum.plus(operation_sum));
      auto [line, inserted] = proposed_by_code.try_emplace(offered.budget_code, Amount::zero());
      OCTROI_TRY(line->second, line->second.plus(operation_sum));
      (void)inserted;
      for (const Application* application : of_operation) {
        add_organisation(dataset, *application, context);
      }
    }
    if (!any) continue;
    DeclaredTotal theme_total =
        total(fmt::format("t{}-total", theme.number), "TOTAL", TotalScope::kTheme, theme.number,
              std::nullopt, std::move(theme_rows), theme_sum);
    theme_total.order = order++;
    theme_total.section = section;
    dataset.totals.push_back(std::move(theme_total));
  }
  OCTROI_TRY_STATUS(fill_budget_table(dataset, call, proposed_by_code, context));
  OCTROI_TRY_STATUS(fill_statements(dataset));
  return dataset;
}

}  // namespace octroi
