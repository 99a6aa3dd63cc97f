// Quantities in an annex row's description (see annex_text_reader.h):
// "230 places", "8,10 ETP", "15 accompagnements", and the unit words they use.
#include <array>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/dataset/value_readers.h"
#include "import/text/annex_text_reader.h"
#include "import/text/cell_text.h"

namespace octroi::text_import {

using detail::is_space_at;

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

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::optional<QuantityUnit> read_unit(std::string_view text) {
  const std::string folded = fold_text(text);
  for (const UnitWord& unit : kUnitWords) {
    if (unit.folded == folded) return import::domain_unit_of(unit.key);
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
      quantity.domain_unit = import::domain_unit_of(unit.key);
      quantities.push_back(std::move(quantity));
      break;
    }
    i = end;
  }
  return quantities;
}

}  // namespace octroi::text_import
