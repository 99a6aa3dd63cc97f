// Arithmetic: every printed total against the sum of the rows it covers
// (operation subtotals, operation, theme and overall totals), the articles
// and proposed decisions against their theme's rows, and each copy of the
// budget table: proposed = sum of the awards charged to the line,
// remaining = available - proposed, proposed <= available, available <= AE.
#include <algorithm>
#include <fmt/format.h>
#include <set>

#include "checks/check_support.h"
#include "checks/checks.h"

namespace octroi {
namespace {

using namespace check_support;  // NOLINT(google-build-using-namespace)

std::string_view total_code(TotalScope scope) {
  switch (scope) {
    case TotalScope::kRows:
      return "arithmetic.subtotal_mismatch";
    case TotalScope::kOperation:
      return "arithmetic.operation_total_mismatch";
    case TotalScope::kTheme:
      return "arithmetic.theme_total_mismatch";
    case TotalScope::kProgramme:
      return "arithmetic.overall_total_mismatch";
  }
  return "arithmetic.subtotal_mismatch";
}

void check_totals(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  for (const DeclaredTotal& total : dataset.totals) {
    if (!total.amount.value) continue;
    auto computed = sum(row_amounts(dataset, total.covered));
    if (!computed || *computed == *total.amount.value) continue;
    Where where;
    where.theme = total.theme;
    where.operation = total.operation;
    where.article = total.id;
    where.lines.push_back(total.source);
    findings.push_back(make_finding(
        Severity::kError, std::string(total_code(total.scope)), where,
        fmt::format("Le total imprimé « {} » ({} lignes) ne correspond pas à la somme des lignes "
                    "qu'il couvre : {}.",
                    total.amount.text, total.covered.size(), euros(*computed)),
        {amount_value("total imprimé", total.amount, total.source.line),
         computed_value("somme des lignes", *computed)}));
  }
}

// Articles of the deliberation and decisions of the report that validate a
// theme's funding: amount and number of operations against the annex rows.
void check_decisions(const ProgrammeDataset& dataset,
                     const std::vector<DeclaredDecision>& decisions, std::string_view kind,
                     std::vector<Finding>& findings) {
  for (const DeclaredDecision& decision : decisions) {
    if (decision.action != DecisionAction::kValidateFunding || !decision.theme) continue;
    std::vector<Amount> amounts;
    std::set<int> operations;
    for (const AnnexRow* row : rows_of(dataset, *decision.theme)) {
      if (row->amount.value) amounts.push_back(*row->amount.value);
      operations.insert(row->operation);
    }
    Where where;
    where.theme = decision.theme;
    where.article =
        fmt::format("{} {}", kind.substr(kind.find_first_of(" '") + 1), decision.number);
    where.lines.push_back(decision.source);
    auto computed = sum(amounts);
    if (decision.amount && decision.amount->value && computed &&
        *computed != *decision.amount->value) {
      findings.push_back(make_finding(
          Severity::kError, "arithmetic.article_amount_mismatch", where,
          fmt::format("Le montant « {} » de {} {} diffère de la somme des lignes de la thématique "
                      "{} en annexe 4 : {}.",
                      decision.amount->text, kind, decision.number, *decision.theme,
                      euros(*computed)),
          {amount_value("montant imprimé", *decision.amount, decision.source.line),
           computed_value("somme des lignes", *computed)}));
    }
    if (decision.operations_count && decision.operations_count->value &&
        *decision.operations_count->value != static_cast<int>(operations.size())) {
      findings.push_back(make_finding(
          Severity::kError, "arithmetic.article_operation_count_mismatch", where,
          fmt::format(
              "{} {} annonce {} opérations pour la thématique {} ; l'annexe 4 en compte {}.", kind,
              decision.number, decision.operations_count->text, *decision.theme, operations.size()),
          {{"nombre imprimé", decision.operations_count->text,
            std::to_string(*decision.operations_count->value), decision.source.line},
           {"opérations de l'annexe 4", "", std::to_string(operations.size()), 0}}));
    }
  }
}

// The sum of the awards charged to the budget line `code`; nullopt when no
// operation of the dataset names its budget line (a document imported from
// its text does not say which line each operation is charged to).
std::optional<Amount> charged_to(const ProgrammeDataset& dataset, const std::string& code) {
  const bool any_charged = std::any_of(
      dataset.operations.begin(), dataset.operations.end(),
      [](const OperationEntry& operation) { return !operation.budget_line.code.empty(); });
  if (!any_charged) return std::nullopt;
  std::vector<Amount> amounts;
  for (const AnnexRow& row : dataset.rows) {
    const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
    if (operation != nullptr && operation->budget_line.code == code && row.amount.value) {
      amounts.push_back(*row.amount.value);
    }
  }
  return sum(amounts);
}

void check_budget_row(const ProgrammeDataset& dataset, const BudgetTableRow& row,
                      std::string_view table, std::vector<Finding>& findings) {
  if (!row.code) return;
  Where where;
  where.article = fmt::format("budget {} {}", table, *row.code);
  where.lines.push_back(row.source);
  const std::optional<Printed<Amount>>& proposed = row.proposed ? row.proposed : row.expense;
  auto add = [&](std::string code, std::string message, std::vector<ComparedValue> values) {
    findings.push_back(make_finding(Severity::kError, std::move(code), where, std::move(message),
                                    std::move(values)));
  };
  if (proposed && proposed->value) {
    auto computed = charged_to(dataset, *row.code);
    if (computed && *computed != *proposed->value) {
      add("arithmetic.budget_proposed_mismatch",
          fmt::format("Ligne budgétaire {} ({}) : la proposition « {} » diffère de la somme des "
                      "attributions imputées sur cette ligne : {}.",
                      *row.code, table, proposed->text, euros(*computed)),
          {amount_value("proposition imprimée", *proposed, row.source.line),
           computed_value("somme des attributions", *computed)});
    }
  }
  if (row.available && row.available->value && proposed && proposed->value) {
    if (*proposed->value > *row.available->value) {
      add("arithmetic.budget_over_available",
          fmt::format(
              "Ligne budgétaire {} ({}) : la proposition « {} » dépasse le disponible « {} ».",
              *row.code, table, proposed->text, row.available->text),
          {amount_value("proposition", *proposed, row.source.line),
           amount_value("disponible", *row.available, row.source.line)});
    }
    auto remaining = row.available->value->minus(*proposed->value);
    if (row.remaining && row.remaining->value && remaining.ok() &&
        *remaining != *row.remaining->value) {
      add("arithmetic.budget_remaining_mismatch",
          fmt::format("Ligne budgétaire {} ({}) : le solde « {} » diffère de disponible − "
                      "proposition = {}.",
                      *row.code, table, row.remaining->text, euros(*remaining)),
          {amount_value("solde imprimé", *row.remaining, row.source.line),
           computed_value("disponible − proposition", *remaining)});
    }
  }
  if (row.available && row.available->value && row.commitment_authority &&
      row.commitment_authority->value && *row.available->value > *row.commitment_authority->value) {
    add("arithmetic.budget_available_over_authority",
        fmt::format("Ligne budgétaire {} ({}) : le disponible « {} » dépasse l'autorisation "
                    "d'engagement « {} ».",
                    *row.code, table, row.available->text, row.commitment_authority->text),
        {amount_value("disponible", *row.available, row.source.line),
         amount_value("AE", *row.commitment_authority, row.source.line)});
  }
}

// The same budget line printed in two tables must carry the same AE and proposed amount.
void compare_tables(const DeclaredBudgetTable& report, const DeclaredBudgetTable& deliberation,
                    std::vector<Finding>& findings) {
  for (const BudgetTableRow& first : report.rows) {
    for (const BudgetTableRow& second : deliberation.rows) {
      if (!first.code || first.code != second.code) continue;
      Where where;
      where.article = fmt::format("budget {}", *first.code);
      where.lines = {second.source, first.source};
      const auto& first_proposed = first.proposed ? first.proposed : first.expense;
      const auto& second_proposed = second.proposed ? second.proposed : second.expense;
      const bool authority_differs =
          first.commitment_authority && second.commitment_authority &&
          first.commitment_authority->value != second.commitment_authority->value;
      const bool proposed_differs =
          first_proposed && second_proposed && first_proposed->value != second_proposed->value;
      if (authority_differs || proposed_differs) {
        findings.push_back(make_finding(
            Severity::kError, "arithmetic.budget_tables_differ", where,
            fmt::format("La ligne budgétaire {} n'a pas les mêmes montants dans le tableau de la "
                        "délibération et dans celui du rapport.",
                        *first.code)));
      }
      if (first.label && second.label && *first.label != *second.label) {
        findings.push_back(make_finding(
            Severity::kWarning, "arithmetic.budget_label_differs", where,
            fmt::format("La ligne budgétaire {} est libellée « {} » dans la délibération et « {} » "
                        "dans le rapport.",
                        *first.code, *second.label, *first.label),
            {{"libellé de la délibération", *second.label, *second.label, second.source.line},
             {"libellé du rapport", *first.label, *first.label, first.source.line}}));
      }
    }
  }
}

}  // namespace

std::vector<Finding> check_arithmetic(const ProgrammeDataset& dataset) {
  std::vector<Finding> findings;
  check_totals(dataset, findings);
  check_decisions(dataset, dataset.deliberation.articles, "l'article", findings);
  check_decisions(dataset, dataset.report.proposed_decisions, "la proposition", findings);
  const bool any_charged = std::any_of(
      dataset.operations.begin(), dataset.operations.end(),
      [](const OperationEntry& operation) { return !operation.budget_line.code.empty(); });
  if (!any_charged && !dataset.budget_table.rows.empty()) {
    // Said, not skipped in silence: the proposals of the budget table(s) are
    // not compared with the awards.
    findings.push_back(make_finding(
        Severity::kInfo, "arithmetic.budget_lines_unknown", Where{},
        "Propositions du tableau budgétaire non comparées aux attributions : aucune opération "
        "n'indique la ligne budgétaire sur laquelle elle est imputée (document importé de son "
        "texte ?)."));
  }
  for (const BudgetTableRow& row : dataset.budget_table.rows) {
    check_budget_row(dataset, row, "rapport", findings);
  }
  for (const DeclaredDecision& article : dataset.deliberation.articles) {
    if (!article.budget_table) continue;
    for (const BudgetTableRow& row : article.budget_table->rows) {
      check_budget_row(dataset, row, "délibération", findings);
    }
    compare_tables(dataset.budget_table, *article.budget_table, findings);
  }
  return findings;
}

}  // namespace octroi
