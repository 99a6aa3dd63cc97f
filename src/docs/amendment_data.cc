// DocumentData of the amendments (annexes 5 and 6) and of the travel-costs
// agreement (annex 7).
#include <fmt/format.h>
#include <set>

#include "calendar/format.h"
#include "docs/document_data.h"
#include "docs/document_values.h"
#include "service/explain_programme.h"
#include "service/payment_schedule.h"

namespace octroi::docs {

Result<TemplateData> amendment_data(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                                    Date date_of_effect, std::string_view organisation,
                                    std::string& slug) {
  if (organisation.empty() && dataset.amendments.size() != 1) {
    return Error(ErrorCode::kUsage,
                 fmt::format("le programme compte {} avenants : précisez la structure "
                             "(--organisation NOM)",
                             dataset.amendments.size()));
  }
  const std::string wanted = lower_ascii(organisation);
  std::vector<const AmendmentRecord*> matched;
  for (const AmendmentRecord& amendment : dataset.amendments) {
    const OrganisationEntry* entry = dataset.find_organisation(amendment.organisation.id.key());
    const std::string name = entry != nullptr ? entry->organisation.name : "";
    if (organisation.empty() || amendment.organisation.id.key() == organisation ||
        lower_ascii(name).find(wanted) != std::string::npos ||
        lower_ascii(amendment.organisation.printed).find(wanted) != std::string::npos) {
      matched.push_back(&amendment);
    }
  }
  if (matched.empty()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("aucun avenant pour la structure « {} »", organisation));
  }
  if (matched.size() > 1) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("« {} » désigne plusieurs avenants : précisez l'identifiant de la "
                             "structure",
                             organisation));
  }
  const AmendmentRecord& amendment = *matched.front();
  slug = amendment.organisation.id.key();
  OCTROI_TRY(PaymentSchedule schedule, schedule_payments(dataset, parameters, date_of_effect));

  TemplateData data = common_data(dataset, date_of_effect);
  set_organisation(data, dataset, amendment.organisation);
  data.set("amendment.id", amendment.id);
  data.set("amendment.number", std::to_string(amendment.number));
  data.set("amendment.annex", std::to_string(amendment.annex));
  data.set("agreement.number", amendment.agreement.number);
  data.set("agreement.title", amendment.agreement.title);
  data.set("agreement.signed_on", date_text(amendment.agreement.signed_on));
  data.set("authorised_by", amendment.authorised_by.name);
  data.set("advance_rate", schedule.rate.formatted());
  std::string articles;
  for (std::size_t i = 0; i < amendment.modifies.size(); ++i) {
    if (i > 0) articles += i + 1 == amendment.modifies.size() ? " et " : ", ";
    articles += std::to_string(amendment.modifies[i].article);
  }
  data.set("modified_articles", articles);
  // The dataset records a clause wherever the amendment prints it (article and
  // annex): a period or an amount printed twice is shown once.
  data.list("periods");  // present even when empty: templates may loop on them
  data.list("amounts");
  std::set<std::string> periods_seen;
  for (const PeriodClause& clause : amendment.periods) {
    if (!periods_seen.insert(period_text(clause.period)).second) continue;
    TemplateData period;
    period.set("period", period_text(clause.period));
    period.set("applies_to", clause.applies_to.value_or(""));
    data.list("periods").push_back(std::move(period));
  }
  Amount total;
  std::set<std::pair<std::string, std::int64_t>> amounts_seen;
  for (const AmountClause& clause : amendment.amounts) {
    const Amount value = clause.amount.value.value_or(Amount());
    std::string scheme = clause.applies_to.value_or(amendment.agreement.title);
    if (scheme.starts_with("total")) continue;  // the sum of the others
    if (const std::size_t note = scheme.find(" ("); note != std::string::npos) scheme.erase(note);
    const std::string period = clause.period ? period_text(*clause.period)
                               : clause.origin.year
                                   ? fmt::format("exercice {}", *clause.origin.year)
                                   : std::string();
    if (!amounts_seen.emplace(period, value.cents()).second) continue;
    TemplateData amount;
    amount.set("year", clause.origin.year ? std::to_string(*clause.origin.year) : "");
    amount.set("period", period);
    amount.set("scheme", scheme);
    amount.set("amount", figures(value));
    amount.set("amount_words", words(value));
    amount.set("maximum", clause.maximum ? "maximum" : "");
    OCTROI_TRY(total, total.plus(value));
    data.list("amounts").push_back(std::move(amount));
  }
  data.set("total", figures(total));
  data.set("total_words", words(total));
  data.list("advances");
  for (const AmendmentTranche& tranche : schedule.tranches) {
    if (tranche.amendment_id != amendment.id) continue;
    TemplateData advance;
    advance.set("year", tranche.year ? std::to_string(*tranche.year) : "");
    advance.set("base", figures(tranche.split.amount));
    advance.set("advance", figures(tranche.split.advance));
    advance.set("advance_words", words(tranche.split.advance));
    advance.set("balance", figures(tranche.split.balance));
    std::string due = "à la signature du présent avenant";
    for (const AdvanceClause& clause : amendment.advances) {
      if (clause.origin.year == tranche.year && !clause.due.empty()) due = clause.due;
    }
    advance.set("due", due);
    data.list("advances").push_back(std::move(advance));
  }
  data.set("budget_line",
           amendment.budget_lines.empty() ? "" : amendment.budget_lines.front().code);
  std::string review;
  for (const ReviewClause& clause : amendment.review) {
    if (clause.deadline)
      review = date_text(clause.deadline);
    else if (clause.relative_deadline && review.empty())
      review = *clause.relative_deadline;
  }
  data.set("review_due", review);
  data.set("retention_until",
           amendment.retention_until ? date_text(amendment.retention_until->date) : std::string());
  return data;
}

Result<TemplateData> travel_agreement_data(const ProgrammeDataset& dataset, Date date_of_effect,
                                           std::string_view organisation, std::string& slug) {
  if (!dataset.travel_agreement) {
    return Error(ErrorCode::kUsage, "ce programme n'a pas de convention de frais de déplacement");
  }
  if (organisation.empty()) {
    return Error(ErrorCode::kUsage,
                 "une convention de frais de déplacement est propre à une structure : "
                 "précisez-la (--organisation NOM)");
  }
  const TravelAgreementRecord& record = *dataset.travel_agreement;
  std::set<std::string> matched;
  std::vector<const AnnexRow*> rows;
  for (const AnnexRow& row : dataset.rows) {
    if (!organisation_matches(dataset, row, organisation)) continue;
    matched.insert(row.award.organisation.key());
    if (row.instrument && row.instrument->annex == record.annex && row.amount.value) {
      rows.push_back(&row);
    }
  }
  if (matched.empty()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("aucune attribution pour la structure « {} »", organisation));
  }
  if (matched.size() > 1) {
    return Error(
        ErrorCode::kInvalidValue,
        fmt::format("« {} » désigne plusieurs structures : précisez l'identifiant", organisation));
  }
  slug = *matched.begin();
  if (rows.empty()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("aucune attribution de « {} » ne passe par la convention de frais de "
                             "déplacement (annexe {})",
                             slug, record.annex));
  }
  TemplateData data = common_data(dataset, date_of_effect);
  set_organisation(data, dataset, rows.front()->organisation);
  if (const OrganisationEntry* entry = dataset.find_organisation(slug)) {
    data.set("organisation.empowered_on",
             entry->organisation.representative_empowered_on
                 ? format_date_long(*entry->organisation.representative_empowered_on)
                 : std::string());
  }
  data.set("travel.number", "");
  data.set("initial_agreement", "");
  data.set("period", period_text(record.object_period));
  data.set("period_short", record.object_period.value
                               ? format_period_short(*record.object_period.value)
                               : record.object_period.text);
  Amount total;
  for (const AnnexRow* row : rows) {
    OCTROI_TRY(total, total.plus(*row->amount.value));
  }
  data.set("amount", figures(total));
  data.set("amount_words", words(total));
  const OperationEntry* operation =
      dataset.find_operation(rows.front()->theme, rows.front()->operation);
  data.set("budget_line", operation != nullptr ? operation->budget_line.code : std::string());
  data.set("operation", operation != nullptr ? operation->operation.title : std::string());
  return data;
}

}  // namespace octroi::docs
