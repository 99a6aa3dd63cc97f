// The table reader (see table_import.h): header mapping by French synonyms,
// then each line classified and handed to the annex builder shared with the
// deliberation text reader.
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>

#include "base/text.h"
#include "domain/deliberation_number.h"
#include "domain/siret.h"
#include "import/annex/annex_builder.h"
#include "import/dataset/printed_grammar.h"
#include "import/table/table_content.h"
#include "import/table/table_import.h"
#include "import/text/annex_text_reader.h"
#include "money/parse.h"

namespace octroi {

namespace {

using annex_import::TotalKind;
using table_import::TableCell;
using table_import::TableContent;
using table_import::TableLine;

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
};
constexpr std::size_t kFieldCount = 20;

// The programme's identity, when a table states it.
constexpr std::array<Field, 5> kIdentityFields{
    {Field::kTitle, Field::kAuthority, Field::kBody, Field::kSessionDate, Field::kDeliberation}};

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
}};

struct Synonym {
  std::string_view header;  // normalised: folded, words of letters and digits
  Field field;
};

// Header texts, normalised by normalise_header ("Montant (€)" -> "montant").
constexpr std::array<Synonym, 75> kSynonyms{{
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
}};

std::string_view name_of(Field field) { return kFieldNames[static_cast<std::size_t>(field)]; }

// "Montant (€)" -> "montant"; "N° SIRET" -> "n siret": folded, without a
// trailing space.
std::string normalise_header(std::string_view text) {
  std::string normal = fold_text(text);
  while (!normal.empty() && normal.back() == ' ') normal.pop_back();
  return normal;
}

std::optional<Field> field_of_header(std::string_view header) {
  const std::string normal = normalise_header(header);
  for (const Synonym& synonym : kSynonyms) {
    if (synonym.header == normal) return synonym.field;
  }
  return std::nullopt;
}

// The columns of a header line: field -> column index (the first column of a
// field wins; the others are ignored and noted).
struct HeaderMap {
  std::array<std::optional<std::size_t>, kFieldCount> column{};
  std::vector<std::string> notes{};
  int mapped = 0;
  bool has(Field field) const { return column[static_cast<std::size_t>(field)].has_value(); }
};

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

std::string quoted_list(const TableLine& line) {
  std::string list;
  for (const TableCell& cell : line.cells) {
    const std::string_view text = text_import::trim_cell(cell.text);
    if (text.empty()) continue;
    list += fmt::format("{}« {} »", list.empty() ? "" : ", ", text);
  }
  return list.empty() ? std::string("aucun") : list;
}

std::string joined(const TableLine& line) {
  std::string text;
  for (std::size_t i = 0; i < line.cells.size(); ++i) {
    if (i > 0) text += '\t';
    text += line.cells[i].text;
  }
  return text;
}

// A total row's label: "Sous total", "TOTAL", "Total opération 2",
// "Total thématique 1", "TOTAL GÉNÉRAL".
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

// The "type de ligne" column as the CSV export writes it.
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

constexpr std::string_view kNoTerritoryColumnNote =
    "pas de colonne territoire : chaque ligne est rattachée au Département entier";

// "Aucun" (the XLSX annex's label for a row without act), "néant", "-".
bool is_no_instrument(std::string_view text) {
  const std::string folded = fold_text(text);
  return folded.empty() || folded == "aucun" || folded == "aucune" || folded == "neant" ||
         folded == "sans";
}

bool all_digits(std::string_view text) {
  return !text.empty() && text.size() <= 3 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A date cell: printed ("18/09/2023", "2023-09-18") or an Excel serial.
Result<Date> read_date(const TableCell& cell, std::string_view text) {
  if (cell.number) {
    const std::string_view whole = text.substr(0, text.find(','));
    if (all_digits(whole) ||
        (whole.size() <= 7 && !whole.empty() &&
         std::all_of(whole.begin(), whole.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
      const long serial = std::stol(std::string(whole));
      // The 1900 date system, after its phantom 29 February 1900.
      if (serial >= 61 && serial <= 2958465) return Date::from_days(serial - 25569);
    }
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("« {} » n'est pas une date du tableur", text));
  }
  return import::parse_printed_date(text);
}

std::string date_text(const Date& date) {
  return fmt::format("{:02}/{:02}/{:04}", date.day(), date.month(), date.year());
}

// The first value of an identity column, and where it was read.
struct Captured {
  std::string text;
  TableCell cell;
  int line = 0;
};

struct GroupKey {
  int number = 0;
  std::string label;
  std::string title;
};

class TableReader {
 public:
  TableReader(const TableContent& content, const HeaderMap& header, TableImport& out,
              const ProgrammeId& programme)
      : content_(content),
        header_(header),
        out_(out),
        builder_(programme, out.dataset, out.mismatches, out.unreadable) {}

  void read_line(const TableLine& line) {
    std::size_t filled = 0;
    std::size_t only = 0;
    bool identity_only = true;
    for (std::size_t i = 0; i < line.cells.size(); ++i) {
      if (text_import::trim_cell(line.cells[i].text).empty()) continue;
      ++filled;
      only = i;
      identity_only = identity_only && is_identity_column(i);
    }
    if (filled == 0) return mark(AnnexLineKind::kBlank);
    if (!line.issues.empty()) return unparsed(line, std::nullopt, line.issues.front());
    capture_identity(line);
    if (identity_only) return mark(AnnexLineKind::kTitle);
    // A heading alone in its line (the grouped layout of the XLSX annex).
    if (filled == 1 && !is_column(only, Field::kAmount)) {
      const std::string_view cell = text_import::trim_cell(line.cells[only].text);
      if (auto heading = text_import::read_theme_heading(cell)) {
        builder_.start_theme(heading->number, heading->label, heading->title, std::string(cell),
                             line.line);
        return mark(AnnexLineKind::kThemeHeading);
      }
      if (auto operation = text_import::read_operation_cell(cell)) {
        if (!builder_.has_section()) {
          return unparsed(line, std::nullopt, "opération avant toute thématique");
        }
        builder_.start_operation(operation->number, operation->label, operation->title, line.line);
        return mark(AnnexLineKind::kThemeHeading);
      }
    }
    if (const std::string_view theme = text(line, Field::kTheme); !theme.empty()) {
      std::optional<GroupKey> key = resolve_theme(theme);
      if (!key) {
        return unparsed(line, Field::kTheme, fmt::format("thématique illisible « {} »", theme));
      }
      if (!builder_.has_section() || builder_.theme() != key->number) {
        builder_.start_theme(key->number, key->label, key->title, std::string(theme), line.line);
      }
    }
    if (const std::string_view operation = text(line, Field::kOperation); !operation.empty()) {
      if (!builder_.has_section()) {
        return unparsed(line, Field::kOperation, "opération sans thématique");
      }
      std::optional<GroupKey> key = resolve_operation(operation);
      if (!key) {
        return unparsed(line, Field::kOperation,
                        fmt::format("opération illisible « {} »", operation));
      }
      if (builder_.operation() != key->number) {
        builder_.start_operation(key->number, key->label, key->title, line.line);
      }
    }
    // A total: by the "type de ligne" column, else by a total label.
    std::optional<TotalKind> total;
    std::optional<std::string> label;
    if (const std::string_view kind = text(line, Field::kRowKind); !kind.empty()) {
      std::optional<std::optional<TotalKind>> read = row_kind(kind);
      if (!read) {
        return unparsed(line, Field::kRowKind,
                        fmt::format("type de ligne inconnu « {} » (attribution, sous-total, total "
                                    "opération, total thématique, total général ou total "
                                    "attendus)",
                                    kind));
      }
      total = *read;
      if (total && !text(line, Field::kStructure).empty()) {
        label = std::string(text(line, Field::kStructure));
      }
    } else {
      for (Field field : {Field::kStructure, Field::kTerritory, Field::kDescription}) {
        const std::string_view cell = text(line, field);
        if (cell.empty()) continue;
        if ((total = total_kind(cell))) {
          label = std::string(cell);
          break;
        }
      }
    }
    const std::string_view amount_text = text(line, Field::kAmount);
    const bool award_cells =
        !text(line, Field::kStructure).empty() || !text(line, Field::kTerritory).empty() ||
        !text(line, Field::kDescription).empty() || !text(line, Field::kInstrument).empty();
    if (!total && text(line, Field::kStructure).empty()) {
      if (amount_text.empty() && !award_cells) return mark(AnnexLineKind::kThemeHeading);
      if (amount_text.empty() || award_cells) {
        return unparsed(line, Field::kStructure, "structure absente");
      }
      total = TotalKind::kInferred;  // an amount alone: a total without label
    }
    if (!builder_.has_section()) {
      return unparsed(line, std::nullopt,
                      "ligne avant toute thématique (ni colonne « thématique » remplie, ni titre "
                      "« N. … » au-dessus)");
    }
    if (amount_text.empty()) {
      return unparsed(line, Field::kAmount,
                      total ? "ligne de total sans montant" : "montant absent");
    }
    Result<Amount> amount = parse_amount(amount_text);
    if (!amount.ok()) {
      return unparsed(line, Field::kAmount,
                      fmt::format("montant illisible : {}", amount.error().message()));
    }
    if (total) {
      if (auto refused = builder_.add_total(std::move(label), *total, std::string(amount_text),
                                            *amount, line.line)) {
        return unparsed(line, std::nullopt, std::move(*refused));
      }
      return mark(AnnexLineKind::kTotal);
    }
    read_award(line, amount_text, *amount);
  }

  void finish() { builder_.finish(); }

  // The first value of each identity column.
  const std::map<Field, Captured>& identity() const { return identity_; }
  const std::optional<Error>& conflict() const { return conflict_; }

 private:
  bool is_column(std::size_t column, Field field) const {
    return header_.column[static_cast<std::size_t>(field)] == column;
  }
  bool is_identity_column(std::size_t column) const {
    return std::any_of(kIdentityFields.begin(), kIdentityFields.end(),
                       [&](Field field) { return is_column(column, field); });
  }

  const TableCell* cell(const TableLine& line, Field field) const {
    const std::optional<std::size_t>& column = header_.column[static_cast<std::size_t>(field)];
    if (!column || *column >= line.cells.size()) return nullptr;
    return &line.cells[*column];
  }

  std::string_view text(const TableLine& line, Field field) const {
    const TableCell* found = cell(line, field);
    return found == nullptr ? std::string_view() : text_import::trim_cell(found->text);
  }

  void capture_identity(const TableLine& line) {
    for (Field field : kIdentityFields) {
      const std::string_view value = text(line, field);
      if (value.empty()) continue;
      auto [at, inserted] =
          identity_.emplace(field, Captured{std::string(value), *cell(line, field), line.line});
      if (!inserted && at->second.text != value && !conflict_) {
        conflict_ =
            Error(ErrorCode::kInvalidValue,
                  fmt::format("colonne « {} » : « {} » ligne {}, mais « {} » ligne {} ; "
                              "un tableau décrit un seul programme",
                              name_of(field), at->second.text, at->second.line, value, line.line),
                  Location{out_.file_name, line.line, 0, std::string(name_of(field))});
      }
    }
  }

  std::optional<GroupKey> resolve_theme(std::string_view printed) {
    std::optional<GroupKey> heading;
    if (auto read = text_import::read_theme_heading(printed)) {
      heading = GroupKey{read->number, read->label, read->title};
    }
    int next = 1;
    for (const ThemeEntry& theme : out_.dataset.themes) {
      next = std::max(next, theme.theme.number + 1);
    }
    return resolve_group(printed, std::move(heading), "{}.", "Thématique {}", "", next);
  }

  std::optional<GroupKey> resolve_operation(std::string_view printed) {
    std::optional<GroupKey> heading;
    if (auto read = text_import::read_operation_cell(printed)) {
      heading = GroupKey{read->number, read->label, read->title};
    }
    const int theme = builder_.theme();
    int next = 1;
    for (const OperationEntry& operation : out_.dataset.operations) {
      if (operation.theme == theme) next = std::max(next, operation.operation.number + 1);
    }
    return resolve_group(printed, std::move(heading), "Opération {}", "Opération {}",
                         fmt::format("{}:", theme), next);
  }

  // A theme or operation cell: its heading ("1. titre", "Opération 2 :
  // titre"), a number, or a title numbered in order of first appearance
  // (`next` for a new one; `scope` keeps operations' titles theme by theme).
  std::optional<GroupKey> resolve_group(std::string_view printed, std::optional<GroupKey> heading,
                                        std::string_view label, std::string_view untitled,
                                        const std::string& scope, int next) {
    if (heading) return heading;
    if (all_digits(printed)) {
      const int number = std::stoi(std::string(printed));
      if (number < 1) return std::nullopt;
      return GroupKey{number, fmt::format(fmt::runtime(label), number),
                      fmt::format(fmt::runtime(untitled), number)};
    }
    const std::string folded = fold_text(printed);
    if (folded.empty()) return std::nullopt;
    const int number = groups_by_title_.emplace(scope + folded, next).first->second;
    return GroupKey{number, fmt::format(fmt::runtime(label), number), std::string(printed)};
  }

  void read_award(const TableLine& line, std::string_view amount_text, Amount amount) {
    annex_import::AwardInput input;
    input.line = line.line;
    if (!header_.has(Field::kTerritory)) {
      // Without a territory column every award is the whole département's
      // (said once in the report's notes).
      input.territory = TerritoryReference{"",
                                           TerritoryScope::department_wide(),
                                           {"departement"},
                                           std::string(kNoTerritoryColumnNote)};
    } else if (const std::string_view territory = text(line, Field::kTerritory);
               !territory.empty()) {
      input.territory = text_import::read_territory_cell(territory);
      if (!input.territory) {
        return unparsed(line, Field::kTerritory,
                        fmt::format("territoire non reconnu « {} »", territory));
      }
    }
    input.structure = std::string(text(line, Field::kStructure));
    if (const std::string_view id = text(line, Field::kOrganisationId); !id.empty()) {
      Result<OrganisationId> parsed = OrganisationId::parse(id);
      if (!parsed.ok()) {
        return unparsed(line, Field::kOrganisationId,
                        fmt::format("identifiant de structure illisible « {} » : {}", id,
                                    parsed.error().message()));
      }
      input.organisation_id = *parsed;
    }
    if (const std::string_view siret = text(line, Field::kSiret); !siret.empty()) {
      Result<Siret> parsed = Siret::parse(siret);
      if (!parsed.ok()) {
        return unparsed(
            line, Field::kSiret,
            fmt::format("SIRET illisible « {} » : {}", siret, parsed.error().message()));
      }
      input.siret = *parsed;
    }
    if (const std::string_view description = text(line, Field::kDescription);
        !description.empty()) {
      input.description = std::string(description);
    }
    input.amount_text = std::string(amount_text);
    input.amount = amount;
    const std::string_view quantity = text(line, Field::kQuantity);
    const std::string_view unit = text(line, Field::kUnit);
    if (!quantity.empty() || !unit.empty()) {
      if (quantity.empty() || unit.empty()) {
        return unparsed(line, quantity.empty() ? Field::kQuantity : Field::kUnit,
                        quantity.empty() ? fmt::format("unité « {} » sans quantité", unit)
                                         : fmt::format("quantité « {} » sans unité", quantity));
      }
      Result<Quantity> value = parse_quantity(quantity);
      if (!value.ok()) {
        return unparsed(
            line, Field::kQuantity,
            fmt::format("quantité illisible « {} » : {}", quantity, value.error().message()));
      }
      std::optional<QuantityUnit> read_unit = text_import::read_unit(unit);
      if (!read_unit) {
        return unparsed(line, Field::kUnit,
                        fmt::format("unité inconnue « {} » (places, postes, mesures, ETP, "
                                    "participants, accueils, personnes, bénéficiaires, femmes, "
                                    "ménages, accompagnements)",
                                    unit));
      }
      input.quantity = UnitQuantity{*value, *read_unit};
    }
    if (!read_period(line, input)) return;
    if (const std::string_view instrument = text(line, Field::kInstrument);
        !instrument.empty() && !is_no_instrument(instrument)) {
      input.instrument = text_import::read_instrument(instrument);
      if (!input.instrument) {
        return unparsed(line, Field::kInstrument,
                        fmt::format("convention non reconnue « {} » (« Convention type », "
                                    "« Convention annexe N », « Avenant annexe N » attendus)",
                                    instrument));
      }
    }
    if (auto refused = builder_.add_award(std::move(input))) {
      return unparsed(line, std::nullopt, std::move(*refused));
    }
    mark(AnnexLineKind::kAward);
  }

  // The period columns; false when the line was listed unparsed.
  bool read_period(const TableLine& line, annex_import::AwardInput& input) {
    if (const std::string_view period = text(line, Field::kPeriod); !period.empty()) {
      input.period =
          checked_period(line, std::string(period), import::parse_printed_period(period));
      return true;
    }
    const std::string_view start = text(line, Field::kPeriodStart);
    const std::string_view end = text(line, Field::kPeriodEnd);
    if (start.empty() && end.empty()) return true;
    if (start.empty() || end.empty()) {
      unparsed(line, start.empty() ? Field::kPeriodStart : Field::kPeriodEnd,
               "période incomplète : début et fin sont attendus ensemble");
      return false;
    }
    Result<Date> first = read_date(*cell(line, Field::kPeriodStart), start);
    Result<Date> last = read_date(*cell(line, Field::kPeriodEnd), end);
    if (!first.ok() || !last.ok()) {
      const bool start_bad = !first.ok();
      unparsed(line, start_bad ? Field::kPeriodStart : Field::kPeriodEnd,
               fmt::format("date illisible « {} » : {}", start_bad ? start : end,
                           (start_bad ? first : last).error().message()));
      return false;
    }
    input.period =
        checked_period(line, fmt::format("du {} au {}", date_text(*first), date_text(*last)),
                       Period::create(*first, *last));
    return true;
  }

  // The period as printed; an impossible one is kept, flagged, and listed.
  Printed<Period> checked_period(const TableLine& line, std::string text, Result<Period> value) {
    Printed<Period> printed{std::move(text), std::nullopt, false, std::nullopt, line.line};
    if (value.ok()) {
      printed.value = *value;
      return printed;
    }
    printed.unparseable = true;
    printed.note = value.error().message();
    out_.unreadable.push_back(UnreadableValue{
        line.line, printed.text, fmt::format("période illisible : {}", value.error().message())});
    return printed;
  }

  // Where a cell is: "Annexe 4!D12" in a workbook; "" in a CSV (the line says it).
  std::string where(const TableLine& line, std::optional<Field> field) const {
    if (!content_.spreadsheet) return {};
    std::size_t column = 0;
    if (field && header_.column[static_cast<std::size_t>(*field)]) {
      column = *header_.column[static_cast<std::size_t>(*field)];
    }
    return fmt::format("{}!{}{}", content_.sheet, table_import::column_letters(column), line.line);
  }

  void unparsed(const TableLine& line, std::optional<Field> field, std::string reason) {
    if (field && !content_.spreadsheet && header_.column[static_cast<std::size_t>(*field)]) {
      reason += fmt::format(" ; colonne {} du tableau (« {} »)",
                            *header_.column[static_cast<std::size_t>(*field)] + 1, name_of(*field));
    }
    out_.unparsed.push_back(
        UnparsedLine{line.line, joined(line), std::move(reason), where(line, field)});
    mark(AnnexLineKind::kUnparsed);
  }

  void mark(AnnexLineKind kind) { out_.kinds.push_back(kind); }

  const TableContent& content_;
  const HeaderMap& header_;
  TableImport& out_;
  annex_import::AnnexBuilder builder_;
  std::map<Field, Captured> identity_;
  std::optional<Error> conflict_;
  std::map<std::string, int> groups_by_title_;  // "title" or "theme:title" -> number
};

struct IdentityValue {
  std::string text;
  std::optional<TableCell> cell;  // nullopt: from the options
  int line = 0;
};

std::optional<IdentityValue> identity_value(const TableReader& reader, Field field,
                                            const std::optional<std::string>& option) {
  auto found = reader.identity().find(field);
  if (found != reader.identity().end()) {
    return IdentityValue{found->second.text, found->second.cell, found->second.line};
  }
  if (option && !text_import::trim_cell(*option).empty()) {
    return IdentityValue{std::string(text_import::trim_cell(*option)), std::nullopt, 0};
  }
  return std::nullopt;
}

Result<DeliberativeBody> read_body(std::string_view text) {
  const std::string normal = normalise_header(text);
  for (DeliberativeBody body : all_deliberative_bodies()) {
    if (normal == normalise_header(to_key(body)) || normal == normalise_header(to_label(body))) {
      return body;
    }
  }
  return Error(ErrorCode::kInvalidValue,
               fmt::format("organe délibérant inconnu « {} » (commission_permanente ou "
                           "conseil_departemental attendus)",
                           text));
}

Result<Date> value_date(const IdentityValue& value) {
  if (value.cell) return read_date(*value.cell, value.text);
  return import::parse_printed_date(value.text);
}

Status read_identity(const TableReader& reader, const TableIdentity& options,
                     std::string_view programme_id, TableImport& out) {
  const std::optional<IdentityValue> title = identity_value(reader, Field::kTitle, options.title);
  const std::optional<IdentityValue> date =
      identity_value(reader, Field::kSessionDate, options.session_date);
  const std::optional<IdentityValue> number =
      identity_value(reader, Field::kDeliberation, options.deliberation_number);
  const std::optional<IdentityValue> body = identity_value(reader, Field::kBody, options.body);
  const std::optional<IdentityValue> authority =
      identity_value(reader, Field::kAuthority, options.authority);
  std::string missing;
  auto require = [&missing](const std::optional<IdentityValue>& value, std::string_view what,
                            std::string_view option) {
    if (value) return;
    missing += fmt::format("{}{} ({})", missing.empty() ? "" : ", ", what, option);
  };
  require(title, "titre", "--title");
  require(date, "date de séance", "--session-date");
  require(number, "numéro de délibération", "--deliberation");
  require(body, "organe délibérant", "--body");
  require(authority, "collectivité", "--authority");
  const Location location{out.file_name, 0, 0, {}};
  if (!missing.empty()) {
    return Error(ErrorCode::kMissingField,
                 fmt::format("identité du programme incomplète : le tableau n'a pas de colonne "
                             "pour {} ; donnez-la avec l'option indiquée",
                             missing),
                 location);
  }
  auto located = [&](const Error& error, const IdentityValue& value, Field field) {
    return Error(error.code(), error.message(),
                 Location{out.file_name, value.line, 0,
                          value.cell ? std::string(name_of(field)) : std::string()});
  };
  Result<Date> session = value_date(*date);
  if (!session.ok()) return located(session.error(), *date, Field::kSessionDate);
  Result<DeliberationNumber> deliberation = DeliberationNumber::parse(number->text);
  if (!deliberation.ok()) return located(deliberation.error(), *number, Field::kDeliberation);
  Result<DeliberativeBody> assembly = read_body(body->text);
  if (!assembly.ok()) return located(assembly.error(), *body, Field::kBody);
  Result<Programme> programme =
      text_import::programme_from_title(programme_id, title->text, authority->text, *session);
  if (!programme.ok()) return located(programme.error(), *title, Field::kTitle);

  ProgrammeIdentity& identity = out.dataset.programme;
  identity.programme = std::move(programme).value();
  identity.title = PrintedBlock{title->text, SourceLines{title->line, title->line}, std::nullopt};
  identity.authority_printed = authority->text;
  identity.authority_source = SourceLines{authority->line, authority->line};
  identity.session_body = *assembly;
  // The dataset's keys (programme.yaml), as the text reader writes them.
  identity.session_body_key = *assembly == DeliberativeBody::kStandingCommittee
                                  ? "commission_permanente"
                                  : "conseil_departemental";
  identity.session_source = SourceLines{body->line, body->line};
  identity.session_date = Printed<Date>{date->text, *session, false, std::nullopt, date->line};
  identity.deliberation_number = deliberation->text();
  identity.deliberation_source = SourceLines{number->line, number->line};
  for (ThemeEntry& theme : out.dataset.themes) theme.theme.programme = identity.programme.id;
  return ok_status();
}

}  // namespace

Result<TableImport> read_annex_table_file(std::string_view programme_id, std::string_view file_name,
                                          std::string_view bytes, TableFormat format,
                                          const TableIdentity& identity) {
  OCTROI_TRY(ProgrammeId programme, ProgrammeId::parse(programme_id));
  TableImport out;
  out.format = format;
  out.file_name = std::string(file_name);
  TableContent content;
  if (format == TableFormat::kCsv) {
    OCTROI_TRY(content, table_import::read_csv_table(bytes, file_name));
  } else {
    OCTROI_TRY(content,
               table_import::read_xlsx_table(bytes, file_name, identity.sheet.value_or("")));
  }
  out.encoding = content.encoding;
  out.separator = content.separator;
  out.sheet = content.sheet;
  // The header: among the first lines, the first holding the required
  // columns; else the error names the line that came closest.
  constexpr std::size_t kHeaderSearch = 30;
  std::optional<std::size_t> header;
  std::optional<std::size_t> closest;
  int closest_mapped = -1;
  for (std::size_t i = 0; i < content.lines.size() && i < kHeaderSearch; ++i) {
    const HeaderMap map = map_header(content.lines[i], nullptr);
    if (map.has(Field::kStructure) && map.has(Field::kAmount)) {
      header = i;
      break;
    }
    bool empty = true;
    for (const TableCell& cell : content.lines[i].cells) {
      empty = empty && text_import::trim_cell(cell.text).empty();
    }
    if (!empty && map.mapped > closest_mapped) {
      closest = i;
      closest_mapped = map.mapped;
    }
  }
  if (!header) {
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
      missing +=
          fmt::format("{}« montant » (Montant, Montant proposé, Montant retenu, Montant (€)…)",
                      missing.empty() ? "" : " et ");
    }
    return Error(
        ErrorCode::kMissingField,
        fmt::format("colonne obligatoire absente : {} ; en-têtes lus {} {} : {}", missing,
                    content.spreadsheet ? fmt::format("feuille « {} », ligne", content.sheet)
                                        : std::string("ligne"),
                    line.line, quoted_list(line)),
        Location{std::string(file_name), line.line, 0, {}});
  }
  const HeaderMap map = map_header(content.lines[*header], &out.columns);
  out.notes = map.notes;
  if (!map.has(Field::kTerritory)) out.notes.emplace_back(kNoTerritoryColumnNote);
  out.header_line = content.lines[*header].line;
  for (std::size_t i = 0; i < *header; ++i) {
    const TableLine& line = content.lines[i];
    const std::string text(text_import::trim_cell(joined(line)));
    if (text.empty()) continue;
    // "Annexe 4 — Répartition financière …" above the header names the annex.
    const std::string folded = fold_text(text);
    if (folded.rfind("annexe ", 0) == 0 && out.dataset.annex.title.printed.empty()) {
      std::size_t digits = 7;
      while (digits < folded.size() && folded[digits] >= '0' && folded[digits] <= '9') ++digits;
      if (digits > 7 && digits - 7 <= 2) {
        out.dataset.annex.annex = std::stoi(folded.substr(7, digits - 7));
        out.dataset.annex.title =
            PrintedBlock{text, SourceLines{line.line, line.line}, std::nullopt};
      }
    }
    out.notes.push_back(fmt::format(
        "ligne {} au-dessus de l'en-tête, non lue : « {} »", line.line,
        text_import::trim_cell(line.cells.empty() ? std::string() : line.cells[0].text)));
  }
  TableReader reader(content, map, out, programme);
  for (std::size_t i = *header + 1; i < content.lines.size(); ++i) {
    reader.read_line(content.lines[i]);
    out.last_line = content.lines[i].line;
  }
  reader.finish();
  if (reader.conflict()) return *reader.conflict();
  if (out.last_line == 0) out.last_line = out.header_line;
  if (out.dataset.rows.empty()) {
    return Error(ErrorCode::kMissingField,
                 fmt::format("aucune ligne de répartition lisible après l'en-tête ({} lignes non "
                             "lues)",
                             out.unparsed.size()),
                 Location{std::string(file_name), out.header_line, 0, {}});
  }
  OCTROI_TRY_STATUS(read_identity(reader, identity, programme_id, out));
  SourceDocument& document = out.dataset.programme.document;
  document.file = std::string(file_name);
  document.lines = out.last_line;
  document.parts.push_back(DocumentPart{"annex4", out.header_line, out.last_line,
                                        out.dataset.annex.title.printed.empty()
                                            ? std::nullopt
                                            : std::optional<PrintedBlock>(out.dataset.annex.title),
                                        std::nullopt});
  if (content.windows1252_fields > 0) {
    out.notes.push_back(fmt::format("{} champs lus en Windows-1252", content.windows1252_fields));
  }
  return out;
}

}  // namespace octroi
