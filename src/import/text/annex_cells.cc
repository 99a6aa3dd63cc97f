// The cells of a deliberation's annex table (see annex_text_reader.h): lines
// and cells, operation cells and theme headings, total labels, amounts,
// instruments, organisation slugs.
#include <regex>

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

std::string organisation_slug(std::string_view name) {
  const std::string folded = fold_text(name);
  std::string slug;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
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

}  // namespace octroi::text_import
