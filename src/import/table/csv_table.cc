// A CSV file as table lines, read by the open-data streaming reader
// (opendata/csv_reader.h), which detects the separator, the byte order mark
// and Windows-1252 fields.
#include <algorithm>
#include <fmt/format.h>

#include "base/csv_cell.h"
#include "import/table/table_content.h"
#include "opendata/csv_reader.h"

namespace octroi::table_import {

namespace {

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

Result<TableContent> read_csv_table(std::string_view bytes, std::string_view file_name) {
  // A text never holds a NUL byte: this is a binary file (a workbook saved
  // under a .csv name, a PDF…), refused before its bytes reach a message.
  if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    const std::string_view before = bytes.substr(0, nul);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t line_start = before.find_last_of('\n');
    const int column =
        static_cast<int>(line_start == std::string_view::npos ? nul + 1 : nul - line_start);
    return Error(ErrorCode::kParse,
                 fmt::format("octet nul à l'octet {} : ce n'est pas un fichier texte CSV (un "
                             "classeur XLSX ou un PDF renommé en .csv ?)",
                             nul + 1),
                 Location{std::string(file_name), line, column, ""});
  }
  CsvOptions options;
  options.skip_empty_lines = false;
  CsvReader reader(std::make_unique<StringByteSource>(std::string(bytes)), std::string(file_name),
                   options);
  TableContent content;
  CsvRecord record;
  // The first field of each encoding, to name both when a file mixes them.
  int first_utf8_line = 0;
  int first_utf8_column = 0;
  int first_windows_line = 0;
  int first_windows_column = 0;
  while (true) {
    OCTROI_TRY(bool more, reader.next(record));
    if (!more) break;
    TableLine line;
    line.line = record.line;
    line.cells.reserve(record.fields.size());
    for (const CsvField& field : record.fields) {
      if (field.windows1252 && first_windows_line == 0) {
        first_windows_line = field.line;
        first_windows_column = field.column;
      } else if (!field.windows1252 && first_utf8_line == 0 && !is_ascii(field.text)) {
        first_utf8_line = field.line;
        first_utf8_column = field.column;
      }
      // An apostrophe our exports put before a formula-like text comes off
      // (base/csv_cell.h): the annex exported then imported is the same.
      line.cells.push_back(TableCell{std::string(csv_cell_text(field.text)), false});
    }
    for (const CsvIssue& issue : record.issues) {
      line.issues.push_back(fmt::format("colonne {} : {}", issue.column, issue.message));
    }
    content.lines.push_back(std::move(line));
  }
  const bool bom = reader.encoding() == CsvEncoding::kUtf8WithBom;
  if (first_windows_line != 0 && (first_utf8_line != 0 || bom)) {
    const int line = first_utf8_line != 0 ? first_utf8_line : 1;
    return Error(ErrorCode::kParse,
                 fmt::format("encodages mélangés : texte en UTF-8 {} et en Windows-1252 ligne {}, "
                             "colonne {} ; enregistrez le fichier dans un seul encodage (UTF-8 de "
                             "préférence)",
                             first_utf8_line != 0
                                 ? fmt::format("ligne {}, colonne {}", line, first_utf8_column)
                                 : std::string("(marque d'ordre des octets)"),
                             first_windows_line, first_windows_column),
                 Location{std::string(file_name), first_windows_line, first_windows_column, ""});
  }
  content.separator = reader.separator();
  content.windows1252_fields = reader.windows1252_fields();
  content.encoding = first_windows_line != 0 ? "Windows-1252" : bom ? "UTF-8 avec BOM" : "UTF-8";
  return content;
}

}  // namespace octroi::table_import
