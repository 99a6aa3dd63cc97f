// ProgrammeDataset: one programme as loaded from its dataset folder
// (docs/data-format.md): the programme, its themes and operations, its
// organisations, the rows of Annex 4 in printed order with every printed text
// beside its parsed value, the declared totals, and the declared facts of the
// report, deliberation, budget tables, session, amendments and travel
// agreement. A plain value: built by the import module, read by the store,
// the checks and the documents; it never does I/O.
//
// Stable part (the store relies on it): programme, themes, operations,
// organisations, annex, sections, rows, totals. The declared facts may grow.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/amendment_record.h"
#include "domain/annex_row.h"
#include "domain/annex_section.h"
#include "domain/declared_budget_table.h"
#include "domain/declared_total.h"
#include "domain/deliberation_record.h"
#include "domain/organisation_entry.h"
#include "domain/parameter.h"
#include "domain/programme_identity.h"
#include "domain/report_record.h"
#include "domain/session_record.h"
#include "domain/theme_entry.h"
#include "domain/travel_agreement_record.h"

namespace octroi {

struct ProgrammeDataset {
  // --- Annex part (stable) -------------------------------------------------
  ProgrammeIdentity programme{};                   // programme.yaml
  std::vector<ThemeEntry> themes{};                // themes.yaml, in numerical order
  std::vector<OperationEntry> operations{};        // every operation, theme by theme, in order
  std::vector<OrganisationEntry> organisations{};  // organisations.yaml, in file order
  AnnexHeader annex{};                             // annex.yaml: number and title
  std::vector<AnnexSection> sections{};            // one per theme block
  std::vector<AnnexRow> rows{};                    // the award rows, in printed order
  std::vector<DeclaredTotal> totals{};             // the declared totals, in printed order

  // --- Declared facts ------------------------------------------------------
  ReportRecord report{};               // report.yaml
  DeliberationRecord deliberation{};   // deliberation.yaml
  DeclaredBudgetTable budget_table{};  // budget.yaml (the report's table)
  std::optional<std::string> budget_notes{};
  SessionRecord session{};                                  // session.yaml
  std::vector<AmendmentRecord> amendments{};                // amendments.yaml (empty when absent)
  std::optional<TravelAgreementRecord> travel_agreement{};  // travel-agreement.yaml
  // The parameters the loader was given (data/parameters/ beside the dataset
  // folder, when present), by name order. Empty when none were available.
  std::vector<Parameter> parameters{};

  // --- Lookups (linear; datasets hold a few hundred elements) --------------
  const AnnexRow* find_row(std::string_view award_id) const {
    for (const AnnexRow& row : rows) {
      if (row.award.id.key() == award_id) return &row;
    }
    return nullptr;
  }
  const OrganisationEntry* find_organisation(std::string_view id) const {
    for (const OrganisationEntry& entry : organisations) {
      if (entry.organisation.id.key() == id) return &entry;
    }
    return nullptr;
  }
  const OperationEntry* find_operation(int theme, int operation) const {
    for (const OperationEntry& entry : operations) {
      if (entry.theme == theme && entry.operation.number == operation) return &entry;
    }
    return nullptr;
  }
  const Parameter* find_parameter(std::string_view name) const {
    for (const Parameter& parameter : parameters) {
      if (parameter.name == name) return &parameter;
    }
    return nullptr;
  }
  // The domain awards, in printed order.
  std::vector<Award> awards() const {
    std::vector<Award> result;
    result.reserve(rows.size());
    for (const AnnexRow& row : rows) result.push_back(row.award);
    return result;
  }
};

}  // namespace octroi
