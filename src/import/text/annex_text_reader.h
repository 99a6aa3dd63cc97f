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

// "Opération 2 : Accompagnement social" -> {2, "Opération 2", "Accompagnement social"}.
struct OperationCell {
  int number = 0;
  std::string label;
  std::string title;
};
// nullopt when the cell is not "Opération(s) N ..." (N from 1 to 999).
std::optional<OperationCell> read_operation_cell(std::string_view cell);

// "1. Accompagnement des bénéficiaires du RSA : ..." -> {1, "1.", "Accompagnement ..."}.
struct ThemeHeading {
  int number = 0;
  std::string label;
  std::string title;
};
std::optional<ThemeHeading> read_theme_heading(std::string_view cell);

// "TOTAL", "Sous total", "TOTAL GENERAL", "Sous totaux" -> the folded label.
std::optional<std::string> total_label(std::string_view cell);

// An amount as the annex prints it: digits with "€", "euros" or a decimal comma.
bool looks_like_amount(std::string_view cell);

// "Convention type", "Convention annexe 7", "Avenant annexe 6" -> the instrument.
std::optional<AnnexInstrument> read_instrument(std::string_view cell);

// An organisation's id from its printed name: folded to lower-case ASCII
// words joined by "-", without the elided particles « d' » and « l' », without
// a leading « Association », a leading legal form abbreviated (« Communauté de
// communes » cc, « Communauté d'agglomération » ca, « Communauté urbaine » cu,
// « Centre communal / intercommunal d'action sociale » ccas / cias, « Syndicat
// intercommunal à vocation multiple / unique » sivom / sivu) and the particle
// after it (« de », « du », « des », « de la », also after « CCAS » or
// « Commune ») dropped: "CCAS d'Isbergues" -> "ccas-isbergues",
// "Communauté de Communes du Pays de LUMBRES" -> "cc-pays-de-lumbres". At most
// 100 characters; "" when nothing is left.
std::string organisation_slug(std::string_view name);

// The quantities "N unit" of a description, for the units of
// docs/data-format.md 4.8 ("50 places d'accompagnement", "pour 8,10 ETP").
std::vector<PrintedQuantity> read_quantities(std::string_view text, int line);

// A unit as a table or a description writes it ("places", "place", "ETP",
// "full_time_equivalents"), accents and case ignored; nullopt when unknown.
std::optional<QuantityUnit> read_unit(std::string_view text);

// The programme a deliberation is about: `title` is the printed title (also
// the call's name), year and phase read in it ("... 2023-PHASE 4"; else the
// session's year and phase 1), the authority's display name from its printed
// form ("DEPARTEMENT DU PAS-DE-CALAIS" -> "Département du Pas-de-Calais").
// The domain's errors otherwise.
Result<Programme> programme_from_title(std::string_view programme_id, const std::string& title,
                                       const std::string& authority_printed, Date session_date);

// Reads the first financial annex table of `lines` into `out` (annex header,
// themes, operations, organisations, sections, rows, totals, the line kinds,
// unparsed lines, mismatches). kMissingField naming `file_name` when the text
// holds no such table.
Status read_annex_table(const std::vector<std::string_view>& lines, std::string_view file_name,
                        const ProgrammeId& programme, DeliberationTextImport& out);

}  // namespace octroi::text_import
