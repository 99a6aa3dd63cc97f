// The cells of a deliberation's annex table (see annex_text_reader.h): lines
// and cells, operation cells and theme headings, total labels, amounts,
// instruments, organisation slugs.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <regex>
#include <vector>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"
#include "import/text/cell_text.h"

namespace octroi::text_import {

using detail::is_space_at;

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
    if (text.starts_with("**")) {
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

std::optional<OperationCell> read_operation_cell(std::string_view cell) {
  const std::string folded = fold_text(cell);
  std::size_t at = 0;
  if (folded.starts_with("operations ")) {
    at = 11;
  } else if (folded.starts_with("operation ")) {
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
  const bool amendment = folded.starts_with("avenant");
  if (!amendment && !folded.starts_with("convention")) return std::nullopt;
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

// The legal forms a name may open with, folded and without elided particles,
// and the abbreviation an id uses for them.
struct LegalForm {
  std::string_view words;
  std::string_view abbreviation;
};
constexpr LegalForm kLegalForms[] = {
    {"communaute de communes", "cc"},
    {"communaute agglomeration", "ca"},
    {"communaute urbaine", "cu"},
    {"centre communal action sociale", "ccas"},
    {"centre intercommunal action sociale", "cias"},
    {"syndicat intercommunal a vocation multiple", "sivom"},
    {"syndicat intercommunal a vocation unique", "sivu"},
};
// Abbreviated forms (and « commune ») after which « de », « du », « des »,
// « de la » is dropped: « CCAS de Lillers » -> ccas-lillers.
constexpr std::string_view kAbbreviatedForms[] = {"cc",   "ca",    "cu",   "ccas",
                                                  "cias", "sivom", "sivu", "commune"};

bool is_letter_at(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  return std::isalnum(c) != 0 || c >= 0x80;
}

// "CCAS d'Isbergues" -> "CCAS  Isbergues": the elided « d' », « l' » (straight
// or typographic apostrophe) starting a word are dropped.
std::string without_elisions(std::string_view name) {
  std::string result;
  result.reserve(name.size());
  std::size_t i = 0;
  while (i < name.size()) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
    const bool word_start = i == 0 || !is_letter_at(name, i - 1);
    if (word_start && (c == 'd' || c == 'l') && i + 1 < name.size()) {
      if (name[i + 1] == '\'') {
        i += 2;
        result += ' ';
        continue;
      }
      if (name.substr(i + 1, 3) == "\xE2\x80\x99") {
        i += 4;
        result += ' ';
        continue;
      }
    }
    result += name[i];
    ++i;
  }
  return result;
}

std::vector<std::string> slug_words(std::string_view folded) {
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool starts_with_words(const std::vector<std::string>& words, std::string_view phrase,
                       std::size_t& count) {
  count = 0;
  std::size_t at = 0;
  while (at < phrase.size()) {
    std::size_t end = phrase.find(' ', at);
    if (end == std::string_view::npos) end = phrase.size();
    if (count >= words.size() || words[count] != phrase.substr(at, end - at)) return false;
    ++count;
    at = end + 1;
  }
  return true;
}

}  // namespace

std::string organisation_slug(std::string_view name) {
  std::vector<std::string> words = slug_words(fold_text(without_elisions(name)));
  if (words.size() > 1 && words[0] == "association") words.erase(words.begin());
  for (const LegalForm& form : kLegalForms) {
    std::size_t count = 0;
    if (starts_with_words(words, form.words, count) && count < words.size()) {
      words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(count));
      words.insert(words.begin(), std::string(form.abbreviation));
      break;
    }
  }
  if (words.size() > 2 && std::find(std::begin(kAbbreviatedForms), std::end(kAbbreviatedForms),
                                    words[0]) != std::end(kAbbreviatedForms)) {
    std::size_t particle = 0;
    if (words[1] == "de" && words[2] == "la" && words.size() > 3) {
      particle = 2;
    } else if (words[1] == "de" || words[1] == "du" || words[1] == "des") {
      particle = 1;
    }
    words.erase(words.begin() + 1, words.begin() + 1 + static_cast<std::ptrdiff_t>(particle));
  }
  std::string slug;
  for (const std::string& word : words) {
    if (!slug.empty()) slug += '-';
    slug += word;
  }
  if (slug.size() > 100) slug.resize(100);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

}  // namespace octroi::text_import
