// What a table's columns and cells mean (see table_import.h): our fields and
// the French header synonyms that name them, the header line found and
// mapped, total-row labels, the "type de ligne" column, dates printed or as
// spreadsheet serials.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "import/annex/annex_builder.h"
#include "import/table/table_content.h"
#include "import/table/table_import.h"

namespace octroi::table_import {

enum class Field {
  kTheme,
  kOperation,
  kTerritory,
  kStructure,
  kOrganisationId,
  kSiret,
  kDescription,
  kQuantity,
  kUnit,
  kPeriod,
  kPeriodStart,
  kPeriodEnd,
  kAmount,
  kInstrument,
  kRowKind,
  kTitle,
  kAuthority,
  kBody,
  kSessionDate,
  kDeliberation,
  kBudgetLine,
};
constexpr std::size_t kFieldCount = 21;

// The programme's identity, when a table states it.
constexpr std::array<Field, 5> kIdentityFields{
    {Field::kTitle, Field::kAuthority, Field::kBody, Field::kSessionDate, Field::kDeliberation}};

// "thématique", "montant": our field's French name, as messages print it.
std::string_view name_of(Field field);

// "Montant (€)" -> "montant"; "N° SIRET" -> "n siret": folded, without a
// trailing space.
std::string normalise_header(std::string_view text);

// The columns of a header line: field -> column index (the first column of a
// field wins; the others are ignored and noted).
struct HeaderMap {
  std::array<std::optional<std::size_t>, kFieldCount> column{};
  std::vector<std::string> notes{};
  int mapped = 0;
  bool has(Field field) const { return column[static_cast<std::size_t>(field)].has_value(); }
};

// Maps a header line; `columns` (when given) receives each header and the
// field it was read as.
HeaderMap map_header(const TableLine& line, std::vector<TableColumn>* columns);

// The header line: among the first 30, the first holding the required
// columns (structure, montant); else kMissingField naming the line that came
// closest and the headers it has.
Result<std::size_t> find_header(const TableContent& content, std::string_view file_name);

// The line's cells joined by tabs, as the unparsed report shows a line.
std::string joined(const TableLine& line);

// A total row's label: "Sous total", "TOTAL", "Total opération 2",
// "Total thématique 1", "TOTAL GÉNÉRAL".
std::optional<annex_import::TotalKind> total_kind(std::string_view cell);

// The "type de ligne" column as the CSV export writes it: an award
// (nullopt inside), a kind of total, or nullopt when unknown.
std::optional<std::optional<annex_import::TotalKind>> row_kind(std::string_view cell);

// "Aucun" (the XLSX annex's label for a row without act), "néant", "sans".
bool is_no_instrument(std::string_view text);

// Digits only, at most `at_most` of them.
bool is_digits(std::string_view text, std::size_t at_most);

// A date cell: printed ("18/09/2023", "2023-09-18") or a spreadsheet serial.
Result<Date> read_date(const TableCell& cell, std::string_view text);

constexpr std::string_view kNoTerritoryColumnNote =
    "pas de colonne territoire : chaque ligne est rattachée au Département entier";

}  // namespace octroi::table_import
