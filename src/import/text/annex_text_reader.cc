// The financial annex table of a deliberation text (see deliberation_text.h):
// tab-separated lines whose columns shift from row to row. Each line's
// non-empty cells are classified by what they hold (operation cell, amount,
// "Convention ..." cell, total label, other texts), not by their position.
#include "import/text/annex_text_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fmt/format.h>
#include <map>
#include <regex>
#include <set>

#include "base/text.h"
#include "domain/territory.h"
#include "import/annex/annex_builder.h"
#include "import/dataset/printed_grammar.h"

namespace octroi::text_import {

namespace {

struct Cell {
  std::string_view text;  // trimmed
  std::size_t offset = 0;
};

bool is_space_at(std::string_view text, std::size_t i, std::size_t& length) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte == ' ' || byte == '\t' || byte == '\r' || byte == '\v' || byte == '\f') {
    length = 1;
    return true;
  }
  if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    length = 2;
    return true;
  }
  if (byte == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0xAF) {
    length = 3;
    return true;
  }
  return false;
}

std::vector<Cell> split_cells(std::string_view line) {
  std::vector<Cell> cells;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    std::string_view raw = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    std::string_view trimmed = trim_cell(raw);
    if (!trimmed.empty()) {
      cells.push_back(Cell{trimmed, static_cast<std::size_t>(trimmed.data() - line.data())});
    }
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::optional<OperationCell> read_operation_cell(std::string_view cell) {
  const std::string folded = fold_text(cell);
  std::size_t at = 0;
  if (starts_with(folded, "operations ")) {
    at = 11;
  } else if (starts_with(folded, "operation ")) {
    at = 10;
  } else {
    return std::nullopt;
  }
  std::size_t digits = at;
  while (digits < folded.size() && folded[digits] >= '0' && folded[digits] <= '9') ++digits;
  if (digits == at || digits - at > 3) return std::nullopt;
  OperationCell result;
  result.number = std::stoi(folded.substr(at, digits - at));
  if (result.number < 1) return std::nullopt;
  // The label is the printed text up to the number; the title what follows
  // the colon (or the number when there is no colon).
  std::size_t number_end = 0;
  {
    std::size_t i = 0;
    bool seen_digit = false;
    for (; i < cell.size(); ++i) {
      const bool digit = cell[i] >= '0' && cell[i] <= '9';
      if (digit) seen_digit = true;
      if (seen_digit && !digit) break;
    }
    number_end = i;
  }
  result.label = std::string(trim_cell(cell.substr(0, number_end)));
  std::string_view rest = cell.substr(number_end);
  std::string_view after = trim_cell(rest);
  if (!after.empty() && after.front() == ':') after = trim_cell(after.substr(1));
  result.title = std::string(after);
  return result;
}

std::optional<ThemeHeading> read_theme_heading(std::string_view cell) {
  std::size_t i = 0;
  while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i;
  if (i == 0 || i > 2 || i + 1 >= cell.size() || cell[i] != '.') return std::nullopt;
  std::size_t space = 0;
  if (!is_space_at(cell, i + 1, space)) return std::nullopt;
  std::string_view title = trim_cell(cell.substr(i + 1));
  if (title.empty()) return std::nullopt;
  const auto first = static_cast<unsigned char>(title.front());
  if (first < 0x80 && std::isalpha(first) == 0) return std::nullopt;
  ThemeHeading heading;
  heading.number = std::stoi(std::string(cell.substr(0, i)));
  if (heading.number < 1) return std::nullopt;
  heading.label = std::string(cell.substr(0, i + 1));
  heading.title = std::string(title);
  return heading;
}

namespace {

bool is_columns_row(const std::vector<Cell>& cells) {
  for (const Cell& cell : cells) {
    const std::string folded = fold_text(cell.text);
    if (folded == "operation" || folded == "montant retenu" || folded == "structure") return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> total_label(std::string_view cell) {
  const std::string folded = fold_text(cell);
  if (folded == "total" || folded == "sous total" || folded == "total general" ||
      folded == "sous totaux") {
    return folded;
  }
  return std::nullopt;
}

bool looks_like_amount(std::string_view cell) {
  bool digit = false;
  for (char c : cell) digit = digit || (c >= '0' && c <= '9');
  if (!digit) return false;
  const bool euro = cell.find("\xE2\x82\xAC") != std::string_view::npos ||
                    fold_text(cell).find("euros") != std::string::npos;
  if (euro) return true;
  // Digits, spaces and one decimal comma: "63 914,00".
  bool comma = false;
  for (char c : cell) {
    if (c == ',') {
      comma = true;
    } else if (!(c >= '0' && c <= '9') && c != ' ' && c != '.') {
      return false;
    }
  }
  return comma;
}

std::optional<AnnexInstrument> read_instrument(std::string_view cell) {
  const std::string folded = fold_text(cell);
  const bool amendment = starts_with(folded, "avenant");
  if (!amendment && !starts_with(folded, "convention")) return std::nullopt;
  if (cell.size() > 60) return std::nullopt;
  AnnexInstrument instrument;
  instrument.printed = std::string(cell);
  static const std::regex annex_pattern(R"(annexe ([0-9]{1,2}))");
  std::smatch match;
  if (std::regex_search(folded, match, annex_pattern)) instrument.annex = std::stoi(match[1].str());
  if (amendment) {
    instrument.kind_key = "amendment";
    instrument.kind = LegalInstrument::kAmendment;
  } else if (instrument.annex) {
    instrument.kind_key = "travel_agreement";
    instrument.kind = LegalInstrument::kSpecificAgreement;
  } else {
    instrument.kind_key = "standard_agreement";
    instrument.kind = LegalInstrument::kStandardAgreement;
  }
  return instrument;
}

namespace {

// --- Territories -----------------------------------------------------------

struct TerritoryName {
  std::string_view words;  // folded
  Territory territory;
};

constexpr std::array<TerritoryName, 9> kTerritoryNames{{
    {"arrageois", Territory::kArrageois},
    {"artois", Territory::kArtois},
    {"audomarois", Territory::kAudomarois},
    {"boulonnais", Territory::kBoulonnais},
    {"calaisis", Territory::kCalaisis},
    {"henin carvin", Territory::kHeninCarvin},
    {"lens lievin", Territory::kLensLievin},
    {"montreuillois", Territory::kMontreuillois},
    {"ternois", Territory::kTernois},
}};

// Levenshtein distance, bounded use on short words.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::vector<std::string> words_of(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t space = folded.find(' ', start);
    if (space == std::string_view::npos) space = folded.size();
    if (space > start) words.emplace_back(folded.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

}  // namespace

std::vector<std::string_view> split_lines(std::string_view content) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string_view trim_cell(std::string_view text) {
  while (true) {
    std::size_t length = 0;
    if (!text.empty() && is_space_at(text, 0, length)) {
      text.remove_prefix(length);
      continue;
    }
    if (starts_with(text, "**")) {
      text.remove_prefix(2);
      continue;
    }
    if (text.size() >= 2 && text.substr(text.size() - 2) == "**") {
      text.remove_suffix(2);
      continue;
    }
    if (!text.empty()) {
      const auto last = static_cast<unsigned char>(text.back());
      if (last == ' ' || last == '\t' || last == '\r') {
        text.remove_suffix(1);
        continue;
      }
      if (text.size() >= 2 && static_cast<unsigned char>(text[text.size() - 2]) == 0xC2 &&
          last == 0xA0) {
        text.remove_suffix(2);
        continue;
      }
    }
    return text;
  }
}

std::optional<TerritoryReference> read_territory_cell(std::string_view printed) {
  const std::string folded = fold_text(printed);
  if (folded.empty()) return std::nullopt;
  if (folded == "departement" || folded == "tout le departement" ||
      folded == "tous les territoires") {
    return TerritoryReference{
        std::string(printed), TerritoryScope::department_wide(), {"departement"}, std::nullopt};
  }
  std::vector<std::string> words = words_of(folded);
  std::vector<Territory> named;
  std::vector<Territory> excluded;
  std::vector<std::string> notes;
  bool except = false;
  for (std::size_t i = 0; i < words.size();) {
    const std::string& word = words[i];
    if (word == "multi" || word == "territoire" || word == "territoires" || word == "et" ||
        word == "multiterritoire") {
      ++i;
      continue;
    }
    if (word == "hors" || word == "sauf") {
      except = true;
      ++i;
      continue;
    }
    std::vector<Territory>& into = except ? excluded : named;
    bool matched = false;
    if (i + 1 < words.size()) {
      const std::string pair = word + " " + words[i + 1];
      for (const TerritoryName& name : kTerritoryNames) {
        if (name.words == pair) {
          into.push_back(name.territory);
          i += 2;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    for (const TerritoryName& name : kTerritoryNames) {
      if (name.words == word) {
        into.push_back(name.territory);
        matched = true;
        break;
      }
    }
    if (!matched && (word == "lens" || word == "lievin")) {
      into.push_back(Territory::kLensLievin);
      notes.push_back(fmt::format("« {} » lu comme Lens-Liévin", word));
      matched = true;
    } else if (!matched && (word == "henin" || word == "carvin")) {
      into.push_back(Territory::kHeninCarvin);
      notes.push_back(fmt::format("« {} » lu comme Hénin-Carvin", word));
      matched = true;
    }
    if (!matched && word.size() >= 6) {
      for (const TerritoryName& name : kTerritoryNames) {
        if (name.words.find(' ') == std::string_view::npos &&
            edit_distance(word, name.words) <= 1) {
          into.push_back(name.territory);
          notes.push_back(fmt::format("« {} » lu comme {} (orthographe imprimée différente)", word,
                                      to_label(name.territory)));
          matched = true;
          break;
        }
      }
    }
    if (!matched) return std::nullopt;
    ++i;
  }
  if (except) {
    if (excluded.empty()) return std::nullopt;
    for (Territory territory : all_territories()) {
      if (std::find(excluded.begin(), excluded.end(), territory) == excluded.end() &&
          std::find(named.begin(), named.end(), territory) == named.end()) {
        named.push_back(territory);
      }
    }
    notes.push_back("tous les territoires sauf ceux cités après « hors »");
  }
  if (named.empty()) return std::nullopt;
  std::vector<Territory> unique;
  for (Territory territory : named) {
    if (std::find(unique.begin(), unique.end(), territory) == unique.end()) {
      unique.push_back(territory);
    }
  }
  Result<TerritoryScope> scope = TerritoryScope::of(unique);
  if (!scope.ok()) return std::nullopt;
  std::vector<std::string> keys;
  keys.reserve(unique.size());
  for (Territory territory : unique) keys.emplace_back(to_key(territory));
  std::optional<std::string> note;
  if (!notes.empty()) {
    std::string joined;
    for (const std::string& part : notes) joined += (joined.empty() ? "" : " ; ") + part;
    note = "Lecture du libellé : " + joined + ".";
  }
  return TerritoryReference{std::string(printed), *scope, std::move(keys), std::move(note)};
}

namespace {

// --- Quantities and periods in a description -------------------------------

struct UnitWord {
  std::string_view folded;
  std::string_view key;
};

constexpr std::array<UnitWord, 30> kUnitWords{{
    {"places", "places"},
    {"place", "places"},
    {"accueils", "accueils"},
    {"accueil", "accueils"},
    {"postes", "postes"},
    {"poste", "postes"},
    {"mesures", "mesures"},
    {"mesure", "mesures"},
    {"accompagnements", "accompagnements"},
    {"accompagnement", "accompagnements"},
    {"personnes", "personnes"},
    {"personne", "personnes"},
    {"participants", "participants"},
    {"participant", "participants"},
    {"beneficiaires", "beneficiaires"},
    {"beneficiaire", "beneficiaires"},
    {"femmes", "femmes"},
    {"femme", "femmes"},
    {"jeunes", "jeunes"},
    {"jeune", "jeunes"},
    {"entrees", "entrees"},
    {"entree", "entrees"},
    {"menages", "menages"},
    {"menage", "menages"},
    {"etp", "etp"},
    {"diagnostics", "diagnostics"},
    {"diagnostic", "diagnostics"},
    {"semaines", "semaines"},
    {"semaine", "semaines"},
    {"participantes", "participants"},
}};

std::optional<QuantityUnit> domain_unit(std::string_view key) {
  static const std::map<std::string_view, QuantityUnit> units_by_word{
      {"places", QuantityUnit::kPlaces},
      {"accueils", QuantityUnit::kWelcomes},
      {"postes", QuantityUnit::kPosts},
      {"mesures", QuantityUnit::kMeasures},
      {"accompagnements", QuantityUnit::kAccompaniments},
      {"personnes", QuantityUnit::kPersons},
      {"participants", QuantityUnit::kParticipants},
      {"beneficiaires", QuantityUnit::kBeneficiaries},
      {"femmes", QuantityUnit::kWomen},
      {"menages", QuantityUnit::kHouseholds},
      {"etp", QuantityUnit::kFullTimeEquivalents},
  };
  auto found = units_by_word.find(key);
  if (found == units_by_word.end()) return std::nullopt;
  return found->second;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::optional<QuantityUnit> read_unit(std::string_view text) {
  const std::string folded = fold_text(text);
  for (const UnitWord& unit : kUnitWords) {
    if (unit.folded == folded) return domain_unit(unit.key);
  }
  for (QuantityUnit unit : all_quantity_units()) {
    if (folded == to_key(unit) || folded == fold_text(to_label(unit))) return unit;
  }
  return std::nullopt;
}

std::vector<PrintedQuantity> read_quantities(std::string_view text, int line) {
  std::vector<PrintedQuantity> quantities;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i]) ||
        (i > 0 && (is_digit(text[i - 1]) || is_ascii_letter(text[i - 1]) || text[i - 1] == ',' ||
                   text[i - 1] == '/' || text[i - 1] == '.'))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    // Thousands groups: " 200" (exactly three digits).
    while (end + 4 <= text.size() && text[end] == ' ' && is_digit(text[end + 1]) &&
           is_digit(text[end + 2]) && is_digit(text[end + 3]) &&
           (end + 4 == text.size() || !is_digit(text[end + 4]))) {
      end += 4;
    }
    if (end + 1 < text.size() && text[end] == ',' && is_digit(text[end + 1])) {
      ++end;
      while (end < text.size() && is_digit(text[end])) ++end;
    }
    const std::string_view number = text.substr(i, end - i);
    std::size_t word_start = end;
    std::size_t space = 0;
    if (word_start >= text.size() || !is_space_at(text, word_start, space)) {
      i = end;
      continue;
    }
    word_start += space;
    std::size_t word_end = word_start;
    while (
        word_end < text.size() &&
        (is_ascii_letter(text[word_end]) || static_cast<unsigned char>(text[word_end]) >= 0x80) &&
        !is_space_at(text, word_end, space)) {
      ++word_end;
    }
    const std::string word = fold_text(text.substr(word_start, word_end - word_start));
    for (const UnitWord& unit : kUnitWords) {
      if (unit.folded != word) continue;
      Result<Quantity> value = import::parse_printed_quantity(number);
      if (!value.ok()) break;
      PrintedQuantity quantity;
      quantity.quantity.text = std::string(number);
      quantity.quantity.value = *value;
      quantity.quantity.line = line;
      quantity.unit = std::string(unit.key);
      quantity.domain_unit = domain_unit(unit.key);
      quantities.push_back(std::move(quantity));
      break;
    }
    i = end;
  }
  return quantities;
}

// --- The table -------------------------------------------------------------

std::string organisation_slug(std::string_view name) {
  const std::string folded = fold_text(name);
  std::string slug;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || is_digit(c)) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.size() > 100) slug.resize(100);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

namespace {

bool has_tab(std::string_view line) { return line.find('\t') != std::string_view::npos; }

bool is_blank(std::string_view line) {
  return trim_cell(line).empty() && split_cells(line).empty();
}

bool is_annex_title(std::string_view line) {
  const std::string folded = fold_text(line);
  return starts_with(folded, "annexe ") &&
         folded.find("repartition financiere") != std::string::npos;
}

bool is_table_line(std::string_view line) {
  if (has_tab(line)) return true;
  std::vector<Cell> cells = split_cells(line);
  return cells.size() == 1 && read_theme_heading(cells.front().text).has_value();
}

class TableReader {
 public:
  TableReader(const ProgrammeId& programme, DeliberationTextImport& out)
      : out_(out), builder_(programme, out.dataset, out.mismatches, out.unreadable) {}

  void read_line(std::string_view line, int number) {
    std::vector<Cell> cells = split_cells(line);
    if (cells.empty()) return mark(AnnexLineKind::kBlank);
    if (cells.size() == 1) {
      if (auto heading = read_theme_heading(cells.front().text)) {
        start_section(*heading, std::string(cells.front().text), number);
        return mark(AnnexLineKind::kThemeHeading);
      }
    }
    if (is_columns_row(cells)) {
      if (!builder_.has_section())
        return unparsed(line, number, "en-tête de colonnes avant tout titre de thématique");
      AnnexColumns columns;
      for (const Cell& cell : cells) columns.printed.emplace_back(cell.text);
      columns.source = SourceLines{number, number};
      out_.dataset.sections.back().columns = std::move(columns);
      return mark(AnnexLineKind::kColumns);
    }
    std::optional<OperationCell> operation;
    std::vector<Cell> amounts;
    std::vector<Cell> bad_amounts;
    std::optional<AnnexInstrument> instrument;
    std::optional<std::string> label;
    std::string label_printed;
    std::vector<Cell> texts;
    for (const Cell& cell : cells) {
      if (!operation) {
        if (auto read = read_operation_cell(cell.text)) {
          operation = std::move(read);
          continue;
        }
      }
      if (auto total = total_label(cell.text)) {
        if (label) return unparsed(line, number, "deux libellés de total dans la même ligne");
        label = std::move(total);
        label_printed = std::string(cell.text);
        continue;
      }
      if (looks_like_amount(cell.text)) {
        if (import::parse_printed_amount(cell.text).ok()) {
          amounts.push_back(cell);
        } else {
          bad_amounts.push_back(cell);
        }
        continue;
      }
      if (!instrument) {
        if (auto read = read_instrument(cell.text)) {
          instrument = std::move(read);
          continue;
        }
      }
      texts.push_back(cell);
    }
    if (!bad_amounts.empty()) {
      Result<Amount> error = import::parse_printed_amount(bad_amounts.front().text);
      return unparsed(
          line, number,
          fmt::format("montant illisible « {} » (colonne {}) : {}", bad_amounts.front().text,
                      column_of(line, bad_amounts.front().offset), error.error().message()));
    }
    if (!builder_.has_section())
      return unparsed(line, number, "ligne du tableau avant tout titre de thématique");
    if (operation)
      builder_.start_operation(operation->number, operation->label, operation->title, number);
    if (amounts.size() > 1) return unparsed(line, number, "plusieurs montants dans la même ligne");
    if (label) {
      if (!texts.empty() || instrument) {
        return unparsed(
            line, number,
            fmt::format("ligne de total avec d'autres cellules (« {} »)",
                        texts.empty() ? instrument->printed : std::string(texts.front().text)));
      }
      if (amounts.empty()) return unparsed(line, number, "ligne de total sans montant");
      return add_total(label_printed, *label, amounts.front().text, number, line);
    }
    if (amounts.empty()) {
      if (operation && texts.empty() && !instrument) return mark(AnnexLineKind::kThemeHeading);
      return unparsed(line, number, "ni montant ni libellé de total : ligne non reconnue");
    }
    if (texts.empty()) {
      if (instrument) return unparsed(line, number, "montant et convention sans structure");
      return add_total("", "", amounts.front().text, number, line);
    }
    return add_award(line, number, texts, amounts.front().text, std::move(instrument));
  }

  void finish() { builder_.finish(); }

 private:
  static int column_of(std::string_view line, std::size_t offset) {
    int column = 1;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
      if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
  }

  void mark(AnnexLineKind kind) { out_.kinds.push_back(kind); }

  void unparsed(std::string_view line, int number, std::string reason) {
    out_.unparsed.push_back(UnparsedLine{number, std::string(line), std::move(reason), {}});
    mark(AnnexLineKind::kUnparsed);
  }

  void start_section(const ThemeHeading& heading, std::string printed, int number) {
    builder_.start_theme(heading.number, heading.label, heading.title, std::move(printed), number);
  }

  void add_award(std::string_view line, int number, const std::vector<Cell>& texts,
                 std::string_view amount_text, std::optional<AnnexInstrument> instrument) {
    if (builder_.operation() == 0)
      return unparsed(line, number, "ligne de répartition avant toute opération");
    if (texts.size() > 3) {
      return unparsed(line, number,
                      fmt::format("{} cellules de texte (territoire, structure, description "
                                  "attendus au plus)",
                                  texts.size()));
    }
    annex_import::AwardInput input;
    input.line = number;
    std::string_view structure;
    if (texts.size() == 3) {
      input.territory = read_territory_cell(texts[0].text);
      if (!input.territory) {
        return unparsed(line, number,
                        fmt::format("territoire non reconnu « {} » (colonne {})", texts[0].text,
                                    column_of(line, texts[0].offset)));
      }
      structure = texts[1].text;
      input.description = std::string(texts[2].text);
    } else if (texts.size() == 2) {
      input.territory = read_territory_cell(texts[0].text);
      if (input.territory) {
        structure = texts[1].text;
      } else {
        structure = texts[0].text;
        input.description = std::string(texts[1].text);
      }
    } else {
      structure = texts[0].text;
    }
    input.structure = std::string(structure);
    input.amount_text = std::string(amount_text);
    input.amount = *import::parse_printed_amount(amount_text);
    input.instrument = std::move(instrument);
    if (auto refused = builder_.add_award(std::move(input))) {
      return unparsed(line, number, std::move(*refused));
    }
    mark(AnnexLineKind::kAward);
  }

  void add_total(const std::string& printed_label, const std::string& folded_label,
                 std::string_view amount_text, int number, std::string_view line) {
    const annex_import::TotalKind kind =
        folded_label == "sous total" || folded_label == "sous totaux"
            ? annex_import::TotalKind::kRows
        : folded_label == "total general" ? annex_import::TotalKind::kProgramme
                                          : annex_import::TotalKind::kInferred;
    std::optional<std::string> label;
    if (!printed_label.empty()) label = printed_label;
    if (auto refused = builder_.add_total(std::move(label), kind, std::string(amount_text),
                                          *import::parse_printed_amount(amount_text), number)) {
      return unparsed(line, number, std::move(*refused));
    }
    mark(AnnexLineKind::kTotal);
  }

  DeliberationTextImport& out_;
  annex_import::AnnexBuilder builder_;
};

}  // namespace

Status read_annex_table(const std::vector<std::string_view>& lines, std::string_view file_name,
                        const ProgrammeId& programme, DeliberationTextImport& out) {
  // The start: the annex heading, or else the first table line holding an
  // operation cell (a table printed without its heading).
  std::optional<std::size_t> start;
  bool titled = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_annex_title(lines[i])) {
      start = i;
      titled = true;
      break;
    }
  }
  if (!start) {
    for (std::size_t i = 0; i < lines.size() && !start; ++i) {
      if (!has_tab(lines[i])) continue;
      for (const Cell& cell : split_cells(lines[i])) {
        if (read_operation_cell(cell.text)) {
          start = i;
          break;
        }
      }
    }
    // Take in the theme heading and column header printed just above.
    while (start && *start > 0 && is_table_line(lines[*start - 1])) --*start;
  }
  if (!start) {
    return Error(ErrorCode::kMissingField,
                 "aucune annexe de répartition financière trouvée : ni titre « Annexe N : … "
                 "REPARTITION FINANCIERE … », ni tableau à colonnes séparées par des tabulations "
                 "contenant une cellule « Opération N : … »",
                 Location{std::string(file_name), 0, 0, {}});
  }
  // The end: the last table line before a line of text that no table line
  // follows (a stray line inside the table is kept, to be listed unparsed).
  std::size_t end = *start;
  for (std::size_t i = *start + 1; i < lines.size(); ++i) {
    if (is_blank(lines[i])) continue;
    if (is_table_line(lines[i])) {
      end = i;
      continue;
    }
    std::size_t next = i + 1;
    while (next < lines.size() && is_blank(lines[next])) ++next;
    if (next < lines.size() && has_tab(lines[next])) continue;
    break;
  }
  out.annex_from_line = static_cast<int>(*start) + 1;
  out.annex_to_line = static_cast<int>(end) + 1;
  ProgrammeDataset& dataset = out.dataset;
  TableReader reader(programme, out);
  std::size_t first = *start;
  if (titled) {
    const std::string title(trim_cell(lines[*start]));
    dataset.annex.title =
        PrintedBlock{title, SourceLines{out.annex_from_line, out.annex_from_line}, std::nullopt};
    static const std::regex number_pattern(R"(^annexe ([0-9]{1,2}))");
    std::smatch match;
    const std::string folded = fold_text(title);
    dataset.annex.annex =
        std::regex_search(folded, match, number_pattern) ? std::stoi(match[1].str()) : 0;
    out.kinds.push_back(AnnexLineKind::kTitle);
    ++first;
  }
  for (std::size_t i = first; i <= end; ++i) reader.read_line(lines[i], static_cast<int>(i) + 1);
  reader.finish();
  if (dataset.rows.empty()) {
    return Error(ErrorCode::kMissingField,
                 fmt::format("l'annexe de répartition financière (lignes {} à {}) ne contient "
                             "aucune ligne de répartition lisible ({} lignes non reconnues)",
                             out.annex_from_line, out.annex_to_line, out.unparsed.size()),
                 Location{std::string(file_name), out.annex_from_line, 0, {}});
  }
  return ok_status();
}

}  // namespace octroi::text_import
