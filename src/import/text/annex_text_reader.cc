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
#include "import/dataset/printed_grammar.h"

namespace octroi::text_import {

namespace {

constexpr std::string_view kCarriedTerritoryNote =
    "Cellule territoire vide ; territoire repris de la ligne précédente (cellule fusionnée "
    "présumée), non imprimé.";

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

// "Opération 2 : Accompagnement social" -> {2, "Opération 2", "Accompagnement social"}.
struct OperationCell {
  int number = 0;
  std::string label;
  std::string title;
};

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

// "1. Accompagnement des bénéficiaires du RSA : ..." -> {1, "1.", "Accompagnement ..."}.
struct ThemeHeading {
  int number = 0;
  std::string label;
  std::string title;
};

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

bool is_columns_row(const std::vector<Cell>& cells) {
  for (const Cell& cell : cells) {
    const std::string folded = fold_text(cell.text);
    if (folded == "operation" || folded == "montant retenu" || folded == "structure") return true;
  }
  return false;
}

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

// "15 accompagnements ... pour 8,10 ETP" -> 15 accompagnements, 8,10 etp.
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
  TableReader(std::string_view file_name, const ProgrammeId& programme, DeliberationTextImport& out)
      : file_name_(file_name), programme_(programme), out_(out), dataset_(out.dataset) {}

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
      if (section_ < 0)
        return unparsed(line, number, "en-tête de colonnes avant tout titre de thématique");
      AnnexColumns columns;
      for (const Cell& cell : cells) columns.printed.emplace_back(cell.text);
      columns.source = SourceLines{number, number};
      dataset_.sections[static_cast<std::size_t>(section_)].columns = std::move(columns);
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
    if (section_ < 0)
      return unparsed(line, number, "ligne du tableau avant tout titre de thématique");
    if (operation) start_operation(*operation, number);
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

  void finish() {
    // Operation and theme totals cover the award rows of their operation or
    // section; programme totals every row.
    for (DeclaredTotal& total : dataset_.totals) {
      if (total.scope == TotalScope::kRows) continue;
      total.covered.clear();
      for (const AnnexRow& row : dataset_.rows) {
        if (row.order > total.order) continue;
        const bool covered = total.scope == TotalScope::kProgramme ||
                             (row.section == total.section && (total.scope == TotalScope::kTheme ||
                                                               row.operation == *total.operation));
        if (covered) total.covered.push_back(row.award.id);
      }
    }
    for (const DeclaredTotal& total : dataset_.totals) {
      if (!total.amount.value) continue;
      Amount sum = Amount::zero();
      bool overflow = false;
      for (const AwardId& id : total.covered) {
        const AnnexRow* row = dataset_.find_row(id.key());
        if (row == nullptr || !row->amount.value) continue;
        Result<Amount> next = sum.plus(*row->amount.value);
        if (!next.ok()) {
          overflow = true;
          break;
        }
        sum = *next;
      }
      if (overflow || sum != *total.amount.value) {
        out_.mismatches.push_back(
            TotalMismatch{total.id, total.amount.line, *total.amount.value, sum});
      }
    }
  }

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
    out_.unparsed.push_back(UnparsedLine{number, std::string(line), std::move(reason)});
    mark(AnnexLineKind::kUnparsed);
  }

  void start_section(const ThemeHeading& heading, std::string printed, int number) {
    const bool known =
        std::any_of(dataset_.themes.begin(), dataset_.themes.end(),
                    [&](const ThemeEntry& entry) { return entry.theme.number == heading.number; });
    if (!known) {
      ThemeEntry entry;
      entry.theme.id = ThemeId(fmt::format("t{}", heading.number));
      entry.theme.programme = programme_;
      entry.theme.number = heading.number;
      entry.theme.title = heading.title;
      entry.titles.push_back(
          PrintedTitle{"annex4", heading.label, heading.title, SourceLines{number, number}});
      dataset_.themes.push_back(std::move(entry));
      dataset_.programme.call_themes.push_back(CallTheme{
          heading.number, heading.label, heading.title, true, SourceLines{number, number}});
    }
    AnnexSection section;
    section.theme = heading.number;
    section.heading = PrintedBlock{std::move(printed), SourceLines{number, number}, std::nullopt};
    dataset_.sections.push_back(std::move(section));
    section_ = static_cast<int>(dataset_.sections.size()) - 1;
    theme_ = heading.number;
    operation_ = 0;
    territory_.reset();
    theme_total_seen_ = false;
  }

  void start_operation(const OperationCell& cell, int number) {
    operation_ = cell.number;
    territory_.reset();
    if (dataset_.find_operation(theme_, cell.number) == nullptr) {
      OperationEntry entry;
      entry.operation.id = OperationId(fmt::format("t{}-o{}", theme_, cell.number));
      entry.operation.theme = ThemeId(fmt::format("t{}", theme_));
      entry.operation.number = cell.number;
      entry.operation.title = cell.title;
      entry.theme = theme_;
      entry.titles.push_back(
          PrintedTitle{"annex4", cell.label, cell.title, SourceLines{number, number}});
      // Keep operations theme by theme, in numerical order.
      auto at = std::find_if(
          dataset_.operations.begin(), dataset_.operations.end(), [&](const OperationEntry& other) {
            return other.theme > theme_ ||
                   (other.theme == theme_ && other.operation.number > cell.number);
          });
      dataset_.operations.insert(at, std::move(entry));
    }
  }

  OrganisationReference organisation_for(std::string_view printed) {
    const std::string folded = fold_text(printed);
    auto found = organisations_.find(folded);
    if (found != organisations_.end()) {
      OrganisationEntry& entry = dataset_.organisations[found->second];
      if (entry.organisation.name != printed &&
          std::find(entry.aliases.begin(), entry.aliases.end(), printed) == entry.aliases.end()) {
        entry.aliases.emplace_back(printed);
      }
      return OrganisationReference{std::string(printed), entry.organisation.id, std::nullopt};
    }
    std::string slug = organisation_slug(printed);
    if (slug.empty()) slug = "structure";
    std::string id = slug;
    for (int n = 2; used_ids_.count(id) > 0; ++n) id = fmt::format("{}-{}", slug, n);
    used_ids_.insert(id);
    OrganisationEntry entry;
    entry.organisation.id = OrganisationId(id);
    entry.organisation.name = std::string(printed);
    organisations_.emplace(folded, dataset_.organisations.size());
    dataset_.organisations.push_back(std::move(entry));
    return OrganisationReference{std::string(printed), OrganisationId(id), std::nullopt};
  }

  void add_award(std::string_view line, int number, const std::vector<Cell>& texts,
                 std::string_view amount_text, std::optional<AnnexInstrument> instrument) {
    if (operation_ == 0)
      return unparsed(line, number, "ligne de répartition avant toute opération");
    if (texts.size() > 3) {
      return unparsed(line, number,
                      fmt::format("{} cellules de texte (territoire, structure, description "
                                  "attendus au plus)",
                                  texts.size()));
    }
    std::optional<TerritoryReference> territory;
    std::string_view structure;
    std::optional<std::string> description;
    if (texts.size() == 3) {
      territory = read_territory_cell(texts[0].text);
      if (!territory) {
        return unparsed(line, number,
                        fmt::format("territoire non reconnu « {} » (colonne {})", texts[0].text,
                                    column_of(line, texts[0].offset)));
      }
      structure = texts[1].text;
      description = std::string(texts[2].text);
    } else if (texts.size() == 2) {
      territory = read_territory_cell(texts[0].text);
      if (territory) {
        structure = texts[1].text;
      } else {
        structure = texts[0].text;
        description = std::string(texts[1].text);
      }
    } else {
      structure = texts[0].text;
    }
    if (!territory) {
      if (!territory_) {
        return unparsed(
            line, number,
            "territoire absent, et aucun territoire à reprendre de la ligne précédente");
      }
      territory = TerritoryReference{"", territory_->scope, territory_->canonical_keys,
                                     std::string(kCarriedTerritoryNote)};
    } else {
      territory_ = territory;
    }
    Result<Amount> amount = import::parse_printed_amount(amount_text);
    Printed<Amount> printed_amount{std::string(amount_text), *amount, false, std::nullopt, number};
    std::vector<PrintedQuantity> quantities;
    std::optional<Printed<Period>> period;
    if (description) {
      quantities = read_quantities(*description, number);
      static const std::regex period_pattern(
          R"(du ([0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}) au ([0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}))");
      std::smatch match;
      if (std::regex_search(*description, match, period_pattern)) {
        Printed<Period> printed;
        printed.text = match[0].str();
        printed.line = number;
        Result<Period> value = import::parse_printed_period(printed.text);
        if (value.ok()) {
          printed.value = *value;
        } else {
          printed.unparseable = true;
          printed.note = value.error().message();
          out_.unreadable.push_back(
              UnreadableValue{number, printed.text,
                              fmt::format("période illisible : {}", value.error().message())});
        }
        period = std::move(printed);
      }
    }
    OrganisationReference organisation = organisation_for(structure);
    int& count = row_counts_[{theme_, operation_}];
    ++count;
    const std::string id = fmt::format("t{}-o{}-{:02}", theme_, operation_, count);
    Award award{.id = AwardId(id),
                .organisation = organisation.id,
                .operation = OperationId(fmt::format("t{}-o{}", theme_, operation_)),
                .territory = territory->scope,
                .description = description.value_or(""),
                .quantity = std::nullopt,
                .period = std::nullopt,
                .amount = *amount,
                .instrument = instrument ? instrument->kind : LegalInstrument::kNone,
                .instrument_reference = std::nullopt};
    for (const PrintedQuantity& quantity : quantities) {
      if (quantity.quantity.value && quantity.domain_unit) {
        award.quantity = UnitQuantity{*quantity.quantity.value, *quantity.domain_unit};
        break;
      }
    }
    if (period && period->value) award.period = *period->value;
    if (instrument) award.instrument_reference = instrument->printed;
    open_rows_.push_back(id);
    since_subtotal_.push_back(id);
    dataset_.rows.push_back(AnnexRow{.award = std::move(award),
                                     .order = order_++,
                                     .section = section_,
                                     .theme = theme_,
                                     .operation = operation_,
                                     .territory = std::move(*territory),
                                     .organisation = std::move(organisation),
                                     .description = std::move(description),
                                     .quantities = std::move(quantities),
                                     .period = std::move(period),
                                     .amount = std::move(printed_amount),
                                     .instrument = std::move(instrument),
                                     .source = SourceLines{number, number},
                                     .notes = std::nullopt});
    section_has_rows_ = true;
    mark(AnnexLineKind::kAward);
  }

  std::string unique_total_id(std::string id) {
    std::string candidate = id;
    for (int n = 2; total_ids_.count(candidate) > 0; ++n) candidate = fmt::format("{}-{}", id, n);
    total_ids_.insert(candidate);
    return candidate;
  }

  void add_total(const std::string& printed_label, const std::string& folded_label,
                 std::string_view amount_text, int number, std::string_view line) {
    DeclaredTotal total;
    total.order = order_;
    total.section = section_;
    total.theme = theme_;
    if (!printed_label.empty()) total.label = printed_label;
    if (folded_label == "sous total" || folded_label == "sous totaux") {
      if (operation_ == 0 || since_subtotal_.empty()) {
        return unparsed(line, number, "sous-total sans ligne de répartition à couvrir");
      }
      total.scope = TotalScope::kRows;
      total.operation = operation_;
      int& count = subtotal_counts_[{theme_, operation_}];
      ++count;
      total.id = unique_total_id(fmt::format("t{}-o{}-subtotal-{}", theme_, operation_, count));
      for (const std::string& id : since_subtotal_) total.listed.emplace_back(id);
      total.covered = total.listed;
      since_subtotal_.clear();
    } else if (folded_label != "total general" && operation_ != 0 && !open_rows_.empty()) {
      total.scope = TotalScope::kOperation;
      total.operation = operation_;
      total.id = unique_total_id(fmt::format("t{}-o{}-total", theme_, operation_));
      open_rows_.clear();
      since_subtotal_.clear();
    } else if (folded_label != "total general" && section_has_rows_ && !theme_total_seen_) {
      total.scope = TotalScope::kTheme;
      total.id = unique_total_id(fmt::format("t{}-total", theme_));
      theme_total_seen_ = true;
    } else {
      total.scope = TotalScope::kProgramme;
      total.id = unique_total_id("total");
    }
    Result<Amount> amount = import::parse_printed_amount(amount_text);
    total.amount = Printed<Amount>{std::string(amount_text), *amount, false, std::nullopt, number};
    total.source = SourceLines{number, number};
    if (printed_label.empty()) {
      total.notes = "Ligne de total sans libellé : montant seul dans la colonne des montants.";
    }
    ++order_;
    dataset_.totals.push_back(std::move(total));
    mark(AnnexLineKind::kTotal);
  }

  std::string_view file_name_;
  ProgrammeId programme_;
  DeliberationTextImport& out_;
  ProgrammeDataset& dataset_;
  int section_ = -1;
  int theme_ = 0;
  int operation_ = 0;
  int order_ = 0;
  bool section_has_rows_ = false;
  bool theme_total_seen_ = false;
  std::optional<TerritoryReference> territory_;
  std::vector<std::string> open_rows_;       // rows of the operation not yet closed by its total
  std::vector<std::string> since_subtotal_;  // rows since the last subtotal of the operation
  std::map<std::pair<int, int>, int> row_counts_;
  std::map<std::pair<int, int>, int> subtotal_counts_;
  std::map<std::string, std::size_t> organisations_;  // folded name -> index
  std::set<std::string> used_ids_;
  std::set<std::string> total_ids_;
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
  TableReader reader(file_name, programme, out);
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
