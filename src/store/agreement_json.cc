// AgreementFile <-> canonical JSON.
#include "store/agreement_json.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "calendar/parse.h"

namespace octroi::store {

namespace {

using json = nlohmann::json;

json optional_date(const std::optional<Date>& date) {
  return date ? json(date->iso()) : json(nullptr);
}

json indicators_json(const std::vector<Indicator>& indicators) {
  json out = json::array();
  for (const Indicator& indicator : indicators) {
    out.push_back(
        {{"kind", std::string(to_key(indicator.kind))},
         {"territory",
          indicator.territory ? json(std::string(to_key(*indicator.territory))) : json(nullptr)},
         {"value", indicator.value.units()}});
  }
  return out;
}

json tranches_json(const std::vector<FundingTranche>& tranches) {
  json out = json::array();
  for (const FundingTranche& tranche : tranches) {
    out.push_back({{"key", tranche.key},
                   {"label", tranche.label},
                   {"start", tranche.period.start().iso()},
                   {"end", tranche.period.end().iso()},
                   {"amount", tranche.amount.cents()},
                   {"quantitative_share", tranche.quantitative_share.millionths()},
                   {"targets", indicators_json(tranche.targets)},
                   {"review_due", tranche.review_due.iso()}});
  }
  return out;
}

// Decoding: nlohmann throws on a wrong type or a missing key; the caller
// turns any exception into one kIo error.
struct Bad : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <typename T>
T value_of(Result<T> result) {
  if (!result.ok()) throw Bad(result.error().message());
  return std::move(result).value();
}

Date date_of(const json& value) { return value_of(parse_date(value.get<std::string>())); }

std::optional<Date> optional_date_of(const json& value) {
  if (value.is_null()) return std::nullopt;
  return date_of(value);
}

std::vector<Indicator> indicators_of(const json& array) {
  std::vector<Indicator> out;
  for (const json& item : array) {
    Indicator indicator;
    indicator.kind = value_of(indicator_kind_from_key(item.at("kind").get<std::string>()));
    if (!item.at("territory").is_null()) {
      indicator.territory = value_of(territory_from_key(item.at("territory").get<std::string>()));
    }
    indicator.value = Quantity::from_units(item.at("value").get<std::int64_t>());
    out.push_back(indicator);
  }
  return out;
}

std::vector<FundingTranche> tranches_of(const json& array) {
  std::vector<FundingTranche> out;
  for (const json& item : array) {
    const Period period =
        value_of(Period::create(date_of(item.at("start")), date_of(item.at("end"))));
    out.push_back(
        FundingTranche{.key = item.at("key").get<std::string>(),
                       .label = item.at("label").get<std::string>(),
                       .period = period,
                       .amount = Amount::from_cents(item.at("amount").get<std::int64_t>()),
                       .quantitative_share =
                           Rate::from_millionths(item.at("quantitative_share").get<std::int64_t>()),
                       .targets = indicators_of(item.at("targets")),
                       .review_due = date_of(item.at("review_due"))});
  }
  return out;
}

}  // namespace

std::string agreement_json(const AgreementFile& file) {
  json amendments = json::array();
  for (const AmendmentEntry& entry : file.amendments) {
    amendments.push_back({{"ordinal", entry.ordinal},
                          {"signed_on", entry.signed_on.iso()},
                          {"reference", entry.reference},
                          {"replaced_articles", entry.replaced_articles},
                          {"before", tranches_json(entry.before)},
                          {"after", tranches_json(entry.after)},
                          {"retention_before", optional_date(entry.retention_before)},
                          {"retention_after", optional_date(entry.retention_after)}});
  }
  json reviews = json::array();
  for (const ReviewReport& review : file.reviews) {
    json settlement = nullptr;
    if (review.settlement) {
      settlement = {{"settled_on", review.settlement->settled_on.iso()},
                    {"settled", review.settlement->settled.cents()},
                    {"paid", review.settlement->paid.cents()},
                    {"to_pay", review.settlement->to_pay.cents()},
                    {"to_recover", review.settlement->to_recover.cents()}};
    }
    reviews.push_back({{"tranche", review.tranche},
                       {"received_on", review.received_on.iso()},
                       {"indicators", indicators_json(review.indicators)},
                       {"actual_cost", review.actual_cost.cents()},
                       {"qualitative_score", review.qualitative_score.millionths()},
                       {"notes", review.notes},
                       {"settlement", settlement}});
  }
  json document = {
      {"programme", file.programme},
      {"award", file.award.key()},
      {"organisation", file.organisation.key()},
      {"subject", file.subject},
      {"number", file.number ? json(file.number->text()) : json(nullptr)},
      {"status", std::string(to_key(file.status))},
      {"drafted_on", optional_date(file.drafted_on)},
      {"sent_on", optional_date(file.sent_on)},
      {"signed_on", optional_date(file.signed_on)},
      {"closed_on", optional_date(file.closed_on)},
      {"budget_line", file.budget_line},
      {"advance_rate", file.advance_rate.millionths()},
      {"retention_until", optional_date(file.retention_until)},
      {"tranches", tranches_json(file.tranches)},
      {"amendments", amendments},
      {"reviews", reviews},
  };
  return document.dump();
}

std::string payment_json(const PaymentRecord& payment) {
  const json document = {
      {"agreement", payment.agreement},     {"amount", payment.amount.cents()},
      {"budget_line", payment.budget_line}, {"kind", std::string(to_key(payment.kind))},
      {"paid_on", payment.paid_on.iso()},   {"programme", payment.programme},
      {"tranche", payment.tranche}};
  return document.dump();
}

Result<AgreementFile> agreement_from_json(std::string_view text) {
  json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded() || !document.is_object()) {
    return Error(ErrorCode::kIo, "base : document de convention illisible (JSON invalide)");
  }
  AgreementFile file;
  try {
    file.programme = document.at("programme").get<std::string>();
    file.award = AwardId(document.at("award").get<std::string>());
    file.organisation = OrganisationId(document.at("organisation").get<std::string>());
    file.subject = document.at("subject").get<std::string>();
    if (!document.at("number").is_null()) {
      file.number = value_of(AgreementNumber::parse(document.at("number").get<std::string>()));
    }
    file.status = value_of(agreement_status_from_key(document.at("status").get<std::string>()));
    file.drafted_on = optional_date_of(document.at("drafted_on"));
    file.sent_on = optional_date_of(document.at("sent_on"));
    file.signed_on = optional_date_of(document.at("signed_on"));
    file.closed_on = optional_date_of(document.at("closed_on"));
    file.budget_line = document.at("budget_line").get<std::string>();
    file.advance_rate = Rate::from_millionths(document.at("advance_rate").get<std::int64_t>());
    file.retention_until = optional_date_of(document.at("retention_until"));
    file.tranches = tranches_of(document.at("tranches"));
    for (const json& item : document.at("amendments")) {
      AmendmentEntry entry{.ordinal = item.at("ordinal").get<int>(),
                           .signed_on = date_of(item.at("signed_on"))};
      entry.reference = item.at("reference").get<std::string>();
      entry.replaced_articles = item.at("replaced_articles").get<std::vector<int>>();
      entry.before = tranches_of(item.at("before"));
      entry.after = tranches_of(item.at("after"));
      entry.retention_before = optional_date_of(item.at("retention_before"));
      entry.retention_after = optional_date_of(item.at("retention_after"));
      file.amendments.push_back(std::move(entry));
    }
    for (const json& item : document.at("reviews")) {
      ReviewReport review{.tranche = item.at("tranche").get<std::string>(),
                          .received_on = date_of(item.at("received_on"))};
      review.indicators = indicators_of(item.at("indicators"));
      review.actual_cost = Amount::from_cents(item.at("actual_cost").get<std::int64_t>());
      review.qualitative_score =
          Rate::from_millionths(item.at("qualitative_score").get<std::int64_t>());
      review.notes = item.at("notes").get<std::string>();
      const json& settlement = item.at("settlement");
      if (!settlement.is_null()) {
        review.settlement = SettledAmounts{
            .settled_on = date_of(settlement.at("settled_on")),
            .settled = Amount::from_cents(settlement.at("settled").get<std::int64_t>()),
            .paid = Amount::from_cents(settlement.at("paid").get<std::int64_t>()),
            .to_pay = Amount::from_cents(settlement.at("to_pay").get<std::int64_t>()),
            .to_recover = Amount::from_cents(settlement.at("to_recover").get<std::int64_t>())};
      }
      file.reviews.push_back(std::move(review));
    }
  } catch (const std::exception& error) {
    return Error(ErrorCode::kIo, fmt::format("base : document de convention {} illisible : {}",
                                             file.award.key(), error.what()));
  }
  OCTROI_TRY_STATUS(file.validate());
  return file;
}

}  // namespace octroi::store
