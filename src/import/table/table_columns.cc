#include "import/table/table_columns.h"

#include <algorithm>
#include <fmt/format.h>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"

namespace octroi::table_import {
namespace {

using annex_import::TotalKind;

// Our fields' French names, as messages and the report print them.
constexpr std::array<std::string_view, kFieldCount> kFieldNames{{
    "thématique",
    "opération",
    "territoire",
    "structure",
    "identifiant de la structure",
    "SIRET",
    "description",
    "quantité",
    "unité",
    "période",
    "début de période",
    "fin de période",
    "montant",
    "convention",
    "type de ligne",
    "titre du programme",
    "collectivité",
    "organe délibérant",
    "date de séance",
    "numéro de délibération",
    "ligne budgétaire",
}};

struct Synonym {
  std::string_view header;  // normalised: folded, words of letters and digits
  Field field;
};

// Header texts, normalised by normalise_header ("Montant (€)" -> "montant").
constexpr std::array<Synonym, 79> kSynonyms{{
    {"thematique", Field::kTheme},
    {"theme", Field::kTheme},
    {"n thematique", Field::kTheme},
    {"numero thematique", Field::kTheme},
    {"axe", Field::kTheme},
    {"operation", Field::kOperation},
    {"n operation", Field::kOperation},
    {"action", Field::kOperation},
    {"dispositif", Field::kOperation},
    {"territoire", Field::kTerritory},
    {"territoires", Field::kTerritory},
    {"territoire d intervention", Field::kTerritory},
    {"secteur", Field::kTerritory},
    {"structure", Field::kStructure},
    {"structures", Field::kStructure},
    {"organisme", Field::kStructure},
    {"organisme porteur", Field::kStructure},
    {"porteur", Field::kStructure},
    {"porteur de projet", Field::kStructure},
    {"porteur du projet", Field::kStructure},
    {"beneficiaire", Field::kStructure},
    {"structure porteuse", Field::kStructure},
    {"nom de la structure", Field::kStructure},
    {"raison sociale", Field::kStructure},
    {"identifiant structure", Field::kOrganisationId},
    {"identifiant de la structure", Field::kOrganisationId},
    {"siret", Field::kSiret},
    {"n siret", Field::kSiret},
    {"numero siret", Field::kSiret},
    {"description", Field::kDescription},
    {"objet", Field::kDescription},
    {"description objet", Field::kDescription},
    {"objet de la subvention", Field::kDescription},
    {"projet", Field::kDescription},
    {"intitule", Field::kDescription},
    {"intitule du projet", Field::kDescription},
    {"libelle", Field::kDescription},
    {"quantite", Field::kQuantity},
    {"nombre", Field::kQuantity},
    {"volume", Field::kQuantity},
    {"unite", Field::kUnit},
    {"periode", Field::kPeriod},
    {"periode debut", Field::kPeriodStart},
    {"debut", Field::kPeriodStart},
    {"date de debut", Field::kPeriodStart},
    {"date debut", Field::kPeriodStart},
    {"periode fin", Field::kPeriodEnd},
    {"fin", Field::kPeriodEnd},
    {"date de fin", Field::kPeriodEnd},
    {"date fin", Field::kPeriodEnd},
    {"montant", Field::kAmount},
    {"montant propose", Field::kAmount},
    {"montant retenu", Field::kAmount},
    {"montant accorde", Field::kAmount},
    {"montant attribue", Field::kAmount},
    {"montant eur", Field::kAmount},
    {"montant en euros", Field::kAmount},
    {"montant de la subvention", Field::kAmount},
    {"subvention", Field::kAmount},
    {"participation", Field::kAmount},
    {"convention", Field::kInstrument},
    {"avenant convention", Field::kInstrument},
    {"type de convention", Field::kInstrument},
    {"ligne", Field::kRowKind},
    {"type de ligne", Field::kRowKind},
    {"programme", Field::kTitle},
    {"titre du programme", Field::kTitle},
    {"collectivite", Field::kAuthority},
    {"organe", Field::kBody},
    {"organe deliberant", Field::kBody},
    {"date de seance", Field::kSessionDate},
    {"seance", Field::kSessionDate},
    {"n deliberation", Field::kDeliberation},
    {"numero de deliberation", Field::kDeliberation},
    {"deliberation", Field::kDeliberation},
    {"ligne budgetaire", Field::kBudgetLine},
    {"imputation", Field::kBudgetLine},
    {"imputation budgetaire", Field::kBudgetLine},
    {"code budgetaire", Field::kBudgetLine},
}};

// The headers of a line, quoted, for the missing-column message.
// A header as a message may show it: control characters (a binary file
// read as text) become U+FFFD, and at most 40 bytes, never cutting a character.
std::string printable_header(std::string_view text) {
  constexpr std::size_t kShown = 40;
  std::string shown;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (shown.size() >= kShown && (byte & 0xC0) != 0x80) return shown + "…";
    if (byte < 0x20 || byte == 0x7F) {
      shown += "\uFFFD";
    } else {
      shown += text[i];
    }
  }
  return shown;
}

// The non-blank cells of a line, each quoted, the first 12.
std::string quoted_list(const TableLine& line) {
  constexpr int kListed = 12;
  std::string list;
  int listed = 0;
  int more = 0;
  for (const TableCell& cell : line.cells) {
    const std::string_view text = text_import::trim_cell(cell.text);
    if (text.empty()) continue;
    if (listed == kListed) {
      ++more;
      continue;
    }
    ++listed;
    list += fmt::format("{}« {} »", list.empty() ? "" : ", ", printable_header(text));
  }
  if (more > 0) list += fmt::format(" et {} autre(s)", more);
  return list.empty() ? std::string("aucun") : list;
}

}  // namespace

std::string_view name_of(Field field) { return kFieldNames[static_cast<std::size_t>(field)]; }

std::string normalise_header(std::string_view text) {
  std::string normal = fold_text(text);
  while (!normal.empty() && normal.back() == ' ') normal.pop_back();
  return normal;
}

namespace {

std::optional<Field> field_of_header(std::string_view header) {
  const std::string normal = normalise_header(header);
  for (const Synonym& synonym : kSynonyms) {
    if (synonym.header == normal) return synonym.field;
  }
  return std::nullopt;
}

}  // namespace

HeaderMap map_header(const TableLine& line, std::vector<TableColumn>* columns) {
  HeaderMap map;
  for (std::size_t i = 0; i < line.cells.size(); ++i) {
    const std::string header(text_import::trim_cell(line.cells[i].text));
    if (header.empty()) continue;
    std::optional<Field> field = field_of_header(header);
    std::string name;
    if (field) {
      auto& slot = map.column[static_cast<std::size_t>(*field)];
      if (slot) {
        map.notes.push_back(fmt::format("colonne « {} » ignorée : le champ « {} » est déjà lu",
                                        header, name_of(*field)));
      } else {
        slot = i;
        ++map.mapped;
        name = std::string(name_of(*field));
      }
    } else {
      map.notes.push_back(fmt::format("colonne « {} » ignorée : en-tête non reconnu", header));
    }
    if (columns != nullptr) columns->push_back(TableColumn{header, std::move(name)});
  }
  return map;
}

std::string joined(const TableLine& line) {
  std::string text;
  for (std::size_t i = 0; i < line.cells.size(); ++i) {
    if (i > 0) text += '\t';
    text += line.cells[i].text;
  }
  return text;
}

std::optional<TotalKind> total_kind(std::string_view cell) {
  const std::string folded = fold_text(cell);
  if (auto label = text_import::total_label(cell)) {
    if (*label == "sous total" || *label == "sous totaux") return TotalKind::kRows;
    if (*label == "total general") return TotalKind::kProgramme;
    return TotalKind::kInferred;
  }
  if (folded.rfind("total operation", 0) == 0) return TotalKind::kOperation;
  if (folded.rfind("total thematique", 0) == 0) return TotalKind::kTheme;
  return std::nullopt;
}

std::optional<std::optional<TotalKind>> row_kind(std::string_view cell) {
  const std::string folded = fold_text(cell);
  if (folded == "attribution") return std::optional<TotalKind>();
  if (folded == "sous total") return TotalKind::kRows;
  if (folded == "total operation") return TotalKind::kOperation;
  if (folded == "total thematique") return TotalKind::kTheme;
  if (folded == "total general") return TotalKind::kProgramme;
  if (folded == "total") return TotalKind::kInferred;
  return std::nullopt;
}

bool is_no_instrument(std::string_view text) {
  const std::string folded = fold_text(text);
  return folded.empty() || folded == "aucun" || folded == "aucune" || folded == "neant" ||
         folded == "sans";
}

bool is_digits(std::string_view text, std::size_t at_most) {
  return !text.empty() && text.size() <= at_most &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<Date> read_date(const TableCell& cell, std::string_view text) {
  if (cell.number) {
    const std::string_view whole = text.substr(0, text.find(','));
    if (is_digits(whole, 7)) {
      const long serial = std::stol(std::string(whole));
      // The 1900 date system, after its phantom 29 February 1900.
      if (serial >= 61 && serial <= 2958465) return Date::from_days(serial - 25569);
    }
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("« {} » n'est pas une date du tableur", text));
  }
  return import::parse_printed_date(text);
}

Result<std::size_t> find_header(const TableContent& content, std::string_view file_name) {
  constexpr std::size_t kHeaderSearch = 30;
  std::optional<std::size_t> closest;
  int closest_mapped = -1;
  for (std::size_t i = 0; i < content.lines.size() && i < kHeaderSearch; ++i) {
    const HeaderMap map = map_header(content.lines[i], nullptr);
    if (map.has(Field::kStructure) && map.has(Field::kAmount)) return i;
    bool empty = true;
    for (const TableCell& cell : content.lines[i].cells) {
      empty = empty && text_import::trim_cell(cell.text).empty();
    }
    if (!empty && map.mapped > closest_mapped) {
      closest = i;
      closest_mapped = map.mapped;
    }
  }
  if (!closest) {
    return Error(ErrorCode::kMissingField, "tableau vide : aucune ligne d'en-tête",
                 Location{std::string(file_name), 0, 0, {}});
  }
  const TableLine& line = content.lines[*closest];
  const HeaderMap map = map_header(line, nullptr);
  std::string missing;
  if (!map.has(Field::kStructure)) {
    missing += "« structure » (Structure, Organisme, Porteur, Bénéficiaire…)";
  }
  if (!map.has(Field::kAmount)) {
    missing += fmt::format("{}« montant » (Montant, Montant proposé, Montant retenu, Montant (€)…)",
                           missing.empty() ? "" : " et ");
  }
  return Error(ErrorCode::kMissingField,
               fmt::format("colonne obligatoire absente : {} ; en-têtes lus {} {} : {}", missing,
                           content.spreadsheet ? fmt::format("feuille « {} », ligne", content.sheet)
                                               : std::string("ligne"),
                           line.line, quoted_list(line)),
               Location{std::string(file_name), line.line, 0, {}});
}

}  // namespace octroi::table_import
