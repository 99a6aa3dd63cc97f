// Call and Application <-> canonical JSON.
#include "store/call_json.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "calendar/parse.h"

namespace octroi::store {

namespace {

using json = nlohmann::json;

json optional_text(const std::optional<std::string>& text) {
  return text ? json(*text) : json(nullptr);
}

json period_json(const Period& period) {
  return {{"start", period.start().iso()}, {"end", period.end().iso()}};
}

json optional_period(const std::optional<Period>& period) {
  return period ? period_json(*period) : json(nullptr);
}

json rule_json(const FundingRule& rule) {
  return {{"quote", optional_text(rule.quote)},
          {"implied", rule.implied},
          {"derivation", optional_text(rule.derivation)},
          {"line", rule.source.line},
          {"to_line", rule.source.to_line},
          {"parameters", rule.parameters},
          {"note", optional_text(rule.note)},
          {"formula", optional_text(rule.formula)},
          {"zero_when_absent", rule.zero_when_absent}};
}

json operation_json(const CallOperation& offered) {
  const Operation& operation = offered.operation;
  return {{"id", operation.id.key()},
          {"theme_id", operation.theme.key()},
          {"theme", offered.theme},
          {"number", operation.number},
          {"title", operation.title},
          {"budget_line", operation.budget_line.key()},
          {"budget_code", offered.budget_code},
          {"funding_rule", optional_text(operation.funding_rule)},
          {"max_duration_months",
           operation.max_duration_months ? json(*operation.max_duration_months) : json(nullptr)},
          {"rule", offered.rule ? rule_json(*offered.rule) : json(nullptr)}};
}

json instruction_json(const Instruction& instruction) {
  return {
      {"notes", instruction.notes},
      {"expected", instruction.expected ? json(instruction.expected->cents()) : json(nullptr)},
      {"decision", std::string(to_key(instruction.decision))},
      {"proposed", instruction.proposed.cents()},
      {"refusal_reason", instruction.refusal_reason},
      {"session", instruction.session},
      {"instructed_by", instruction.instructed_by},
      {"decided_on", instruction.decided_on ? json(instruction.decided_on->iso()) : json(nullptr)}};
}

// Decoding: nlohmann throws on a wrong type or a missing key, and a value
// the domain refuses throws too; decode() turns any exception into one kIo.
template <typename T>
T value_of(Result<T> result) {
  if (result.ok()) return std::move(result).value();
  throw std::invalid_argument(result.error().message());
}

Date date_of(const json& value) { return value_of(parse_date(value.get<std::string>())); }

Period period_of(const json& value) {
  return value_of(Period::create(date_of(value.at("start")), date_of(value.at("end"))));
}

std::optional<std::string> optional_text_of(const json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<std::string>();
}

FundingRule rule_of(const json& value) {
  FundingRule rule;
  rule.quote = optional_text_of(value.at("quote"));
  rule.implied = value.at("implied").get<bool>();
  rule.derivation = optional_text_of(value.at("derivation"));
  rule.source = SourceLines{value.at("line").get<int>(), value.at("to_line").get<int>()};
  rule.parameters = value.at("parameters").get<std::vector<std::string>>();
  rule.note = optional_text_of(value.at("note"));
  rule.formula = optional_text_of(value.at("formula"));
  rule.zero_when_absent = value.at("zero_when_absent").get<std::vector<std::string>>();
  return rule;
}

CallOperation operation_of(const json& value) {
  CallOperation offered;
  offered.operation.id = OperationId(value.at("id").get<std::string>());
  offered.operation.theme = ThemeId(value.at("theme_id").get<std::string>());
  offered.operation.number = value.at("number").get<int>();
  offered.operation.title = value.at("title").get<std::string>();
  offered.operation.budget_line = BudgetLineId(value.at("budget_line").get<std::string>());
  offered.operation.funding_rule = optional_text_of(value.at("funding_rule"));
  if (!value.at("max_duration_months").is_null()) {
    offered.operation.max_duration_months = value.at("max_duration_months").get<int>();
  }
  offered.theme = value.at("theme").get<int>();
  offered.budget_code = value.at("budget_code").get<std::string>();
  if (!value.at("rule").is_null()) offered.rule = rule_of(value.at("rule"));
  return offered;
}

Instruction instruction_of(const json& value) {
  Instruction instruction;
  instruction.notes = value.at("notes").get<std::string>();
  if (!value.at("expected").is_null()) {
    instruction.expected = Amount::from_cents(value.at("expected").get<std::int64_t>());
  }
  instruction.decision =
      value_of(instruction_decision_from_key(value.at("decision").get<std::string>()));
  instruction.proposed = Amount::from_cents(value.at("proposed").get<std::int64_t>());
  instruction.refusal_reason = value.at("refusal_reason").get<std::string>();
  instruction.session = value.at("session").get<std::string>();
  instruction.instructed_by = value.at("instructed_by").get<std::string>();
  if (!value.at("decided_on").is_null()) instruction.decided_on = date_of(value.at("decided_on"));
  return instruction;
}

template <typename Decode>
auto decode(std::string_view text, std::string_view what, Decode decode_value)
    -> Result<decltype(decode_value(json()))> {
  try {
    auto decoded = decode_value(json::parse(text));
    OCTROI_TRY_STATUS(decoded.validate());
    return decoded;
  } catch (const std::exception& error) {
    return Error(ErrorCode::kIo, fmt::format("base : {} illisible : {}", what, error.what()));
  }
}

}  // namespace

std::string call_json(const Call& call) {
  json themes = json::array();
  for (const Theme& theme : call.themes) {
    themes.push_back({{"id", theme.id.key()}, {"number", theme.number}, {"title", theme.title}});
  }
  json operations = json::array();
  for (const CallOperation& offered : call.operations)
    operations.push_back(operation_json(offered));
  json publics = json::array();
  for (EligiblePublic eligible : call.publics) publics.push_back(std::string(to_key(eligible)));
  json documents = json::array();
  for (const RequiredDocument& document : call.required_documents) {
    documents.push_back({{"key", document.key}, {"label", document.label}});
  }
  const json document = {{"id", call.id},
                         {"programme", call.programme.key()},
                         {"title", call.title},
                         {"themes", themes},
                         {"operations", operations},
                         {"publics", publics},
                         {"applications", period_json(call.applications)},
                         {"actions_within", optional_period(call.actions_within)},
                         {"required_documents", documents},
                         {"status", std::string(to_key(call.status))}};
  return document.dump();
}

Result<Call> call_from_json(std::string_view text) {
  return decode(text, "appel à projets", [](const json& value) {
    Call call{.id = value.at("id").get<std::string>(),
              .programme = ProgrammeId(value.at("programme").get<std::string>()),
              .title = value.at("title").get<std::string>(),
              .applications = period_of(value.at("applications"))};
    for (const json& item : value.at("themes")) {
      call.themes.push_back(Theme{.id = ThemeId(item.at("id").get<std::string>()),
                                  .programme = call.programme,
                                  .number = item.at("number").get<int>(),
                                  .title = item.at("title").get<std::string>()});
    }
    for (const json& item : value.at("operations")) call.operations.push_back(operation_of(item));
    for (const json& item : value.at("publics")) {
      call.publics.push_back(value_of(eligible_public_from_key(item.get<std::string>())));
    }
    if (!value.at("actions_within").is_null()) {
      call.actions_within = period_of(value.at("actions_within"));
    }
    for (const json& item : value.at("required_documents")) {
      call.required_documents.push_back(
          RequiredDocument{item.at("key").get<std::string>(), item.at("label").get<std::string>()});
    }
    call.status = value_of(call_status_from_key(value.at("status").get<std::string>()));
    return call;
  });
}

std::string application_json(const Application& application) {
  json quantities = json::array();
  for (const UnitQuantity& quantity : application.quantities) {
    quantities.push_back(
        {{"value", quantity.value.units()}, {"unit", std::string(to_key(quantity.unit))}});
  }
  json review = nullptr;
  if (application.previous_review) {
    json figures = json::array();
    for (const ReviewFigure& figure : application.previous_review->figures) {
      figures.push_back({{"label", figure.label}, {"value", figure.value.units()}});
    }
    review = {{"text", application.previous_review->text}, {"figures", figures}};
  }
  json attachments = json::array();
  for (const AttachmentInfo& attachment : application.attachments) {
    attachments.push_back({{"document", attachment.document},
                           {"file_name", attachment.file_name},
                           {"media_type", attachment.media_type},
                           {"size", attachment.size},
                           {"sha256", attachment.sha256}});
  }
  const ActionBudget& budget = application.budget;
  const json document = {
      {"id", application.id},
      {"call", application.call},
      {"organisation", application.organisation.key()},
      {"organisation_name", application.organisation_name},
      {"siret", application.siret ? json(application.siret->digits()) : json(nullptr)},
      {"operation", application.operation.key()},
      {"title", application.title},
      {"requested", application.requested.cents()},
      {"quantities", quantities},
      {"period", optional_period(application.period)},
      {"territories",
       application.territories ? json(application.territories->key()) : json(nullptr)},
      {"budget",
       {{"direct_costs", budget.direct_costs.cents()},
        {"external_services", budget.external_services.cents()},
        {"indirect_costs", budget.indirect_costs.cents()},
        {"total", budget.total.cents()}}},
      {"previous_review", review},
      {"attachments", attachments},
      {"annex_group", application.annex_group},
      {"status", std::string(to_key(application.status))},
      {"receipt", application.receipt},
      {"submitted_on",
       application.submitted_on ? json(application.submitted_on->iso()) : json(nullptr)},
      {"instruction",
       application.instruction ? instruction_json(*application.instruction) : json(nullptr)}};
  return document.dump();
}

Result<Application> application_from_json(std::string_view text) {
  return decode(text, "demande", [](const json& value) {
    Application application;
    application.id = value.at("id").get<std::string>();
    application.call = value.at("call").get<std::string>();
    application.organisation = OrganisationId(value.at("organisation").get<std::string>());
    application.organisation_name = value.at("organisation_name").get<std::string>();
    if (!value.at("siret").is_null()) {
      application.siret = value_of(Siret::parse(value.at("siret").get<std::string>()));
    }
    application.operation = OperationId(value.at("operation").get<std::string>());
    application.title = value.at("title").get<std::string>();
    application.requested = Amount::from_cents(value.at("requested").get<std::int64_t>());
    for (const json& item : value.at("quantities")) {
      application.quantities.push_back(UnitQuantity{
          .value = Quantity::from_units(item.at("value").get<std::int64_t>()),
          .unit = value_of(quantity_unit_from_key(item.at("unit").get<std::string>()))});
    }
    if (!value.at("period").is_null()) application.period = period_of(value.at("period"));
    if (!value.at("territories").is_null()) {
      application.territories =
          value_of(TerritoryScope::parse(value.at("territories").get<std::string>()));
    }
    const json& budget = value.at("budget");
    application.budget = ActionBudget{
        .direct_costs = Amount::from_cents(budget.at("direct_costs").get<std::int64_t>()),
        .external_services = Amount::from_cents(budget.at("external_services").get<std::int64_t>()),
        .indirect_costs = Amount::from_cents(budget.at("indirect_costs").get<std::int64_t>()),
        .total = Amount::from_cents(budget.at("total").get<std::int64_t>())};
    if (const json& review = value.at("previous_review"); !review.is_null()) {
      PreviousReview previous{.text = review.at("text").get<std::string>()};
      for (const json& figure : review.at("figures")) {
        previous.figures.push_back(
            ReviewFigure{figure.at("label").get<std::string>(),
                         Quantity::from_units(figure.at("value").get<std::int64_t>())});
      }
      application.previous_review = std::move(previous);
    }
    for (const json& item : value.at("attachments")) {
      application.attachments.push_back(
          AttachmentInfo{.document = item.at("document").get<std::string>(),
                         .file_name = item.at("file_name").get<std::string>(),
                         .media_type = item.at("media_type").get<std::string>(),
                         .size = item.at("size").get<std::int64_t>(),
                         .sha256 = item.at("sha256").get<std::string>()});
    }
    application.annex_group = value.at("annex_group").get<std::string>();
    application.status =
        value_of(application_status_from_key(value.at("status").get<std::string>()));
    application.receipt = value.at("receipt").get<std::string>();
    if (!value.at("submitted_on").is_null()) {
      application.submitted_on = date_of(value.at("submitted_on"));
    }
    if (!value.at("instruction").is_null()) {
      application.instruction = instruction_of(value.at("instruction"));
    }
    return application;
  });
}

}  // namespace octroi::store
