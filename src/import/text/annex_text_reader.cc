// The financial annex table of a deliberation text (see deliberation_text.h):
// tab-separated lines whose columns shift from row to row. Each line's
// non-empty cells are classified by what they hold (operation cell, amount,
// "Convention ..." cell, total label, other texts), not by their position.
#include "import/text/annex_text_reader.h"

#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "import/annex/annex_builder.h"
#include "import/dataset/printed_grammar.h"

namespace octroi::text_import {

namespace {

struct Cell {
  std::string_view text;  // trimmed
  std::size_t offset = 0;
};

std::vector<Cell> split_cells(std::string_view line) {
  std::vector<Cell> cells;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    std::string_view raw = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    std::string_view trimmed = trim_cell(raw);
    if (!trimmed.empty()) {
      cells.push_back(Cell{trimmed, static_cast<std::size_t>(trimmed.data() - line.data())});
    }
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

bool is_columns_row(const std::vector<Cell>& cells) {
  for (const Cell& cell : cells) {
    const std::string folded = fold_text(cell.text);
    if (folded == "operation" || folded == "montant retenu" || folded == "structure") return true;
  }
  return false;
}

bool has_tab(std::string_view line) { return line.find('\t') != std::string_view::npos; }

bool is_blank(std::string_view line) {
  return trim_cell(line).empty() && split_cells(line).empty();
}

bool is_annex_title(std::string_view line) {
  const std::string folded = fold_text(line);
  return folded.starts_with("annexe ") &&
         folded.find("repartition financiere") != std::string::npos;
}

bool is_table_line(std::string_view line) {
  if (has_tab(line)) return true;
  std::vector<Cell> cells = split_cells(line);
  return cells.size() == 1 && read_theme_heading(cells.front().text).has_value();
}

class TableReader {
 public:
  TableReader(const ProgrammeId& programme, DeliberationTextImport& out)
      : out_(out), builder_(programme, out.dataset, out.mismatches, out.unreadable) {}

  void read_line(std::string_view line, int number) {
    std::vector<Cell> cells = split_cells(line);
    if (cells.empty()) return mark(AnnexLineKind::kBlank);
    if (cells.size() == 1) {
      if (auto heading = read_theme_heading(cells.front().text)) {
        start_section(*heading, std::string(cells.front().text), number);
        return mark(AnnexLineKind::kThemeHeading);
      }
    }
    if (is_columns_row(cells)) {
      if (!builder_.has_section())
        return unparsed(line, number, "en-tête de colonnes avant tout titre de thématique");
      AnnexColumns columns;
      for (const Cell& cell : cells) columns.printed.emplace_back(cell.text);
      columns.source = SourceLines{number, number};
      out_.dataset.sections.back().columns = std::move(columns);
      return mark(AnnexLineKind::kColumns);
    }
    std::optional<OperationCell> operation;
    std::vector<Cell> amounts;
    std::vector<Cell> bad_amounts;
    std::optional<AnnexInstrument> instrument;
    std::optional<std::string> label;
    std::string label_printed;
    std::vector<Cell> texts;
    for (const Cell& cell : cells) {
      if (!operation) {
        if (auto read = read_operation_cell(cell.text)) {
          operation = std::move(read);
          continue;
        }
      }
      if (auto total = total_label(cell.text)) {
        if (label) return unparsed(line, number, "deux libellés de total dans la même ligne");
        label = std::move(total);
        label_printed = std::string(cell.text);
        continue;
      }
      if (looks_like_amount(cell.text)) {
        if (import::parse_printed_amount(cell.text).ok()) {
          amounts.push_back(cell);
        } else {
          bad_amounts.push_back(cell);
        }
        continue;
      }
      if (!instrument) {
        if (auto read = read_instrument(cell.text)) {
          instrument = std::move(read);
          continue;
        }
      }
      texts.push_back(cell);
    }
    if (!bad_amounts.empty()) {
      Result<Amount> error = import::parse_printed_amount(bad_amounts.front().text);
      return unparsed(
          line, number,
          fmt::format("montant illisible « {} » (colonne {}) : {}", bad_amounts.front().text,
                      column_of(line, bad_amounts.front().offset), error.error().message()));
    }
    if (!builder_.has_section())
      return unparsed(line, number, "ligne du tableau avant tout titre de thématique");
    if (operation)
      builder_.start_operation(operation->number, operation->label, operation->title, number);
    if (amounts.size() > 1) return unparsed(line, number, "plusieurs montants dans la même ligne");
    if (label) {
      if (!texts.empty() || instrument) {
        return unparsed(
            line, number,
            fmt::format("ligne de total avec d'autres cellules (« {} »)",
                        texts.empty() ? instrument->printed : std::string(texts.front().text)));
      }
      if (amounts.empty()) return unparsed(line, number, "ligne de total sans montant");
      return add_total(label_printed, *label, amounts.front().text, number, line);
    }
    if (amounts.empty()) {
      if (operation && texts.empty() && !instrument) return mark(AnnexLineKind::kThemeHeading);
      return unparsed(line, number, "ni montant ni libellé de total : ligne non reconnue");
    }
    if (texts.empty()) {
      if (instrument) return unparsed(line, number, "montant et convention sans structure");
      return add_total("", "", amounts.front().text, number, line);
    }
    return add_award(line, number, texts, amounts.front().text, std::move(instrument));
  }

  void finish() { builder_.finish(); }

 private:
  static int column_of(std::string_view line, std::size_t offset) {
    int column = 1;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
      if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
  }

  void mark(AnnexLineKind kind) { out_.kinds.push_back(kind); }

  void unparsed(std::string_view line, int number, std::string reason) {
    out_.unparsed.push_back(UnparsedLine{number, std::string(line), std::move(reason), {}});
    mark(AnnexLineKind::kUnparsed);
  }

  void start_section(const ThemeHeading& heading, std::string printed, int number) {
    builder_.start_theme(heading.number, heading.label, heading.title, std::move(printed), number);
  }

  void add_award(std::string_view line, int number, const std::vector<Cell>& texts,
                 std::string_view amount_text, std::optional<AnnexInstrument> instrument) {
    if (builder_.operation() == 0)
      return unparsed(line, number, "ligne de répartition avant toute opération");
    if (texts.size() > 3) {
      return unparsed(line, number,
                      fmt::format("{} cellules de texte (territoire, structure, description "
                                  "attendus au plus)",
                                  texts.size()));
    }
    annex_import::AwardInput input;
    input.line = number;
    std::string_view structure;
    if (texts.size() == 3) {
      input.territory = read_territory_cell(texts[0].text);
      if (!input.territory) {
        return unparsed(line, number,
                        fmt::format("territoire non reconnu « {} » (colonne {})", texts[0].text,
                                    column_of(line, texts[0].offset)));
      }
      structure = texts[1].text;
      input.description = std::string(texts[2].text);
    } else if (texts.size() == 2) {
      input.territory = read_territory_cell(texts[0].text);
      if (input.territory) {
        structure = texts[1].text;
      } else {
        structure = texts[0].text;
        input.description = std::string(texts[1].text);
      }
    } else {
      structure = texts[0].text;
    }
    input.structure = std::string(structure);
    input.amount_text = std::string(amount_text);
    input.amount = *import::parse_printed_amount(amount_text);
    input.instrument = std::move(instrument);
    if (auto refused = builder_.add_award(std::move(input))) {
      return unparsed(line, number, std::move(*refused));
    }
    mark(AnnexLineKind::kAward);
  }

  void add_total(const std::string& printed_label, const std::string& folded_label,
                 std::string_view amount_text, int number, std::string_view line) {
    const annex_import::TotalKind kind =
        folded_label == "sous total" || folded_label == "sous totaux"
            ? annex_import::TotalKind::kRows
        : folded_label == "total general" ? annex_import::TotalKind::kProgramme
                                          : annex_import::TotalKind::kInferred;
    std::optional<std::string> label;
    if (!printed_label.empty()) label = printed_label;
    if (auto refused = builder_.add_total(std::move(label), kind, std::string(amount_text),
                                          *import::parse_printed_amount(amount_text), number)) {
      return unparsed(line, number, std::move(*refused));
    }
    mark(AnnexLineKind::kTotal);
  }

  DeliberationTextImport& out_;
  annex_import::AnnexBuilder builder_;
};

}  // namespace

Status read_annex_table(const std::vector<std::string_view>& lines, std::string_view file_name,
                        const ProgrammeId& programme, DeliberationTextImport& out) {
  // The start: the annex heading, or else the first table line holding an
  // operation cell (a table printed without its heading).
  std::optional<std::size_t> start;
  bool titled = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_annex_title(lines[i])) {
      start = i;
      titled = true;
      break;
    }
  }
  if (!start) {
    for (std::size_t i = 0; i < lines.size() && !start; ++i) {
      if (!has_tab(lines[i])) continue;
      for (const Cell& cell : split_cells(lines[i])) {
        if (read_operation_cell(cell.text)) {
          start = i;
          break;
        }
      }
    }
    // Take in the theme heading and column header printed just above.
    while (start && *start > 0 && is_table_line(lines[*start - 1])) --*start;
  }
  if (!start) {
    return Error(ErrorCode::kMissingField,
                 "aucune annexe de répartition financière trouvée : ni titre « Annexe N : … "
                 "REPARTITION FINANCIERE … », ni tableau à colonnes séparées par des tabulations "
                 "contenant une cellule « Opération N : … »",
                 Location{std::string(file_name), 0, 0, {}});
  }
  // The end: the last table line before a line of text that no table line
  // follows (a stray line inside the table is kept, to be listed unparsed).
  std::size_t end = *start;
  for (std::size_t i = *start + 1; i < lines.size(); ++i) {
    if (is_blank(lines[i])) continue;
    if (is_table_line(lines[i])) {
      end = i;
      continue;
    }
    std::size_t next = i + 1;
    while (next < lines.size() && is_blank(lines[next])) ++next;
    if (next < lines.size() && has_tab(lines[next])) continue;
    break;
  }
  out.annex_from_line = static_cast<int>(*start) + 1;
  out.annex_to_line = static_cast<int>(end) + 1;
  ProgrammeDataset& dataset = out.dataset;
  TableReader reader(programme, out);
  std::size_t first = *start;
  if (titled) {
    const std::string title(trim_cell(lines[*start]));
    dataset.annex.title =
        PrintedBlock{title, SourceLines{out.annex_from_line, out.annex_from_line}, std::nullopt};
    static const std::regex number_pattern(R"(^annexe ([0-9]{1,2}))");
    std::smatch match;
    const std::string folded = fold_text(title);
    dataset.annex.annex =
        std::regex_search(folded, match, number_pattern) ? std::stoi(match[1].str()) : 0;
    out.kinds.push_back(AnnexLineKind::kTitle);
    ++first;
  }
  for (std::size_t i = first; i <= end; ++i) reader.read_line(lines[i], static_cast<int>(i) + 1);
  reader.finish();
  if (dataset.rows.empty()) {
    return Error(ErrorCode::kMissingField,
                 fmt::format("l'annexe de répartition financière (lignes {} à {}) ne contient "
                             "aucune ligne de répartition lisible ({} lignes non reconnues)",
                             out.annex_from_line, out.annex_to_line, out.unparsed.size()),
                 Location{std::string(file_name), out.annex_from_line, 0, {}});
  }
  return ok_status();
}

}  // namespace octroi::text_import
