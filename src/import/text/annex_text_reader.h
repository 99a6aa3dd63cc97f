// Private to the text reader: the financial annex table and the small text
// helpers shared with the identity reader (deliberation_text.cc).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/dataset_reference.h"
#include "import/text/deliberation_text.h"

namespace octroi::text_import {

// The lines of `content`, without their end of line ("\n" or "\r\n"); a last
// line without newline counts.
std::vector<std::string_view> split_lines(std::string_view content);

// `text` without leading and trailing spaces, tabs, no-break spaces and "**"
// (the emphasis marks of the delivered text).
std::string_view trim_cell(std::string_view text);

// A territory cell as documents print it: "Artois", "Département",
// "MULTI-TERRITOIRE (hors Montreuillois/Ternois)", "LENS HENIN", misspellings
// one letter away from a territory ("Bouloonnais"), with a note saying how it
// was read. nullopt when the text is not a territory.
std::optional<TerritoryReference> read_territory_cell(std::string_view printed);

// Reads the first financial annex table of `lines` into `out` (annex header,
// themes, operations, organisations, sections, rows, totals, the line kinds,
// unparsed lines, mismatches). kMissingField naming `file_name` when the text
// holds no such table.
Status read_annex_table(const std::vector<std::string_view>& lines, std::string_view file_name,
                        const ProgrammeId& programme, DeliberationTextImport& out);

}  // namespace octroi::text_import
