#include "api/import_views.h"

#include "api/session_views.h"
#include "api/views.h"

namespace octroi::api {
namespace {

using Json = nlohmann::json;

std::string_view kind_key(ImportInputKind kind) {
  switch (kind) {
    case ImportInputKind::kDatasetFolder:
      return "dataset";
    case ImportInputKind::kDeliberationText:
      return "text";
    case ImportInputKind::kCsvTable:
      return "csv";
    case ImportInputKind::kXlsxTable:
      return "xlsx";
  }
  return "dataset";
}

std::string_view kind_label(ImportInputKind kind) {
  switch (kind) {
    case ImportInputKind::kDatasetFolder:
      return "Jeu de données";
    case ImportInputKind::kDeliberationText:
      return "Texte de délibération";
    case ImportInputKind::kCsvTable:
      return "Tableau CSV";
    case ImportInputKind::kXlsxTable:
      return "Classeur XLSX";
  }
  return "Jeu de données";
}

// Rows and their sum per theme block, as `octroi import` prints them.
Json themes_json(const ProgrammeDataset& dataset) {
  Json themes = Json::array();
  for (const SectionSum& section : section_sums(dataset)) {
    std::string title;
    for (const ThemeEntry& theme : dataset.themes) {
      if (theme.theme.number == section.theme) title = theme.theme.title;
    }
    themes.push_back({{"number", section.theme},
                      {"title", title},
                      {"award_count", section.rows},
                      {"total", money_json(section.total)}});
  }
  return themes;
}

// What no reader dropped silently: unread lines, unreadable values, totals
// that do not reconcile.
void add_unread(Json& report, const std::vector<UnparsedLine>& unparsed,
                const std::vector<UnreadableValue>& unreadable,
                const std::vector<TotalMismatch>& mismatches) {
  Json& lines = report["unparsed"] = Json::array();
  for (const UnparsedLine& line : unparsed) {
    lines.push_back({{"line", line.line},
                     {"where", line.where.empty() ? std::to_string(line.line) : line.where},
                     {"text", line.text},
                     {"reason", line.reason}});
  }
  Json& values = report["unreadable"] = Json::array();
  for (const UnreadableValue& value : unreadable) {
    values.push_back({{"line", value.line}, {"text", value.text}, {"reason", value.reason}});
  }
  Json& totals = report["mismatches"] = Json::array();
  for (const TotalMismatch& mismatch : mismatches) {
    totals.push_back({{"line", mismatch.line},
                      {"total_id", mismatch.total_id},
                      {"declared", money_json(mismatch.declared)},
                      {"computed", money_json(mismatch.computed)}});
  }
}

Json text_reader_json(const DeliberationTextImport& text) {
  Json articles = Json::array();
  for (const ArticleTotal& article : text.article_totals) {
    articles.push_back({{"article", article.article},
                        {"theme", article.theme},
                        {"line", article.amount.line},
                        {"amount", article.amount.text}});
  }
  Json attendance = Json::array();
  for (const AttendanceLine& list : text.attendance) {
    attendance.push_back(
        {{"line", list.line}, {"status", list.status}, {"count", list.names.size()}});
  }
  return {{"annex_from_line", text.annex_from_line},
          {"annex_to_line", text.annex_to_line},
          {"articles", std::move(articles)},
          {"attendance", std::move(attendance)}};
}

Json table_reader_json(const TableImport& table) {
  Json columns = Json::array();
  for (const TableColumn& column : table.columns) {
    columns.push_back({{"header", column.header}, {"field", column.field}});
  }
  Json reader = {{"header_line", table.header_line},
                 {"last_line", table.last_line},
                 {"columns", std::move(columns)},
                 {"notes", table.notes}};
  if (table.format == TableFormat::kCsv) {
    reader["encoding"] = table.encoding;
    reader["separator"] = std::string(1, table.separator);
  } else {
    reader["sheet"] = table.sheet;
  }
  return reader;
}

}  // namespace

Json import_report_json(const ImportInput& input, const std::string& file_name) {
  const ProgrammeDataset& dataset = input.dataset;
  const ProgrammeIdentity& identity = dataset.programme;
  Json report = {{"file_name", file_name},
                 {"kind", kind_key(input.kind)},
                 {"kind_label", kind_label(input.kind)},
                 {"digest", input.source.digest},
                 {"conflict", nullptr}};
  report["programme"] = {
      {"id", std::string(identity.programme.id.key())},
      {"title", identity.title.printed},
      {"authority", identity.authority_printed},
      {"deliberation_number", identity.deliberation_number},
      {"session_date",
       identity.session_date.value ? date_json(*identity.session_date.value) : Json(nullptr)},
      {"session_date_printed", identity.session_date.text},
  };
  report["counts"] = {{"awards", dataset.rows.size()},
                      {"totals", dataset.totals.size()},
                      {"organisations", dataset.organisations.size()}};
  report["themes"] = themes_json(dataset);
  if (input.text) {
    report["reader"] = text_reader_json(*input.text);
    add_unread(report, input.text->unparsed, input.text->unreadable, input.text->mismatches);
  } else if (input.table) {
    report["reader"] = table_reader_json(*input.table);
    add_unread(report, input.table->unparsed, input.table->unreadable, input.table->mismatches);
  } else {
    report["reader"] = Json::object();
    add_unread(report, {}, {}, {});
  }
  return report;
}

Json import_outcome_json(const ImportOutcome& outcome) {
  return {{"programme_id", outcome.programme_id},
          {"award_count", outcome.award_count},
          {"declared_total_count", outcome.declared_total_count},
          {"organisation_count", outcome.organisation_count},
          {"total", money_json(outcome.total)},
          {"written", outcome.written},
          {"replaced", outcome.replaced}};
}

}  // namespace octroi::api
