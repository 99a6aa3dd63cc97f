// Private to the table reader: the cells of a CSV file or of one XLSX sheet,
// line by line, decoded to UTF-8, before any meaning is given to them
// (table_reader.cc maps the header and builds the programme).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace octroi::table_import {

struct TableCell {
  std::string text{};   // UTF-8; a spreadsheet number as "1234,5" (decimal comma)
  bool number = false;  // a spreadsheet number (an Excel date is a serial number)
};

struct TableLine {
  int line = 0;  // CSV: line of the record's first field; XLSX: row number (1-based)
  std::vector<TableCell> cells{};  // by column, from A / the first field
  // What the CSV reader tolerated in this line ("text after a closing
  // quote"), with the column (French): the line is listed, not imported.
  std::vector<std::string> issues{};
};

struct TableContent {
  bool spreadsheet = false;
  std::string sheet{};                // XLSX: the sheet read
  std::vector<std::string> sheets{};  // XLSX: every sheet, in workbook order
  std::vector<TableLine> lines{};     // non-empty lines only for XLSX; every record for CSV
  char separator = '\0';              // CSV: ',' or ';'
  std::string encoding{};             // CSV: « UTF-8 », « UTF-8 avec BOM », « Windows-1252 »
  std::int64_t windows1252_fields = 0;
};

// Reads CSV bytes with the open-data CSV reader (separator ',' or ';',
// quoting, BOM, Windows-1252). kParse naming `file_name` and the line for a
// quote left open or a file mixing UTF-8 and Windows-1252 text.
Result<TableContent> read_csv_table(std::string_view bytes, std::string_view file_name);

// Reads one sheet of XLSX bytes (`sheet` by name, accents and case ignored;
// empty: the first). Merged cells take the value of their top-left cell.
// kArchiveInvalid naming `file_name` for bytes that are not a zip, a zip bomb
// or unsafe entry names; kParse for a workbook part that is missing or not
// XML; kNotFound listing the sheets for an unknown sheet.
Result<TableContent> read_xlsx_table(std::string_view bytes, std::string_view file_name,
                                     std::string_view sheet);

// "A" for 0, "AB" for 27.
std::string column_letters(std::size_t column);

}  // namespace octroi::table_import
