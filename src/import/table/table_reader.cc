// The table reader (see table_import.h): header mapping by French synonyms,
// then each line classified and handed to the annex builder shared with the
// deliberation text reader.
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>

#include "base/text.h"
#include "calendar/format.h"
#include "domain/siret.h"
#include "import/annex/annex_builder.h"
#include "import/dataset/printed_grammar.h"
#include "import/table/table_columns.h"
#include "import/table/table_content.h"
#include "import/table/table_identity.h"
#include "import/table/table_import.h"
#include "import/text/annex_text_reader.h"
#include "money/parse.h"

namespace octroi {

namespace {

using annex_import::TotalKind;
using table_import::Captured;
using table_import::CapturedIdentity;
using table_import::Field;
using table_import::HeaderMap;
using table_import::is_digits;
using table_import::is_no_instrument;
using table_import::joined;
using table_import::kIdentityFields;
using table_import::kNoTerritoryColumnNote;
using table_import::map_header;
using table_import::name_of;
using table_import::read_date;
using table_import::row_kind;
using table_import::TableCell;
using table_import::TableContent;
using table_import::TableLine;
using table_import::total_kind;

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
    if (const std::string_view code = text(line, Field::kBudgetLine); !code.empty()) {
      if (!builder_.has_section() || builder_.operation() == 0) {
        return unparsed(line, Field::kBudgetLine, "ligne budgétaire sans opération");
      }
      if (auto refused = builder_.set_budget_line(std::string(code), line.line)) {
        return unparsed(line, Field::kBudgetLine, std::move(*refused));
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
  const CapturedIdentity& identity() const { return identity_; }
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
    if (is_digits(printed, 3)) {
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
    input.period = checked_period(
        line, fmt::format("du {} au {}", format_date_short(*first), format_date_short(*last)),
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
  CapturedIdentity identity_;
  std::optional<Error> conflict_;
  std::map<std::string, int> groups_by_title_;  // "title" or "theme:title" -> number
};

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
  OCTROI_TRY(const std::size_t header, table_import::find_header(content, file_name));
  const HeaderMap map = map_header(content.lines[header], &out.columns);
  out.notes = map.notes;
  if (!map.has(Field::kTerritory)) out.notes.emplace_back(kNoTerritoryColumnNote);
  out.header_line = content.lines[header].line;
  for (std::size_t i = 0; i < header; ++i) {
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
  for (std::size_t i = header + 1; i < content.lines.size(); ++i) {
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
  OCTROI_TRY_STATUS(table_import::read_identity(reader.identity(), identity, programme_id, out));
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
