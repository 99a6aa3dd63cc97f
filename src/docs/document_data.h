// DocumentData: the values each kind of document is filled with, built from a
// programme (private to docs). Names are the ones staff write in templates;
// docs/documents.md lists them. Amounts in French figures ("50 000,00 €") and,
// where legal text needs them, in words ("cinquante mille euros").
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "docs/template_data.h"
#include "domain/programme_dataset.h"
#include "rules/rules.h"
#include "service/annex_table.h"
#include "service/session_text.h"

namespace octroi::docs {

// programme.*, authority, session.*, deliberation.*, document.date: in every document.
TemplateData common_data(const ProgrammeDataset& dataset, Date date_of_effect);

// The standard agreement of the one organisation `organisation` names
// (id or part of its name): organisation.*, awards (operation, amount,
// amount_words, advance, balance...), total, total_words, advance_rate...
// `slug` receives the organisation id, for the file name.
// kUsage when `organisation` is empty; kNotFound when it matches no award;
// kInvalidValue when it matches several organisations, or none of the awards
// is granted by a standard agreement.
Result<TemplateData> agreement_data(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                                    Date date_of_effect, std::string_view organisation,
                                    std::string& slug);

// The amendment (avenant) of the one organisation `organisation` names (may be
// empty when the programme has a single amendment): amendment.*, agreement.*,
// organisation.*, modified_articles, periods (period, applies_to), amounts
// (period, scheme, amount, amount_words, maximum), advances (year, base,
// advance, advance_words, balance, due), budget_line, review_due,
// retention_until. Advances are recomputed at the advance rate.
// kUsage when several amendments and no organisation; kNotFound when none
// matches; kInvalidValue when several match.
Result<TemplateData> amendment_data(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                                    Date date_of_effect, std::string_view organisation,
                                    std::string& slug);

// The travel-costs agreement (annex 7 of the reference) of the one
// organisation `organisation` names, its blanks filled: organisation.*,
// period, period_short, amount, amount_words (its "Convention annexe 7"
// rows), budget_line (their operation's), session.date; travel.number and
// initial_agreement stay empty (assigned at signature; not in the dataset).
// kUsage when `organisation` is empty or the programme has no travel
// agreement; kNotFound / kInvalidValue as for agreement_data.
Result<TemplateData> travel_agreement_data(const ProgrammeDataset& dataset, Date date_of_effect,
                                           std::string_view organisation, std::string& slug);

// The deliberation, its figures computed from the awards (never copied from
// the printed text): title, authority, recitals (text), decision_clause, one
// funding article per theme (articles: number, theme.number, theme.title,
// operation_count, amount, amount_words), the other printed articles after
// them (other_articles: number, text), the budget imputation table computed
// per budget line (budget_lines: code, imputation, label, available,
// proposed, remaining), recusals (text), vote, outcome, place_and_date,
// signatures (role, name). kAmountOverflow if a sum does not fit.
Result<TemplateData> deliberation_data(const ProgrammeDataset& dataset, const AnnexTable& table,
                                       Date date_of_effect,
                                       const std::optional<SittingText>& sitting);

// Annex 4 as a table (build_annex_table over the dataset's rows).
Result<AnnexTable> annex_table_of(const ProgrammeDataset& dataset);

// themes (number, title, total, operations (number, title, total, lines
// (territory, organisation, description, amount, instrument))), total, line_count.
TemplateData annex_data(const ProgrammeDataset& dataset, const AnnexTable& table,
                        Date date_of_effect);

// budget_lines (code, imputation, label, commitment_authority, available,
// proposed, remaining), totals: the report's budget table as printed.
TemplateData report_data(const ProgrammeDataset& dataset, Date date_of_effect);

// The deliberation's budget imputation table computed from the awards:
// list "budget_lines" (code, imputation, label, available, proposed,
// remaining) and "budget_total". kAmountOverflow if a sum does not fit.
Status add_budget_imputations(const ProgrammeDataset& dataset, TemplateData& data);
// common_data plus the imputation table: the `budget` document.
Result<TemplateData> budget_data(const ProgrammeDataset& dataset, Date date_of_effect);

}  // namespace octroi::docs
