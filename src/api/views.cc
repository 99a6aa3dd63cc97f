#include "api/views.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

#include "api/finding_json.h"
#include "calendar/format.h"
#include "domain/quantity_unit.h"
#include "money/format.h"
#include "service/explain_programme.h"

namespace octroi::api {
namespace {

nlohmann::json optional_money(const std::optional<Printed<Amount>>& printed) {
  if (!printed || !printed->value) return nullptr;
  return money_json(*printed->value);
}

nlohmann::json quantity_json(const std::optional<UnitQuantity>& quantity) {
  if (!quantity) return nullptr;
  const std::string value = format_quantity(quantity->value);
  const std::string label(label_for(quantity->unit, quantity->value));
  return {{"value", value},
          {"unit", std::string(to_key(quantity->unit))},
          {"unit_label", std::string(to_label(quantity->unit))},
          {"text", value + " " + label}};
}

std::string organisation_name(const ProgrammeDataset& dataset, const AnnexRow& row) {
  const OrganisationEntry* entry = dataset.find_organisation(row.award.organisation.key());
  return entry != nullptr ? entry->organisation.name : row.award.organisation.key();
}

std::string theme_title(const ProgrammeDataset& dataset, int number) {
  for (const ThemeEntry& theme : dataset.themes) {
    if (theme.theme.number == number) return theme.theme.title;
  }
  return {};
}

std::string instrument_text(const AnnexRow& row) {
  if (row.instrument && !row.instrument->printed.empty()) return row.instrument->printed;
  return std::string(to_label(row.award.instrument));
}

std::size_t findings_on(const ProgrammeSnapshot& snapshot, const std::string& award_id) {
  return static_cast<std::size_t>(
      std::count_if(snapshot.findings.begin(), snapshot.findings.end(),
                    [&](const Finding& finding) { return finding.where.row == award_id; }));
}

nlohmann::json parse_json_or_null(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  nlohmann::json parsed = nlohmann::json::parse(*text, nullptr, false);
  return parsed.is_discarded() ? nlohmann::json(*text) : parsed;
}

nlohmann::json explanation_json(const ProgrammeSnapshot& snapshot, const AnnexRow& row) {
  nlohmann::json out = {{"has_rule", false},
                        {"formula", nullptr},
                        {"expected", nullptr},
                        {"substituted", nullptr},
                        {"lines", nlohmann::json::array()},
                        {"parameters", nlohmann::json::array()},
                        {"caps", nlohmann::json::array()},
                        {"difference", nullptr},
                        {"error", nullptr}};
  if (!snapshot.parameters || !snapshot.date_of_effect) {
    out["error"] = "paramètres des règles de financement indisponibles";
    return out;
  }
  auto explained = explain_programme(snapshot.dataset, *snapshot.parameters,
                                     *snapshot.date_of_effect, row.award.organisation.key());
  if (!explained.ok()) {
    out["error"] = explained.error().message();
    return out;
  }
  for (const AwardExplanation& award : explained->awards) {
    if (award.award_id != row.award.id.key()) continue;
    out["has_rule"] = award.has_rule();
    if (award.formula) out["formula"] = *award.formula;
    if (award.error) out["error"] = award.error->message();
    if (award.evaluation) {
      const Explanation& explanation = award.evaluation->explanation;
      out["expected"] = money_json(award.evaluation->amount);
      out["substituted"] = explanation.equation();
      out["lines"] = explanation.lines();
      for (const ParameterValue& value : explanation.parameters) {
        out["parameters"].push_back({{"name", value.name},
                                     {"value", value.formatted()},
                                     {"since", value.version()},
                                     {"source", value.source_text()}});
      }
      for (const CapApplied& cap : explanation.caps) out["caps"].push_back(cap.text);
      out["difference"] = money_json(award.difference);
    }
  }
  return out;
}

}  // namespace

nlohmann::json money_json(Amount amount) {
  return {{"cents", amount.cents()}, {"text", format_amount(amount)}};
}

nlohmann::json summary_json(const ProgrammeSummary& summary) {
  return {{"id", summary.id},
          {"title", summary.title},
          {"year", summary.year},
          {"phase", summary.phase},
          {"award_count", summary.award_count},
          {"total", money_json(summary.total)},
          {"imported_at", summary.imported_at},
          {"imported_by", summary.imported_by}};
}

nlohmann::json record_json(const AwardRecord& record) {
  return {{"programme_id", record.programme_id},
          {"award_id", record.award_id},
          {"description", record.description},
          {"amount", money_json(record.amount)},
          {"quantity", quantity_json(record.quantity)},
          {"version", record.version},
          {"updated_at", record.updated_at},
          {"updated_by", record.updated_by}};
}

nlohmann::json annex_row_json(const ProgrammeSnapshot& snapshot, const AnnexRow& row) {
  const ProgrammeDataset& dataset = snapshot.dataset;
  const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
  const AwardRecord* record = snapshot.find_record(row.award.id.key());
  return {{"award_id", row.award.id.key()},
          {"theme", row.theme},
          {"theme_title", theme_title(dataset, row.theme)},
          {"operation_id", row.award.operation.key()},
          {"operation", row.operation},
          {"operation_title", operation != nullptr ? operation->operation.title : std::string()},
          {"territory", row.award.territory.label()},
          {"organisation_id", row.award.organisation.key()},
          {"organisation", organisation_name(dataset, row)},
          {"description", row.award.description},
          {"amount", money_json(row.award.amount)},
          {"instrument", instrument_text(row)},
          {"quantity", quantity_json(row.award.quantity)},
          {"version", record != nullptr ? record->version : 0},
          {"findings", findings_on(snapshot, row.award.id.key())}};
}

nlohmann::json dashboard_json(const ProgrammeSnapshot& snapshot) {
  const ProgrammeDataset& dataset = snapshot.dataset;
  Amount total{};
  std::map<int, std::pair<Amount, int>> by_theme;
  std::map<std::string, std::pair<Amount, int>> by_territory;
  std::map<std::string, Amount> by_budget_code;
  for (const AnnexRow& row : dataset.rows) {
    const Amount amount = row.award.amount;
    // A programme's sums stay far below int64 cents (+= throws otherwise).
    auto add = [&](Amount& sum) { sum += amount; };
    add(total);
    add(by_theme[row.theme].first);
    by_theme[row.theme].second += 1;
    add(by_territory[row.award.territory.label()].first);
    by_territory[row.award.territory.label()].second += 1;
    const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
    if (operation != nullptr) add(by_budget_code[operation->budget_line.code]);
  }

  nlohmann::json themes = nlohmann::json::array();
  for (const ThemeEntry& theme : dataset.themes) {
    auto& [sum, count] = by_theme[theme.theme.number];
    themes.push_back({{"number", theme.theme.number},
                      {"title", theme.theme.title},
                      {"total", money_json(sum)},
                      {"award_count", count}});
  }
  nlohmann::json articles = nlohmann::json::array();
  for (const DeclaredDecision& article : dataset.deliberation.articles) {
    articles.push_back({{"number", article.number},
                        {"title", article.label.value_or("") + " " + article.text},
                        {"amount", optional_money(article.amount)}});
  }
  nlohmann::json budget_lines = nlohmann::json::array();
  for (const BudgetTableRow& line : dataset.budget_table.rows) {
    const std::string code = line.code.value_or("");
    budget_lines.push_back({{"code", code},
                            {"label", line.label.value_or("")},
                            {"imputation", line.imputation.value_or("")},
                            {"commitment_authority", optional_money(line.commitment_authority)},
                            {"available", optional_money(line.available)},
                            {"proposed", optional_money(line.proposed)},
                            {"remaining", optional_money(line.remaining)},
                            {"awarded", money_json(by_budget_code[code])}});
  }
  nlohmann::json territories = nlohmann::json::array();
  for (const auto& [territory, sum_count] : by_territory) {
    territories.push_back({{"territory", territory},
                           {"total", money_json(sum_count.first)},
                           {"award_count", sum_count.second}});
  }
  nlohmann::json counts = {{"error", 0}, {"warning", 0}, {"info", 0}};
  for (const Finding& finding : snapshot.findings) {
    const std::string key(to_key(finding.severity));
    counts[key] = counts[key].get<int>() + 1;
  }
  nlohmann::json session_date = nullptr;
  if (snapshot.date_of_effect) {
    session_date = {{"iso", snapshot.date_of_effect->iso()},
                    {"text", format_date_long(*snapshot.date_of_effect)}};
  }
  return {{"programme", summary_json(snapshot.summary)},
          {"session", {{"date", session_date}, {"body", "Commission Permanente"}}},
          {"themes", themes},
          {"articles", articles},
          {"budget_lines", budget_lines},
          {"territories", territories},
          {"findings", counts},
          {"total", money_json(total)}};
}

nlohmann::json annex_json(const ProgrammeSnapshot& snapshot) {
  const ProgrammeDataset& dataset = snapshot.dataset;
  nlohmann::json rows = nlohmann::json::array();
  std::set<std::string> territories;
  std::map<std::string, std::string> organisations;  // name -> id, sorted by name
  for (const AnnexRow& row : dataset.rows) {
    rows.push_back(annex_row_json(snapshot, row));
    territories.insert(row.award.territory.label());
    organisations.emplace(organisation_name(dataset, row), row.award.organisation.key());
  }
  nlohmann::json themes = nlohmann::json::array();
  for (const ThemeEntry& theme : dataset.themes) {
    nlohmann::json operations = nlohmann::json::array();
    for (const OperationEntry& operation : dataset.operations) {
      if (operation.theme != theme.theme.number) continue;
      operations.push_back({{"id", operation.operation.id.key()},
                            {"number", operation.operation.number},
                            {"title", operation.operation.title}});
    }
    themes.push_back(
        {{"number", theme.theme.number}, {"title", theme.theme.title}, {"operations", operations}});
  }
  nlohmann::json organisation_list = nlohmann::json::array();
  for (const auto& [name, id] : organisations) {
    organisation_list.push_back({{"id", id}, {"name", name}});
  }
  return {{"programme", summary_json(snapshot.summary)},
          {"rows", rows},
          {"themes", themes},
          {"territories", territories},
          {"organisations", organisation_list}};
}

nlohmann::json award_findings_json(const ProgrammeSnapshot& snapshot, const std::string& award_id) {
  nlohmann::json findings = nlohmann::json::array();
  for (const Finding& finding : snapshot.findings) {
    if (finding.where.row == award_id) findings.push_back(finding_json(finding));
  }
  return findings;
}

Result<nlohmann::json> award_page_json(const ProgrammeSnapshot& snapshot,
                                       const std::string& award_id,
                                       std::span<const HistoryEntry> history) {
  const AnnexRow* row = snapshot.dataset.find_row(award_id);
  const AwardRecord* record = snapshot.find_record(award_id);
  if (row == nullptr || record == nullptr) {
    return Error(ErrorCode::kNotFound, fmt::format("ligne inconnue « {} » dans le programme « {} »",
                                                   award_id, snapshot.summary.id));
  }
  nlohmann::json entries = nlohmann::json::array();
  for (const HistoryEntry& entry : history) {
    entries.push_back({{"seq", entry.seq},
                       {"time", entry.time},
                       {"user", entry.user},
                       {"action", entry.action},
                       {"before", parse_json_or_null(entry.before_json)},
                       {"after", parse_json_or_null(entry.after_json)}});
  }
  return nlohmann::json{{"award", record_json(*record)},
                        {"row", annex_row_json(snapshot, *row)},
                        {"explanation", explanation_json(snapshot, *row)},
                        {"findings", award_findings_json(snapshot, award_id)},
                        {"history", entries}};
}

nlohmann::json payments_json(const PaymentSchedule& schedule) {
  nlohmann::json awards = nlohmann::json::array();
  for (const AwardPayments& award : schedule.awards) {
    awards.push_back({{"award_id", award.award_id},
                      {"organisation", award.organisation},
                      {"operation_title", award.operation_title},
                      {"instrument", award.instrument},
                      {"amount", money_json(award.split.amount)},
                      {"advance", money_json(award.split.advance)},
                      {"balance", money_json(award.split.balance)},
                      {"advance_due", award.advance_due},
                      {"balance_due", award.balance_due}});
  }
  return {{"rate", schedule.rate.formatted()},
          {"awards", awards},
          {"total_advances", money_json(schedule.total_advances)},
          {"total_balances", money_json(schedule.total_balances)}};
}

std::optional<nlohmann::json> organisation_page_json(
    const std::string& organisation_id,
    std::span<const std::shared_ptr<const ProgrammeSnapshot>> snapshots) {
  const OrganisationEntry* found = nullptr;
  nlohmann::json awards = nlohmann::json::array();
  nlohmann::json payments = nlohmann::json::array();
  nlohmann::json agreements = nlohmann::json::array();
  Amount total{};
  for (const auto& snapshot : snapshots) {
    const OrganisationEntry* entry = snapshot->dataset.find_organisation(organisation_id);
    if (entry == nullptr) continue;
    if (found == nullptr) found = entry;
    std::set<std::string> instruments;
    for (const AnnexRow& row : snapshot->dataset.rows) {
      if (row.award.organisation.key() != organisation_id) continue;
      nlohmann::json item = annex_row_json(*snapshot, row);
      item["programme_id"] = snapshot->summary.id;
      item["programme_title"] = snapshot->summary.title;
      awards.push_back(std::move(item));
      total += row.award.amount;
      instruments.insert(instrument_text(row));
    }
    for (const std::string& instrument : instruments) {
      agreements.push_back({{"programme_id", snapshot->summary.id},
                            {"instrument", instrument},
                            {"number", nullptr}});
    }
    if (snapshot->parameters && snapshot->date_of_effect) {
      auto schedule = schedule_payments(snapshot->dataset, *snapshot->parameters,
                                        *snapshot->date_of_effect, organisation_id);
      if (schedule.ok()) {
        // Kept in a variable: a range-for over a member of a temporary would dangle.
        nlohmann::json schedule_json = payments_json(*schedule);
        for (auto& item : schedule_json["awards"]) {
          item["programme_id"] = snapshot->summary.id;
          payments.push_back(item);
        }
      }
    }
  }
  if (found == nullptr) return std::nullopt;
  const Organisation& organisation = found->organisation;
  nlohmann::json representative = nullptr;
  if (!organisation.representative_name.empty()) {
    representative = organisation.representative_name;
    if (!organisation.representative_title.empty()) {
      representative = organisation.representative_name + ", " + organisation.representative_title;
    }
  }
  return nlohmann::json{
      {"organisation",
       {{"id", organisation.id.key()},
        {"name", organisation.name},
        {"siret", organisation.siret ? nlohmann::json(organisation.siret->digits()) : nullptr},
        {"category", found->category ? nlohmann::json(*found->category) : nullptr},
        {"address", organisation.address.empty() ? nlohmann::json(nullptr)
                                                 : nlohmann::json(organisation.address)},
        {"representative", representative}}},
      {"awards", awards},
      {"payments", payments},
      {"agreements", agreements},
      {"total", money_json(total)}};
}

}  // namespace octroi::api
