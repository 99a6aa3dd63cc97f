// The table reader: builds a programme from an annex kept as a table by
// staff — a CSV file (',' or ';', decimal comma or point, quoted fields,
// UTF-8 with or without BOM, or Windows-1252) or one sheet of an XLSX
// workbook (merged cells carried down) — such as `octroi docs annex --format
// csv|xlsx` writes. The header row is found among the first lines and mapped
// to our fields by French synonyms (docs/import.md); themes and operations
// come from their columns or from heading rows ("1. …", "Opération 2 : …");
// total rows ("Sous total", "Total opération 2", "TOTAL GÉNÉRAL") are declared
// totals, never awards. The programme's identity (title, session date,
// deliberation number, body, authority) comes from the table's columns when
// it has them, else from TableIdentity (the options of `octroi import`).
// Nothing is dropped silently: every line after the header is imported,
// recognised or listed in `unparsed` with its line (CSV) or cell
// ("Feuille1!B12", XLSX) and the reason, in French.
// Thread safety: the functions share no state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "import/text/deliberation_text.h"

namespace octroi {

enum class TableFormat {
  kCsv,   // a CSV file
  kXlsx,  // an Office Open XML workbook
};

// What a table does not hold, given on the command line; a column of the
// table wins over these.
struct TableIdentity {
  std::optional<std::string> title{};                // "Appels à projets … 2023 - phase 4"
  std::optional<std::string> session_date{};         // "18/09/2023", "2023-09-18"
  std::optional<std::string> deliberation_number{};  // "2023-405"
  std::optional<std::string> body{};       // "commission_permanente", "Conseil départemental"
  std::optional<std::string> authority{};  // "Département du Pas-de-Calais"
  std::optional<std::string> sheet{};      // XLSX: the sheet to read (default: the first)
  bool empty() const {
    return !title && !session_date && !deliberation_number && !body && !authority && !sheet;
  }
};

// A column of the table and the field it was read as.
struct TableColumn {
  std::string header{};  // as printed
  std::string field{};   // French name of our field (« montant »), "" when ignored
};

struct TableImport {
  ProgrammeDataset dataset{};
  TableFormat format = TableFormat::kCsv;
  std::string file_name{};
  std::string encoding{};  // CSV: « UTF-8 », « UTF-8 avec BOM », « Windows-1252 »
  char separator = '\0';   // CSV
  std::string sheet{};     // XLSX
  int header_line = 0;     // CSV line or spreadsheet row of the header
  int last_line = 0;
  std::vector<TableColumn> columns{};
  std::vector<std::string> notes{};    // what the reader tolerated or took from the options
  std::vector<AnnexLineKind> kinds{};  // one per line read after the header
  std::vector<UnparsedLine> unparsed{};
  std::vector<TotalMismatch> mismatches{};
  std::vector<UnreadableValue> unreadable{};
};

// Reads a table. `programme_id` names the programme; `file_name` is used in
// messages and as the programme's source document. Errors (the whole table is
// refused), naming the file: unreadable bytes (see table_content.h); no header
// with the required columns (kMissingField, listing the headers found); no
// award row (kMissingField); an identity still incomplete (kMissingField,
// naming the options to give) or refused by the domain (kInvalidValue).
Result<TableImport> read_annex_table_file(std::string_view programme_id, std::string_view file_name,
                                          std::string_view bytes, TableFormat format,
                                          const TableIdentity& identity);

}  // namespace octroi
