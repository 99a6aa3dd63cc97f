#include "api/after_vote_views.h"

#include "api/session_views.h"
#include "api/views.h"
#include "calendar/format.h"
#include "money/format.h"
#include "service/agreement_actions.h"
#include "service/agreement_lifecycle.h"
#include "service/settlement.h"

namespace octroi::api {
namespace {

using Json = nlohmann::json;

Json optional_date(const std::optional<Date>& date) {
  return date ? date_json(*date) : Json(nullptr);
}

Json rate_json(Rate rate) {
  return {{"millionths", rate.millionths()}, {"text", format_rate(rate)}};
}

Json indicator_json(const Indicator& indicator) {
  return {{"kind", std::string(to_key(indicator.kind))},
          {"kind_label", std::string(to_label(indicator.kind))},
          {"territory",
           indicator.territory ? Json(std::string(to_key(*indicator.territory))) : Json(nullptr)},
          {"territory_label",
           indicator.territory ? Json(std::string(to_label(*indicator.territory))) : Json(nullptr)},
          {"value", format_quantity(indicator.value)},
          {"text", indicator.text()}};
}

Json tranche_json(const FundingTranche& tranche) {
  Json targets = Json::array();
  for (const Indicator& target : tranche.targets) targets.push_back(indicator_json(target));
  return {{"key", tranche.key},
          {"label", tranche.label},
          {"start", date_json(tranche.period.start())},
          {"end", date_json(tranche.period.end())},
          {"amount", money_json(tranche.amount)},
          {"quantitative_share", rate_json(tranche.quantitative_share)},
          {"targets", targets},
          {"review_due", date_json(tranche.review_due)}};
}

Json tranches_json(const std::vector<FundingTranche>& tranches) {
  Json out = Json::array();
  for (const FundingTranche& tranche : tranches) out.push_back(tranche_json(tranche));
  return out;
}

Json amendment_json(const AmendmentEntry& entry) {
  return {{"ordinal", entry.ordinal},
          {"signed_on", date_json(entry.signed_on)},
          {"reference", entry.reference},
          {"replaced_articles", entry.replaced_articles},
          {"before", tranches_json(entry.before)},
          {"after", tranches_json(entry.after)},
          {"retention_before", optional_date(entry.retention_before)},
          {"retention_after", optional_date(entry.retention_after)}};
}

Json settlement_json(const TrancheSettlement& result) {
  const Settlement& settlement = result.settlement;
  return {{"places_planned", format_quantity(result.places_planned)},
          {"places_counted", format_quantity(result.places_counted)},
          {"quantitative", money_json(settlement.quantitative)},
          {"qualitative", money_json(settlement.qualitative)},
          {"computed", money_json(settlement.computed)},
          {"settled", money_json(settlement.settled)},
          {"capped_by_cost", settlement.capped_by_cost},
          {"to_pay", money_json(settlement.to_pay)},
          {"to_recover", money_json(settlement.to_recover)},
          {"outcome", settlement.outcome()},
          {"explanation", result.explanation()}};
}

Json review_json(const ReviewReport& review) {
  Json indicators = Json::array();
  for (const Indicator& indicator : review.indicators)
    indicators.push_back(indicator_json(indicator));
  Json settled = nullptr;
  if (review.settlement) {
    const SettledAmounts& amounts = *review.settlement;
    settled = {{"settled_on", date_json(amounts.settled_on)},
               {"settled", money_json(amounts.settled)},
               {"paid", money_json(amounts.paid)},
               {"to_pay", money_json(amounts.to_pay)},
               {"to_recover", money_json(amounts.to_recover)}};
  }
  return {{"tranche", review.tranche},
          {"received_on", date_json(review.received_on)},
          {"indicators", indicators},
          {"actual_cost", money_json(review.actual_cost)},
          {"qualitative_score", rate_json(review.qualitative_score)},
          {"notes", review.notes},
          {"settlement", settled}};
}

}  // namespace

Json payment_json(const PaymentRecord& payment) {
  return {{"id", payment.id},
          {"agreement", payment.agreement},
          {"agreement_number", payment.agreement_number},
          {"organisation", payment.organisation},
          {"tranche", payment.tranche},
          {"kind", std::string(to_key(payment.kind))},
          {"kind_label", std::string(to_label(payment.kind))},
          {"paid_on", date_json(payment.paid_on)},
          {"amount", money_json(payment.amount)},
          {"budget_line", payment.budget_line},
          {"recorded_at", payment.recorded_at},
          {"recorded_by", payment.recorded_by}};
}

Result<Json> agreement_summary_json(const ProgrammeDataset& dataset, const StoredAgreement& stored,
                                    const std::vector<PaymentRecord>& payments) {
  const AgreementFile& file = stored.file;
  OCTROI_TRY(Amount total, file.total());
  OCTROI_TRY(Amount paid, paid_on(payments, file.award.key()));
  OCTROI_TRY(Amount remaining, total.minus(paid));
  return Json{{"award", file.award.key()},
              {"title", file.title()},
              {"number", file.number ? Json(file.number->text()) : Json(nullptr)},
              {"organisation", file.organisation.key()},
              {"organisation_name", debtor_name(dataset, file)},
              {"subject", file.subject},
              {"status", std::string(to_key(file.status))},
              {"status_label", std::string(to_label(file.status))},
              {"budget_line", file.budget_line},
              {"total", money_json(total)},
              {"paid", money_json(paid)},
              {"remaining", money_json(remaining)},
              {"signed_on", optional_date(file.signed_on)},
              {"retention_until", optional_date(file.retention_until)},
              {"version", stored.version},
              {"updated_at", stored.updated_at},
              {"updated_by", stored.updated_by}};
}

Result<Json> agreement_page_json(const ProgrammeDataset& dataset, const StoredAgreement& stored,
                                 const std::vector<PaymentRecord>& payments) {
  const AgreementFile& file = stored.file;
  OCTROI_TRY(Json page, agreement_summary_json(dataset, stored, payments));
  page["drafted_on"] = optional_date(file.drafted_on);
  page["sent_on"] = optional_date(file.sent_on);
  page["closed_on"] = optional_date(file.closed_on);
  page["advance_rate"] = rate_json(file.advance_rate);
  page["in_force"] = is_in_force(file.status);
  Json tranches = Json::array();
  for (const FundingTranche& tranche : file.tranches) {
    Json entry = tranche_json(tranche);
    OCTROI_TRY(Amount paid, paid_on(payments, file.award.key(), tranche.key));
    entry["paid"] = money_json(paid);
    auto advance = advance_of(tranche, file.advance_rate);
    entry["advance"] = advance.ok() ? money_json(*advance) : Json(nullptr);
    const ReviewReport* review = file.find_review(tranche.key);
    entry["review"] = review != nullptr ? review_json(*review) : Json(nullptr);
    entry["settlement"] = nullptr;
    entry["settlement_error"] = nullptr;
    if (review != nullptr) {
      auto result = settlement_of(file, tranche.key, payments);
      if (result.ok()) {
        entry["settlement"] = settlement_json(*result);
      } else {
        entry["settlement_error"] = result.error().message();
      }
    }
    tranches.push_back(std::move(entry));
  }
  page["tranches"] = std::move(tranches);
  Json amendments = Json::array();
  for (const AmendmentEntry& entry : file.amendments) amendments.push_back(amendment_json(entry));
  page["amendments"] = std::move(amendments);
  Json paid = Json::array();
  for (const PaymentRecord& payment : payments) {
    if (payment.agreement == file.award.key()) paid.push_back(payment_json(payment));
  }
  page["payments"] = std::move(paid);
  return page;
}

Json budget_line_summary_json(const BudgetLineSummary& line) {
  auto optional_money = [](const std::optional<Amount>& amount) {
    return amount ? money_json(*amount) : Json(nullptr);
  };
  return {{"code", line.code},
          {"label", line.label},
          {"commitment_authority", optional_money(line.commitment_authority)},
          {"available", optional_money(line.available)},
          {"committed", money_json(line.committed)},
          {"paid", money_json(line.paid)},
          {"to_pay", money_json(line.to_pay)},
          {"remaining", optional_money(line.remaining)}};
}

Json overdue_review_json(const OverdueReview& review) {
  return {{"agreement", review.agreement},       {"title", review.title},
          {"organisation", review.organisation}, {"tranche", review.tranche},
          {"due", date_json(review.due)},        {"days_late", review.days_late}};
}

Json retention_entry_json(const RetentionEntry& entry) {
  return {{"agreement", entry.agreement},
          {"title", entry.title},
          {"organisation", entry.organisation},
          {"status_label", entry.status},
          {"keep_until", optional_date(entry.keep_until)},
          {"expired", entry.expired}};
}

}  // namespace octroi::api
