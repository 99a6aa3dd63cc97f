// One sheet of an XLSX workbook as table lines: the zip is read by the
// documents' reader (docs/zip_archive.h: zip bomb and entry-name checks), the
// parts (workbook, relationships, shared strings, sheet) by pugixml.
#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <pugixml.hpp>

#include "base/text.h"
#include "docs/zip_archive.h"
#include "import/table/table_content.h"

namespace octroi::table_import {

namespace {

// A sheet wider than this is refused: an annex has a dozen columns, and the
// lines are kept dense.
constexpr std::size_t kMaximumColumns = 256;
// Cells a merged range may fill; beyond, the workbook is refused.
constexpr std::size_t kMaximumMergedCells = 100000;

Error part_error(std::string_view file_name, std::string_view part, std::string_view what) {
  return Error(ErrorCode::kParse,
               fmt::format("classeur « {} » : partie « {} » {}", file_name, part, what),
               Location{std::string(file_name), 0, 0, std::string(part)});
}

Result<pugi::xml_document> parse_part(const docs::ZipArchive& archive, std::string_view file_name,
                                      const std::string& part, bool required) {
  pugi::xml_document document;
  const docs::ZipEntry* entry = archive.find(part);
  if (entry == nullptr) {
    if (!required) return document;
    return part_error(file_name, part, "absente : ce n'est pas un classeur XLSX");
  }
  const pugi::xml_parse_result parsed =
      document.load_buffer(entry->contents.data(), entry->contents.size(), pugi::parse_default);
  if (!parsed) {
    return part_error(file_name, part,
                      fmt::format("illisible ({}, octet {})", parsed.description(),
                                  static_cast<long long>(parsed.offset)));
  }
  return document;
}

// The text of a shared or inline string: every <t>, phonetic runs excluded.
std::string string_item(const pugi::xml_node& item) {
  std::string text;
  for (const pugi::xml_node& child : item.children()) {
    const std::string_view name = child.name();
    if (name == "t") {
      text += child.text().get();
    } else if (name == "r") {
      text += child.child("t").text().get();
    }
  }
  return text;
}

// "B12" -> column 1, row 12; false when not a cell reference.
bool parse_reference(std::string_view reference, std::size_t& column, long& row) {
  std::size_t i = 0;
  column = 0;
  while (i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z') {
    column = column * 26 + static_cast<std::size_t>(reference[i] - 'A' + 1);
    if (column > 20000) return false;
    ++i;
  }
  if (i == 0 || i == reference.size()) return false;
  row = 0;
  for (; i < reference.size(); ++i) {
    if (reference[i] < '0' || reference[i] > '9') return false;
    row = row * 10 + (reference[i] - '0');
    if (row > 10000000) return false;
  }
  if (row == 0) return false;
  column -= 1;
  return true;
}

// A number as stored ("1234.56", "4.5E-2", "7845.9899999999998") as a
// decimal with a comma, rounded to the 15 significant digits spreadsheets
// show ("1234,56", "0,045", "7845,99"); the text as is when not a number.
std::string spreadsheet_number(std::string_view stored) {
  std::size_t i = 0;
  bool negative = false;
  if (i < stored.size() && (stored[i] == '-' || stored[i] == '+')) negative = stored[i++] == '-';
  std::string digits;
  long point = -1;  // digits before the decimal point
  for (; i < stored.size(); ++i) {
    const char c = stored[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '.' && point < 0) {
      point = static_cast<long>(digits.size());
    } else {
      break;
    }
  }
  if (point < 0) point = static_cast<long>(digits.size());
  long exponent = 0;
  if (i < stored.size() && (stored[i] == 'E' || stored[i] == 'e')) {
    ++i;
    bool minus = false;
    if (i < stored.size() && (stored[i] == '-' || stored[i] == '+')) minus = stored[i++] == '-';
    std::size_t start = i;
    for (; i < stored.size() && stored[i] >= '0' && stored[i] <= '9' && i - start < 4; ++i) {
      exponent = exponent * 10 + (stored[i] - '0');
    }
    if (i == start) return std::string(stored);
    if (minus) exponent = -exponent;
  }
  if (digits.empty() || i != stored.size()) return std::string(stored);
  point += exponent;
  // Leading zeros out; round half up to 15 significant digits.
  std::size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0') ++lead;
  digits.erase(0, lead);
  point -= static_cast<long>(lead);
  if (digits.empty()) return "0";
  constexpr std::size_t kSignificant = 15;
  if (digits.size() > kSignificant) {
    const bool up = digits[kSignificant] >= '5';
    digits.resize(kSignificant);
    if (up) {
      std::size_t k = kSignificant;
      while (k > 0 && digits[k - 1] == '9') digits[--k] = '0';
      if (k == 0) {
        digits.insert(digits.begin(), '1');
        digits.pop_back();
        ++point;
      } else {
        ++digits[k - 1];
      }
    }
  }
  if (point > 30 || point < -30) return std::string(stored);
  std::string integer;
  std::string fraction;
  for (long k = 0; k < std::max<long>(point, 0); ++k) {
    integer += k < static_cast<long>(digits.size()) ? digits[static_cast<std::size_t>(k)] : '0';
  }
  if (integer.empty()) integer = "0";
  if (point < 0) fraction.assign(static_cast<std::size_t>(-point), '0');
  for (long k = std::max<long>(point, 0); k < static_cast<long>(digits.size()); ++k) {
    fraction += digits[static_cast<std::size_t>(k)];
  }
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string text = negative ? "-" : "";
  text += integer;
  if (!fraction.empty()) text += "," + fraction;
  return text;
}

struct SheetChoice {
  std::string name;
  std::string part;  // "xl/worksheets/sheet1.xml"
};

Result<SheetChoice> choose_sheet(const docs::ZipArchive& archive, std::string_view file_name,
                                 std::string_view wanted, std::vector<std::string>& names) {
  OCTROI_TRY(pugi::xml_document workbook, parse_part(archive, file_name, "xl/workbook.xml", true));
  OCTROI_TRY(pugi::xml_document relationships,
             parse_part(archive, file_name, "xl/_rels/workbook.xml.rels", false));
  std::map<std::string, std::string> targets;
  for (const pugi::xml_node& relationship :
       relationships.child("Relationships").children("Relationship")) {
    std::string target = relationship.attribute("Target").value();
    if (target.rfind('/', 0) == 0) {
      target.erase(0, 1);
    } else {
      target.insert(0, "xl/");
    }
    targets[relationship.attribute("Id").value()] = target;
  }
  std::optional<SheetChoice> chosen;
  std::size_t index = 0;
  for (const pugi::xml_node& sheet : workbook.child("workbook").child("sheets").children("sheet")) {
    ++index;
    const std::string name = sheet.attribute("name").value();
    names.push_back(name);
    if (chosen) continue;
    if (!wanted.empty() && name != wanted && fold_text(name) != fold_text(wanted)) continue;
    auto target = targets.find(sheet.attribute("r:id").value());
    chosen = SheetChoice{name, target != targets.end()
                                   ? target->second
                                   : fmt::format("xl/worksheets/sheet{}.xml", index)};
  }
  if (!chosen) {
    std::string listed;
    for (const std::string& name : names) {
      listed += fmt::format("{}« {} »", listed.empty() ? "" : ", ", name);
    }
    if (wanted.empty()) {
      return part_error(file_name, "xl/workbook.xml", "ne déclare aucune feuille");
    }
    return Error(ErrorCode::kNotFound,
                 fmt::format("classeur « {} » : pas de feuille « {} » (feuilles : {})", file_name,
                             wanted, listed.empty() ? "aucune" : listed),
                 Location{std::string(file_name), 0, 0, "--sheet"});
  }
  return *chosen;
}

}  // namespace

std::string column_letters(std::size_t column) {
  std::string letters;
  ++column;
  while (column > 0) {
    const std::size_t rest = (column - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + rest));
    column = (column - 1) / 26;
  }
  return letters;
}

Result<TableContent> read_xlsx_table(std::string_view bytes, std::string_view file_name,
                                     std::string_view sheet) {
  docs::ZipLimits limits;
  limits.noun = "classeur";
  Result<docs::ZipArchive> archive = docs::ZipArchive::read(bytes, file_name, limits);
  if (!archive.ok()) {
    return Error(archive.error().code(), archive.error().message(),
                 Location{std::string(file_name), 0, 0, ""});
  }
  TableContent content;
  content.spreadsheet = true;
  OCTROI_TRY(SheetChoice choice, choose_sheet(*archive, file_name, sheet, content.sheets));
  content.sheet = choice.name;

  std::vector<std::string> shared;
  {
    OCTROI_TRY(pugi::xml_document strings,
               parse_part(*archive, file_name, "xl/sharedStrings.xml", false));
    for (const pugi::xml_node& item : strings.child("sst").children("si")) {
      shared.push_back(string_item(item));
    }
  }
  OCTROI_TRY(pugi::xml_document document, parse_part(*archive, file_name, choice.part, true));
  const pugi::xml_node worksheet = document.child("worksheet");
  std::map<long, std::map<std::size_t, TableCell>> cells;  // row -> column -> cell
  long next_row = 1;
  for (const pugi::xml_node& row : worksheet.child("sheetData").children("row")) {
    long row_number = row.attribute("r").as_int(static_cast<int>(next_row));
    if (row_number < 1 || row_number > 10000000) row_number = next_row;
    next_row = row_number + 1;
    std::size_t next_column = 0;
    for (const pugi::xml_node& cell : row.children("c")) {
      std::size_t column = next_column;
      long reference_row = row_number;
      const char* reference = cell.attribute("r").value();
      if (*reference != '\0' && !parse_reference(reference, column, reference_row)) {
        return part_error(
            file_name, choice.part,
            fmt::format("contient une référence de cellule illisible « {} »", reference));
      }
      next_column = column + 1;
      const std::string_view type = cell.attribute("t").value();
      TableCell value;
      if (type == "s") {
        const unsigned long index = cell.child("v").text().as_ullong(~0ULL);
        if (index >= shared.size()) {
          return part_error(file_name, choice.part,
                            fmt::format("renvoie à une chaîne partagée absente (cellule {}{})",
                                        column_letters(column), row_number));
        }
        value.text = shared[index];
      } else if (type == "inlineStr") {
        value.text = string_item(cell.child("is"));
      } else if (type == "str" || type == "e" || type == "d") {
        value.text = cell.child("v").text().get();
      } else if (type == "b") {
        value.text = std::string_view(cell.child("v").text().get()) == "1" ? "VRAI" : "FAUX";
      } else {
        const std::string_view stored = cell.child("v").text().get();
        if (!stored.empty()) {
          value.text = spreadsheet_number(stored);
          value.number = true;
        }
      }
      if (value.text.empty()) continue;
      if (column >= kMaximumColumns) {
        return part_error(
            file_name, choice.part,
            fmt::format("a une cellule remplie au-delà de la colonne {} ({}{})",
                        column_letters(kMaximumColumns - 1), column_letters(column), row_number));
      }
      cells[row_number][column] = std::move(value);
    }
  }
  // Merged cells: the top-left value fills the range (carried down and across).
  std::size_t filled = 0;
  for (const pugi::xml_node& merge : worksheet.child("mergeCells").children("mergeCell")) {
    const std::string range = merge.attribute("ref").value();
    const std::size_t colon = range.find(':');
    std::size_t first_column = 0;
    std::size_t last_column = 0;
    long first_row = 0;
    long last_row = 0;
    if (colon == std::string::npos ||
        !parse_reference(std::string_view(range).substr(0, colon), first_column, first_row) ||
        !parse_reference(std::string_view(range).substr(colon + 1), last_column, last_row) ||
        last_column < first_column || last_row < first_row) {
      return part_error(file_name, choice.part,
                        fmt::format("déclare une fusion de cellules illisible « {} »", range));
    }
    auto row = cells.find(first_row);
    if (row == cells.end()) continue;
    auto origin = row->second.find(first_column);
    if (origin == row->second.end()) continue;
    const TableCell value = origin->second;
    last_column = std::min(last_column, kMaximumColumns - 1);
    for (long r = first_row; r <= last_row; ++r) {
      for (std::size_t c = first_column; c <= last_column; ++c) {
        if (++filled > kMaximumMergedCells) {
          return part_error(file_name, choice.part,
                            fmt::format("fusionne plus de {} cellules", kMaximumMergedCells));
        }
        cells[r].emplace(c, value);
      }
    }
  }
  content.lines.reserve(cells.size());
  for (auto& [number, row] : cells) {
    TableLine line;
    line.line = static_cast<int>(number);
    line.cells.resize(row.rbegin()->first + 1);
    for (auto& [column, cell] : row) line.cells[column] = std::move(cell);
    content.lines.push_back(std::move(line));
  }
  return content;
}

}  // namespace octroi::table_import
