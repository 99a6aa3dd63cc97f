// The budget tables of a deliberation text (article 8 of the deliberation and
// the report's « La dépense serait imputée ... comme suit »), and the helpers
// the prose readers share (see prose_readers.h).
#include <fmt/format.h>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"
#include "import/text/prose_readers.h"

namespace octroi::text_import {

namespace {

// The cells of a tab-separated line, trimmed; empty cells kept (they are positions).
std::vector<std::string_view> tab_cells(std::string_view line) {
  std::vector<std::string_view> cells;
  cells.reserve(8);
  while (true) {
    const std::size_t tab = line.find('\t');
    cells.push_back(trim_cell(line.substr(0, tab)));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  while (!cells.empty() && cells.back().empty()) cells.pop_back();
  return cells;
}

// "Code Opération" -> code, "AE €" -> commitment_authority...; "" when unknown.
std::string column_key(std::string_view printed) {
  const std::string folded = fold_text(printed);
  struct Known {
    std::string_view prefix;
    std::string_view key;
  };
  static constexpr Known kKnown[] = {
      {"code", "code"},
      {"imputation", "imputation"},
      {"libelle", "label"},
      {"autorisation", "commitment_authority"},
      {"disponible", "available"},
      {"proposition", "proposed"},
      {"solde", "remaining"},
      {"depense", "expense"},
  };
  for (const Known& known : kKnown) {
    if (folded.rfind(known.prefix, 0) == 0) return std::string(known.key);
  }
  if (folded == "ae" || folded.rfind("ae ", 0) == 0) return "commitment_authority";
  return {};
}

std::optional<Printed<Amount>>* amount_cell(BudgetTableRow& row, std::string_view key) {
  if (key == "commitment_authority") return &row.commitment_authority;
  if (key == "available") return &row.available;
  if (key == "proposed") return &row.proposed;
  if (key == "remaining") return &row.remaining;
  if (key == "expense") return &row.expense;
  return nullptr;
}

}  // namespace

void list_unparsed(DeliberationTextImport& out, const std::vector<std::string_view>& lines,
                   std::size_t line, std::string reason) {
  out.unparsed.push_back(UnparsedLine{static_cast<int>(line) + 1,
                                      line < lines.size() ? std::string(lines[line]) : "",
                                      std::move(reason),
                                      {}});
}

std::string sentence_at(std::string_view paragraph, std::size_t at) {
  std::size_t begin = 0;
  for (std::size_t i = std::min(at, paragraph.size()); i > 0; --i) {
    if (paragraph[i - 1] == '.' && (i == paragraph.size() || paragraph[i] == ' ')) {
      begin = i;
      break;
    }
  }
  std::size_t end = paragraph.size();
  for (std::size_t i = at; i < paragraph.size(); ++i) {
    if (paragraph[i] == '.' && (i + 1 == paragraph.size() || paragraph[i + 1] == ' ')) {
      end = i + 1;
      break;
    }
  }
  return std::string(trim_cell(paragraph.substr(begin, end - begin)));
}

bool is_budget_table_header(std::string_view line) {
  if (line.find('\t') == std::string_view::npos) return false;
  const std::vector<std::string_view> cells = tab_cells(line);
  return cells.size() >= 3 && fold_text(cells.front()).rfind("code operation", 0) == 0;
}

DeclaredBudgetTable read_budget_table_at(const std::vector<std::string_view>& lines,
                                         std::size_t header, DeliberationTextImport& out,
                                         std::size_t& last) {
  DeclaredBudgetTable table;
  last = header;
  const int header_line = static_cast<int>(header) + 1;
  table.source = SourceLines{header_line, header_line};
  for (std::size_t i = header; i-- > 0;) {
    const std::string_view intro = trim_cell(lines[i]);
    if (intro.empty()) continue;
    if (intro.back() == ':') {
      table.intro =
          PrintedBlock{std::string(intro),
                       SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1}, std::nullopt};
    }
    break;
  }
  const std::vector<std::string_view> headings = tab_cells(lines[header]);
  std::vector<std::string> keys;
  keys.reserve(headings.size());
  for (std::string_view heading : headings) {
    std::string key = column_key(heading);
    if (key.empty()) {
      list_unparsed(
          out, lines, header,
          fmt::format("tableau budgétaire : colonne « {} » non reconnue, ignorée", heading));
    } else {
      table.columns.push_back(BudgetColumn{std::string(heading), key});
    }
    keys.push_back(std::move(key));
  }
  for (std::size_t i = header + 1; i < lines.size(); ++i) {
    if (lines[i].find('\t') == std::string_view::npos) break;
    last = i;
    const std::vector<std::string_view> cells = tab_cells(lines[i]);
    if (cells.empty()) continue;
    if (cells.size() != keys.size()) {
      list_unparsed(out, lines, i,
                    fmt::format("ligne du tableau budgétaire : {} cellules pour {} colonnes",
                                cells.size(), keys.size()));
      continue;
    }
    BudgetTableRow row;
    row.source = SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1};
    bool readable = true;
    for (std::size_t column = 0; column < keys.size() && readable; ++column) {
      const std::string& key = keys[column];
      const std::string cell(cells[column]);
      if (key == "code") {
        row.code = cell;
      } else if (key == "imputation") {
        row.imputation = cell;
      } else if (key == "label") {
        row.label = cell;
      } else if (std::optional<Printed<Amount>>* target = amount_cell(row, key)) {
        Result<Amount> amount = import::parse_printed_amount(cell);
        if (!amount.ok()) {
          list_unparsed(out, lines, i,
                        fmt::format("ligne du tableau budgétaire : montant illisible « {} » ({})",
                                    cell, amount.error().message()));
          readable = false;
          break;
        }
        *target = Printed<Amount>{cell, *amount, false, std::nullopt, static_cast<int>(i) + 1};
      }
    }
    if (readable) table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace octroi::text_import
