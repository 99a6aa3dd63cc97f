// Statements: what the report and the operation descriptions (annexes 1-3)
// declare against the annex rows they are about: amounts, counts of
// organisations and operations, quantities, territories, references to
// annexes, and operation titles printed in two places.
#include <fmt/format.h>
#include <set>

#include "checks/check_support.h"
#include "checks/checks.h"
#include "checks/statement_support.h"
#include "money/format.h"

namespace octroi {
namespace {

using namespace check_support;  // NOLINT(google-build-using-namespace)

Where statement_where(const DeclaredStatement& statement) {
  Where where;
  where.theme = statement.theme;
  where.operation = statement.operation;
  if (statement.organisations.size() == 1) where.organisation = statement.organisations[0].id.key();
  if (statement.rows.size() == 1) where.row = statement.rows[0].key();
  where.article = statement.id;
  where.lines.push_back(statement.source);
  return where;
}

// The rows a statement is about: those it lists, else its theme's or operation's.
std::vector<const AnnexRow*> statement_rows(const ProgrammeDataset& dataset,
                                            const DeclaredStatement& statement) {
  std::vector<const AnnexRow*> rows;
  if (!statement.rows.empty()) {
    for (const AwardId& id : statement.rows) {
      if (const AnnexRow* row = dataset.find_row(id.key())) rows.push_back(row);
    }
  } else if (statement.theme &&
             (statement.scope == StatementScope::kTheme ||
              (statement.scope == StatementScope::kOperation && statement.operation))) {
    rows = rows_of(dataset, *statement.theme, statement.operation);
  }
  return rows;
}

void check_amount(const DeclaredStatement& statement, const std::vector<const AnnexRow*>& rows,
                  std::vector<Finding>& findings) {
  if (statement.component != StatementComponent::kWhole || !statement.amount ||
      !statement.amount->value || rows.empty()) {
    return;
  }
  std::vector<Amount> amounts;
  for (const AnnexRow* row : rows) {
    if (!row->amount.value) return;
    amounts.push_back(*row->amount.value);
  }
  auto computed = sum(amounts);
  if (!computed || *computed == *statement.amount->value) return;
  std::vector<ComparedValue> values{
      amount_value("montant du texte", *statement.amount, statement.source.line)};
  for (const AnnexRow* row : rows) {
    values.push_back(amount_value(fmt::format("annexe 4, {}", row->organisation.printed),
                                  row->amount, row->source.line));
  }
  findings.push_back(make_finding(
      Severity::kError, "statements.amount_mismatch", statement_where(statement),
      fmt::format("Le texte (l. {}) annonce « {} » ; les lignes correspondantes de l'annexe 4 "
                  "totalisent {}.",
                  statement.source.line, statement.amount->text, euros(*computed)),
      std::move(values)));
}

void check_counts(const DeclaredStatement& statement, const std::vector<const AnnexRow*>& rows,
                  std::vector<Finding>& findings) {
  if (rows.empty()) return;
  if (statement.organisations_count && statement.organisations_count->value) {
    std::set<std::string> all;
    std::set<std::string> funded;
    for (const AnnexRow* row : rows) {
      all.insert(row->organisation.id.key());
      if (!row->award.is_refusal()) funded.insert(row->organisation.id.key());
    }
    const auto declared = static_cast<std::size_t>(*statement.organisations_count->value);
    // Refused applications (0,00 €) may or may not be counted: either reading is accepted.
    if (declared != all.size() && declared != funded.size()) {
      findings.push_back(make_finding(
          Severity::kError, "statements.organisation_count_mismatch", statement_where(statement),
          fmt::format("Le texte (l. {}) annonce {} structures ; l'annexe 4 en compte {} ({} "
                      "financées).",
                      statement.source.line, statement.organisations_count->text, all.size(),
                      funded.size()),
          {{"nombre du texte", statement.organisations_count->text, std::to_string(declared),
            statement.source.line},
           {"structures de l'annexe 4", "", std::to_string(all.size()), 0}}));
    }
  }
  if (statement.operations_count && statement.operations_count->value) {
    // An operation is its theme's and its number: t1-o1 and t2-o1 are two.
    std::set<std::pair<int, int>> operations;
    for (const AnnexRow* row : rows) operations.insert({row->theme, row->operation});
    if (static_cast<std::size_t>(*statement.operations_count->value) != operations.size()) {
      findings.push_back(make_finding(
          Severity::kError, "statements.operation_count_mismatch", statement_where(statement),
          fmt::format("Le texte (l. {}) annonce {} opérations ; l'annexe 4 en compte {}.",
                      statement.source.line, statement.operations_count->text, operations.size()),
          {{"nombre du texte", statement.operations_count->text, "", statement.source.line},
           {"opérations de l'annexe 4", "", std::to_string(operations.size()), 0}}));
    }
  }
}

// A stated quantity against the rows' quantities of the same unit, compared
// only when every funded row counts that unit.
void check_quantities(const DeclaredStatement& statement, const std::vector<const AnnexRow*>& rows,
                      std::vector<Finding>& findings) {
  if (statement.component != StatementComponent::kWhole || rows.empty()) return;
  for (const PrintedQuantity& stated : statement.quantities) {
    if (!stated.quantity.value) continue;
    Quantity total = Quantity::zero();
    bool comparable = true;
    for (const AnnexRow* row : rows) {
      if (row->award.is_refusal()) continue;
      const PrintedQuantity* match = nullptr;
      for (const PrintedQuantity& quantity : row->quantities) {
        if (quantity.unit == stated.unit && quantity.quantity.value) match = &quantity;
      }
      if (match == nullptr) {
        comparable = false;
        break;
      }
      auto next = total.plus(*match->quantity.value);
      if (!next.ok()) return;
      total = *next;
    }
    if (!comparable || total == *stated.quantity.value) continue;
    findings.push_back(make_finding(
        Severity::kError, "statements.quantity_mismatch", statement_where(statement),
        fmt::format("Le texte (l. {}) annonce {} {} ; les lignes de l'annexe 4 en totalisent {}.",
                    statement.source.line, stated.quantity.text, stated.unit,
                    format_quantity(total)),
        {{"quantité du texte", stated.quantity.text, format_quantity(*stated.quantity.value),
          statement.source.line},
         {"somme de l'annexe 4", "", format_quantity(total), 0}}));
  }
}

bool share_a_territory(const TerritoryScope& left, const TerritoryScope& right) {
  if (left.is_department_wide() || right.is_department_wide()) return true;
  for (Territory territory : left.territories()) {
    if (right.covers(territory)) return true;
  }
  return false;
}

void check_territories(const DeclaredStatement& statement, const std::vector<const AnnexRow*>& rows,
                       std::vector<Finding>& findings) {
  if (statement.scope != StatementScope::kOrganisation || rows.size() != 1) return;
  const AnnexRow& row = *rows[0];
  for (const TerritoryReference& territory : statement.territories) {
    if (share_a_territory(territory.scope, row.territory.scope)) continue;
    findings.push_back(make_finding(
        Severity::kError, "statements.territory_mismatch", statement_where(statement),
        fmt::format("Le texte (l. {}) place {} sur le territoire « {} » ; l'annexe 4 (l. {}) le "
                    "place sur « {} ».",
                    statement.source.line, row.organisation.printed, territory.printed,
                    row.source.line, row.territory.printed),
        {{"territoire du texte", territory.printed, territory.scope.label(), statement.source.line},
         {"territoire de l'annexe 4", row.territory.printed, row.territory.scope.label(),
          row.source.line}}));
  }
}

// A statement about annex-4 rows may refer to annex 4, to its theme's
// description annex, or to an agreement annexed for one of its rows.
void check_annex_references(const ProgrammeDataset& dataset, const DeclaredStatement& statement,
                            const std::vector<const AnnexRow*>& rows,
                            std::vector<Finding>& findings) {
  if (rows.empty()) return;
  for (const AnnexReference& reference : statement.annex_references) {
    for (int annex : reference.annexes) {
      if (annex == dataset.annex.annex || (statement.theme && annex == *statement.theme)) continue;
      bool related = false;
      for (const AnnexRow* row : rows) {
        if (row->instrument && row->instrument->annex == annex) related = true;
      }
      if (related) continue;
      std::string holds = "une autre pièce";
      for (const AmendmentRecord& amendment : dataset.amendments) {
        if (amendment.annex == annex) {
          holds = fmt::format("l'avenant de {}", amendment.organisation.printed);
        }
      }
      findings.push_back(make_finding(
          Severity::kError, "statements.wrong_annex_reference", statement_where(statement),
          fmt::format("Le texte (l. {}) renvoie à « {} », qui contient {} et non le détail "
                      "annoncé ; le détail est en annexe {}.",
                      statement.source.line, reference.printed, holds, dataset.annex.annex),
          {{"renvoi imprimé", reference.printed, std::to_string(annex), statement.source.line}}));
    }
  }
}

}  // namespace

std::vector<Finding> check_statements(const ProgrammeDataset& dataset) {
  std::vector<Finding> findings;
  for (const DeclaredStatement& statement : dataset.report.statements) {
    const std::vector<const AnnexRow*> rows = statement_rows(dataset, statement);
    check_amount(statement, rows, findings);
    check_counts(statement, rows, findings);
    check_quantities(statement, rows, findings);
    check_territories(statement, rows, findings);
    check_annex_references(dataset, statement, rows, findings);
  }
  statement_support::check_components(dataset, findings);
  statement_support::check_unit_costs(dataset, findings);
  statement_support::check_amendment_splits(dataset, findings);
  statement_support::check_split_shares(dataset, findings);
  statement_support::check_titles(dataset, findings);
  return findings;
}

}  // namespace octroi
