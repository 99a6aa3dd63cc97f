// The proposals of a session become its Annex 4: the applications of a call
// proposed (or refused) to that session, grouped by theme then operation,
// give a ProgrammeDataset's themes, operations, organisations, award rows
// (organisation, territory, quantities, period, amount; a refusal is a
// 0,00 € row), declared totals (a "Sous total" per group when an operation's
// rows fall in several groups, a total per operation and per theme) and
// budget table (proposed per budget line, remaining from what is available)
// and the report's statements (per operation granted and for the session:
// organisations, total, shared period, with their sentence), so that the
// checker, `show` and the documents work on it unchanged. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/application.h"
#include "domain/call.h"
#include "domain/declared_budget_table.h"
#include "domain/organisation_entry.h"
#include "domain/programme_dataset.h"
#include "domain/programme_identity.h"

namespace octroi {

// What the annex takes from outside the call: the programme it belongs to,
// organisations already known (their entries are copied; others are made
// from the applications: id, name, SIRET), and the budget lines with their
// commitment authority and available credit (by code; missing codes get a
// row with the proposed amount only).
struct AnnexContext {
  ProgrammeIdentity programme{};
  std::vector<OrganisationEntry> organisations{};
  std::vector<BudgetTableRow> budget_lines{};
};

// The applications proposed or refused to `session` (status proposed,
// refused or awarded, instruction naming the session), by theme, operation,
// group (in order of first appearance) and receipt number.
std::vector<Application> session_proposals(const Call& call,
                                           const std::vector<Application>& applications,
                                           std::string_view session);

// The theme and operation as a dataset records them (titles as "annex4" prints them).
ThemeEntry theme_entry(const Theme& theme);
OperationEntry operation_entry(const CallOperation& offered);

// The Annex 4 row an application makes with `amount` (its proposal), its
// position and its number within its operation ("t1-o6-01" for 1).
// kMissingField when the application has no territories.
Result<AnnexRow> annex_row(const Application& application, const CallOperation& offered,
                           Amount amount, int number);

// The session's annex. kNotFound for an application of an operation the
// call does not offer; kMissingField for one without territories; kNotFound
// when no application is proposed to the session.
Result<ProgrammeDataset> session_annex(const Call& call,
                                       const std::vector<Application>& applications,
                                       std::string_view session, const AnnexContext& context);

}  // namespace octroi
