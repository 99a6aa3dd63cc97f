// DocumentData: programme values flattened into template names: the common
// values, the agreement, Annex 4 and the report's table. The amendment and the
// travel agreement are in amendment_data.cc, the deliberation in
// deliberation_data.cc.
#include "docs/document_data.h"

#include <algorithm>
#include <fmt/format.h>
#include <set>

#include "calendar/format.h"
#include "docs/document_values.h"
#include "money/format.h"
#include "money/words.h"
#include "service/explain_programme.h"
#include "service/payment_schedule.h"

namespace octroi::docs {

TemplateData common_data(const ProgrammeDataset& dataset, Date date_of_effect) {
  TemplateData data;
  const Programme& programme = dataset.programme.programme;
  data.set("programme.id", programme.id.key());
  data.set("programme.title", programme.title);
  data.set("programme.call", programme.call);
  data.set("authority", programme.authority);
  data.set("session.body", std::string(to_label(dataset.programme.session_body)));
  data.set("session.date", dataset.session.date.value
                               ? format_date_long(*dataset.session.date.value)
                               : dataset.session.date_printed.printed);
  data.set("deliberation.number", dataset.programme.deliberation_number);
  data.set("report.number", dataset.programme.report_number);
  data.set("document.date", format_date_long(date_of_effect));
  return data;
}

Result<TemplateData> agreement_data(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                                    Date date_of_effect, std::string_view organisation,
                                    std::string& slug) {
  if (organisation.empty()) {
    return Error(ErrorCode::kUsage,
                 "une convention est propre à une structure : précisez-la (--organisation NOM)");
  }
  std::set<std::string> matched;
  std::vector<const AnnexRow*> rows;
  for (const AnnexRow& row : dataset.rows) {
    if (!organisation_matches(dataset, row, organisation)) continue;
    matched.insert(row.award.organisation.key());
    const LegalInstrument instrument = row.instrument ? row.instrument->kind : row.award.instrument;
    if (instrument == LegalInstrument::kStandardAgreement && row.amount.value &&
        !row.amount.value->is_zero()) {
      rows.push_back(&row);
    }
  }
  if (matched.empty()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("aucune attribution pour la structure « {} »", organisation));
  }
  if (matched.size() > 1) {
    std::string names;
    for (const std::string& id : matched) names += (names.empty() ? "" : ", ") + id;
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("« {} » désigne plusieurs structures ({}) : précisez l'identifiant",
                             organisation, names));
  }
  slug = *matched.begin();
  const OrganisationEntry* entry = dataset.find_organisation(slug);
  if (rows.empty() || entry == nullptr) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("aucune attribution de « {} » ne passe par une convention type "
                             "(avenant ou convention spécifique : voir les documents "
                             "amendment et travel-agreement)",
                             entry != nullptr ? entry->organisation.name : slug));
  }
  OCTROI_TRY(PaymentSchedule schedule,
             schedule_payments(dataset, parameters, date_of_effect, slug));

  TemplateData data = common_data(dataset, date_of_effect);
  const Organisation& body = entry->organisation;
  data.set("organisation.id", slug);
  data.set("organisation.name", body.name);
  data.set("organisation.legal_form", without_quotes(body.legal_form));
  data.set("organisation.siret", body.siret     ? body.siret->digits()
                                 : entry->siret ? entry->siret->printed
                                                : std::string());
  data.set("organisation.address", body.address);
  data.set("organisation.representative", body.representative_name);
  data.set("organisation.representative_title", body.representative_title);
  data.set("organisation.empowered_on", body.representative_empowered_on
                                            ? format_date_long(*body.representative_empowered_on)
                                            : std::string());
  data.set("advance_rate", schedule.rate.formatted());

  Amount total;
  Amount advances;
  Amount balances;
  std::vector<TemplateData>& awards = data.list("awards");
  for (const AnnexRow* row : rows) {
    TemplateData award;
    const Amount amount = *row->amount.value;
    award.set("award.id", row->award.id.key());
    award.set("theme", std::to_string(row->theme));
    award.set("operation.number", std::to_string(row->operation));
    award.set("operation", operation_title(dataset, *row));
    award.set("territory", row->award.territory.label());
    award.set("description", row->description.value_or(""));
    award.set("period", row->award.period ? format_period_long(*row->award.period) : "");
    award.set("amount", figures(amount));
    award.set("amount_words", words(amount));
    for (const AwardPayments& payment : schedule.awards) {
      if (payment.award_id != row->award.id.key()) continue;
      award.set("advance", figures(payment.split.advance));
      award.set("advance_words", words(payment.split.advance));
      award.set("advance_due", payment.advance_due);
      award.set("balance", figures(payment.split.balance));
      award.set("balance_due", payment.balance_due);
      OCTROI_TRY(advances, advances.plus(payment.split.advance));
      OCTROI_TRY(balances, balances.plus(payment.split.balance));
    }
    OCTROI_TRY(total, total.plus(amount));
    awards.push_back(std::move(award));
  }
  data.set("total", figures(total));
  data.set("total_words", words(total));
  data.set("total_advance", figures(advances));
  data.set("total_balance", figures(balances));
  data.set("award_count", std::to_string(awards.size()));
  return data;
}

Result<AnnexTable> annex_table_of(const ProgrammeDataset& dataset) {
  std::vector<AnnexLine> lines;
  lines.reserve(dataset.rows.size());
  for (const AnnexRow& row : dataset.rows) {
    AnnexLine line;
    line.theme_number = row.theme;
    for (const ThemeEntry& theme : dataset.themes) {
      if (theme.theme.number == row.theme) line.theme_title = theme.theme.title;
    }
    line.operation_id = row.award.operation.key();
    line.operation_number = row.operation;
    line.operation_title = operation_title(dataset, row);
    line.territory = row.award.territory.label();
    line.organisation = organisation_name(dataset, row);
    line.description = row.description.value_or("");
    line.amount = row.amount.value.value_or(Amount());
    line.instrument =
        row.instrument ? row.instrument->printed : std::string(to_label(row.award.instrument));
    lines.push_back(std::move(line));
  }
  return build_annex_table(lines);
}

TemplateData annex_data(const ProgrammeDataset& dataset, const AnnexTable& table,
                        Date date_of_effect) {
  TemplateData data = common_data(dataset, date_of_effect);
  data.set("annex.number", std::to_string(dataset.annex.annex));
  data.set("annex.title", dataset.annex.title.printed);
  data.set("total", figures(table.total));
  data.set("total_words", words(table.total));
  data.set("line_count", std::to_string(table.line_count));
  std::vector<TemplateData>& themes = data.list("themes");
  for (const AnnexTheme& theme : table.themes) {
    TemplateData theme_data;
    theme_data.set("theme.number", std::to_string(theme.number));
    theme_data.set("theme.title", theme.title);
    theme_data.set("theme.total", figures(theme.total));
    std::vector<TemplateData>& operations = theme_data.list("operations");
    for (const AnnexOperation& operation : theme.operations) {
      TemplateData operation_data;
      operation_data.set("operation.number", std::to_string(operation.number));
      operation_data.set("operation.title", operation.title);
      operation_data.set("operation.total", figures(operation.total));
      std::vector<TemplateData>& lines = operation_data.list("lines");
      for (const AnnexLine& line : operation.lines) {
        TemplateData line_data;
        line_data.set("territory", line.territory);
        line_data.set("organisation", line.organisation);
        line_data.set("description", line.description);
        line_data.set("amount", figures(line.amount));
        line_data.set("instrument", line.instrument);
        lines.push_back(std::move(line_data));
      }
      operations.push_back(std::move(operation_data));
    }
    themes.push_back(std::move(theme_data));
  }
  return data;
}

TemplateData report_data(const ProgrammeDataset& dataset, Date date_of_effect) {
  TemplateData data = common_data(dataset, date_of_effect);
  std::vector<TemplateData>& lines = data.list("budget_lines");
  for (const BudgetTableRow& row : dataset.budget_table.rows) {
    TemplateData line;
    line.set("code", row.code.value_or(""));
    line.set("imputation", row.imputation.value_or(""));
    line.set("label", row.label.value_or(""));
    line.set("commitment_authority", optional_amount(row.commitment_authority));
    line.set("available", optional_amount(row.available));
    line.set("proposed", optional_amount(row.proposed ? row.proposed : row.expense));
    line.set("remaining", optional_amount(row.remaining));
    lines.push_back(std::move(line));
  }
  return data;
}

}  // namespace octroi::docs
