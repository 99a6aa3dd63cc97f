#include "api/call_views.h"

#include <fmt/format.h>
#include <string>
#include <vector>

#include "api/finding_json.h"
#include "api/http_exchange.h"
#include "api/session_views.h"
#include "api/views.h"
#include "calendar/format.h"
#include "calendar/parse.h"
#include "money/format.h"
#include "money/parse.h"

namespace octroi::api {
namespace {

using Json = nlohmann::json;

Json period_json(const Period& period) {
  return {{"start", date_json(period.start())},
          {"end", date_json(period.end())},
          {"text", format_period_long(period)}};
}

Json optional_period_json(const std::optional<Period>& period) {
  return period ? period_json(*period) : Json(nullptr);
}

Json rule_json(const std::optional<FundingRule>& rule) {
  if (!rule) return nullptr;
  return {{"formula", rule->formula ? Json(*rule->formula) : Json(nullptr)},
          {"quote", rule->quote ? Json(*rule->quote) : Json(nullptr)},
          {"parameters", rule->parameters}};
}

Json printed_json(const std::optional<Printed<Amount>>& printed) {
  if (!printed || !printed->value) return nullptr;
  return money_json(*printed->value);
}

Result<Amount> amount_field(const Json& body, const std::string& name, std::string_view label,
                            bool required) {
  OCTROI_TRY(std::string text, string_field(body, name, required));
  if (!required && text.find_first_not_of(' ') == std::string::npos) return Amount{};
  auto amount = parse_amount(text);
  if (!amount.ok()) {
    return field_error(
        ErrorCode::kInvalidAmount,
        fmt::format("{} illisible « {} » : {}", label, text, amount.error().message()), name);
  }
  return *amount;
}

Result<std::vector<UnitQuantity>> quantities_field(const Json& body) {
  std::vector<UnitQuantity> quantities;
  auto found = body.find("quantities");
  if (found == body.end() || found->is_null()) return quantities;
  if (!found->is_array()) {
    return field_error(ErrorCode::kInvalidValue,
                       "quantités : une liste de {\"value\", \"unit\"} est attendue", "quantities");
  }
  quantities.reserve(found->size());
  for (const Json& item : *found) {
    if (!item.is_object()) {
      return field_error(ErrorCode::kInvalidValue, "quantités : chaque quantité est un objet",
                         "quantities");
    }
    OCTROI_TRY(std::string value_text, string_field(item, "value", true));
    OCTROI_TRY(std::string unit_text, string_field(item, "unit", true));
    auto value = parse_quantity(value_text);
    if (!value.ok()) {
      return field_error(
          ErrorCode::kInvalidValue,
          fmt::format("quantité illisible « {} » : {}", value_text, value.error().message()),
          "quantities");
    }
    auto unit = quantity_unit_from_key(unit_text);
    if (!unit.ok()) return field_error(unit.error().code(), unit.error().message(), "quantities");
    quantities.push_back(UnitQuantity{*value, *unit});
  }
  return quantities;
}

Result<std::optional<Period>> period_field(const Json& body) {
  OCTROI_TRY(std::string start, string_field(body, "period_start", false));
  OCTROI_TRY(std::string end, string_field(body, "period_end", false));
  const bool has_start = start.find_first_not_of(' ') != std::string::npos;
  const bool has_end = end.find_first_not_of(' ') != std::string::npos;
  if (!has_start && !has_end) return std::optional<Period>{};
  OCTROI_TRY(Date first, date_field(body, "period_start", "début de l'action"));
  OCTROI_TRY(Date last, date_field(body, "period_end", "fin de l'action"));
  auto period = Period::create(first, last);
  if (!period.ok()) {
    return field_error(period.error().code(), period.error().message(), "period_end");
  }
  return std::optional<Period>(*period);
}

Result<std::optional<TerritoryScope>> territories_field(const Json& body) {
  auto found = body.find("territories");
  if (found == body.end() || found->is_null()) return std::optional<TerritoryScope>{};
  if (!found->is_array()) {
    return field_error(ErrorCode::kInvalidValue,
                       "territoires : une liste de clés (« artois ») est attendue", "territories");
  }
  if (found->empty()) return std::optional<TerritoryScope>{};
  std::string keys;
  for (const Json& item : *found) {
    if (!item.is_string()) {
      return field_error(ErrorCode::kInvalidValue, "territoires : chaque territoire est un texte",
                         "territories");
    }
    keys += (keys.empty() ? "" : ",") + item.get<std::string>();
  }
  auto scope = TerritoryScope::parse(keys);
  if (!scope.ok()) return field_error(scope.error().code(), scope.error().message(), "territories");
  return std::optional<TerritoryScope>(*scope);
}

}  // namespace

Json call_summary_json(const StoredCall& stored) {
  const Call& call = stored.call;
  return {{"id", call.id},
          {"title", call.title},
          {"programme", call.programme.key()},
          {"status", std::string(to_key(call.status))},
          {"status_label", std::string(to_label(call.status))},
          {"applications", period_json(call.applications)},
          {"version", stored.version}};
}

Json call_page_json(const StoredCall& stored) {
  const Call& call = stored.call;
  Json out = call_summary_json(stored);
  out["actions_within"] = optional_period_json(call.actions_within);
  Json publics = Json::array();
  for (EligiblePublic eligible : call.publics) {
    publics.push_back(
        {{"key", std::string(to_key(eligible))}, {"label", std::string(to_label(eligible))}});
  }
  out["publics"] = std::move(publics);
  Json documents = Json::array();
  for (const RequiredDocument& document : call.required_documents) {
    documents.push_back({{"key", document.key}, {"label", document.label}});
  }
  out["required_documents"] = std::move(documents);
  Json themes = Json::array();
  for (const Theme& theme : call.themes) {
    Json operations = Json::array();
    for (const CallOperation& offered : call.operations) {
      if (offered.theme != theme.number) continue;
      operations.push_back({{"id", offered.operation.id.key()},
                            {"number", offered.operation.number},
                            {"title", offered.operation.title},
                            {"budget_code", offered.budget_code},
                            {"rule", rule_json(offered.rule)}});
    }
    themes.push_back(
        {{"number", theme.number}, {"title", theme.title}, {"operations", std::move(operations)}});
  }
  out["themes"] = std::move(themes);
  Json units = Json::array();
  for (QuantityUnit unit : all_quantity_units()) {
    units.push_back(
        {{"key", std::string(to_key(unit))}, {"label", std::string(label_for(unit, Quantity{}))}});
  }
  out["units"] = std::move(units);
  Json territories = Json::array();
  for (Territory territory : all_territories()) {
    territories.push_back(
        {{"key", std::string(to_key(territory))}, {"label", std::string(to_label(territory))}});
  }
  out["territories"] = std::move(territories);
  return out;
}

Json application_json(const StoredApplication& stored, bool staff) {
  const Application& application = stored.application;
  Json quantities = Json::array();
  for (const UnitQuantity& quantity : application.quantities) {
    quantities.push_back({{"value", format_quantity(quantity.value)},
                          {"unit", std::string(to_key(quantity.unit))},
                          {"text", quantity.to_string()}});
  }
  Json territories = Json::array();
  if (application.territories) {
    for (Territory territory : application.territories->territories()) {
      territories.push_back(std::string(to_key(territory)));
    }
  }
  Json attachments = Json::array();
  for (const AttachmentInfo& attachment : application.attachments) {
    attachments.push_back({{"document", attachment.document},
                           {"file_name", attachment.file_name},
                           {"size", attachment.size},
                           {"sha256", attachment.sha256}});
  }
  const ActionBudget& budget = application.budget;
  Json out = {
      {"id", application.id},
      {"call", application.call},
      {"organisation",
       {{"id", application.organisation.key()},
        {"name", application.organisation_name},
        {"siret", application.siret ? Json(application.siret->digits()) : Json(nullptr)}}},
      {"operation", application.operation.key()},
      {"title", application.title},
      {"requested", money_json(application.requested)},
      {"quantities", std::move(quantities)},
      {"period", optional_period_json(application.period)},
      {"territories", std::move(territories)},
      {"territories_label",
       application.territories ? Json(application.territories->label()) : Json(nullptr)},
      {"budget",
       {{"direct_costs", money_json(budget.direct_costs)},
        {"external_services", money_json(budget.external_services)},
        {"indirect_costs", money_json(budget.indirect_costs)},
        {"total", money_json(budget.total)}}},
      {"previous_review",
       application.previous_review ? Json(application.previous_review->text) : Json(nullptr)},
      {"attachments", std::move(attachments)},
      {"status", std::string(to_key(application.status))},
      {"status_label", std::string(to_label(application.status))},
      {"receipt", application.receipt},
      {"submitted_on",
       application.submitted_on ? date_json(*application.submitted_on) : Json(nullptr)},
      {"version", stored.version},
      {"instruction", nullptr}};
  if (const auto& instruction = application.instruction) {
    Json decided = {{"decision", std::string(to_key(instruction->decision))},
                    {"decision_label", std::string(to_label(instruction->decision))},
                    {"proposed", money_json(instruction->proposed)},
                    {"refusal_reason", instruction->refusal_reason},
                    {"session", instruction->session},
                    {"decided_on", instruction->decided_on ? date_json(*instruction->decided_on)
                                                           : Json(nullptr)}};
    if (staff) {
      decided["notes"] = instruction->notes;
      decided["expected"] = instruction->expected ? money_json(*instruction->expected) : nullptr;
      decided["instructed_by"] = instruction->instructed_by;
    }
    out["instruction"] = std::move(decided);
  }
  return out;
}

Json expected_json(const std::optional<AwardEvaluation>& expected) {
  if (!expected) return nullptr;
  Json out = {{"formula", expected->formula}};
  if (expected->evaluation) out["amount"] = money_json(expected->evaluation->amount);
  if (expected->error) out["error"] = expected->error->message();
  return out;
}

Status read_application_fields(const Json& body, Application& application) {
  OCTROI_TRY(application.title, string_field(body, "title", false));
  OCTROI_TRY(std::string operation, required_text(body, "operation", "opération"));
  auto operation_id = OperationId::parse(operation);
  if (!operation_id.ok()) {
    return field_error(operation_id.error().code(), operation_id.error().message(), "operation");
  }
  application.operation = *operation_id;
  OCTROI_TRY(application.requested, amount_field(body, "amount", "montant demandé", true));
  OCTROI_TRY(application.quantities, quantities_field(body));
  OCTROI_TRY(application.period, period_field(body));
  OCTROI_TRY(application.territories, territories_field(body));
  OCTROI_TRY(application.budget.direct_costs,
             amount_field(body, "direct_costs", "charges directes", false));
  OCTROI_TRY(application.budget.external_services,
             amount_field(body, "external_services", "prestations externes", false));
  OCTROI_TRY(application.budget.indirect_costs,
             amount_field(body, "indirect_costs", "charges indirectes", false));
  OCTROI_TRY(std::string total, string_field(body, "total", false));
  if (total.find_first_not_of(' ') == std::string::npos) {
    OCTROI_TRY(application.budget.total, application.budget.sum());
  } else {
    OCTROI_TRY(application.budget.total, amount_field(body, "total", "coût total", true));
  }
  OCTROI_TRY(std::string review, string_field(body, "previous_review", false));
  application.previous_review.reset();
  if (review.find_first_not_of(' ') != std::string::npos) {
    application.previous_review = PreviousReview{.text = review};
  }
  return ok_status();
}

Json session_annex_json(const ProgrammeDataset& annex, std::span<const Finding> findings) {
  ProgrammeSnapshot snapshot;
  snapshot.dataset = annex;
  snapshot.findings.assign(findings.begin(), findings.end());
  Json rows = Json::array();
  for (const AnnexRow& row : annex.rows) rows.push_back(annex_row_json(snapshot, row));
  Json totals = Json::array();
  for (const DeclaredTotal& total : annex.totals) {
    totals.push_back({{"id", total.id},
                      {"label", total.label.value_or("TOTAL")},
                      {"theme", total.theme},
                      {"operation", total.operation ? Json(*total.operation) : Json(nullptr)},
                      {"amount", printed_json(total.amount)},
                      {"text", total.amount.text}});
  }
  Json budget = Json::array();
  for (const BudgetTableRow& line : annex.budget_table.rows) {
    budget.push_back(
        {{"code", line.code.value_or("")},
         {"proposed", line.proposed ? printed_json(*line.proposed) : Json(nullptr)},
         {"available", line.available ? printed_json(*line.available) : Json(nullptr)},
         {"remaining", line.remaining ? printed_json(*line.remaining) : Json(nullptr)}});
  }
  Json statements = Json::array();
  for (const DeclaredStatement& statement : annex.report.statements) {
    statements.push_back({{"id", statement.id}, {"text", statement.quote}});
  }
  return {{"title", annex.annex.title.printed},  {"rows", std::move(rows)},
          {"totals", std::move(totals)},         {"budget_table", std::move(budget)},
          {"statements", std::move(statements)}, {"findings", findings_json(findings)}};
}

}  // namespace octroi::api
