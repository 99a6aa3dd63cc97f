#include "base/csv_cell.h"

namespace octroi {
namespace {

bool starts_a_formula(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "-1234,50", "+3", "-0.5": what we write for amounts and quantities, which a
// spreadsheet must keep reading as numbers.
bool is_plain_number(std::string_view text) {
  std::size_t at = 0;
  if (at < text.size() && (text[at] == '-' || text[at] == '+')) ++at;
  const std::size_t digits_from = at;
  while (at < text.size() && is_digit(text[at])) ++at;
  if (at == digits_from) return false;
  if (at < text.size() && (text[at] == ',' || text[at] == '.')) {
    ++at;
    const std::size_t decimals_from = at;
    while (at < text.size() && is_digit(text[at])) ++at;
    if (at == decimals_from) return false;
  }
  return at == text.size();
}

// Zero or more apostrophes, then what starts a formula, and not a number.
bool looks_like_a_formula(std::string_view text) {
  const std::size_t first = text.find_first_not_of('\'');
  return first != std::string_view::npos && starts_a_formula(text[first]) &&
         !is_plain_number(text.substr(first));
}

}  // namespace

std::string csv_cell(std::string_view text, char separator) {
  std::string cell;
  cell.reserve(text.size() + 1);
  // An apostrophe also goes before a text that already starts with some
  // ("'=x"), so that reading it back (csv_cell_text) gives the text itself.
  if (looks_like_a_formula(text)) cell.push_back('\'');
  cell.append(text.data(), text.size());
  const bool quote =
      cell.find_first_of(std::string{separator, '"', '\r', '\n'}) != std::string::npos ||
      (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
  if (!quote) return cell;
  std::string quoted = "\"";
  quoted.reserve(cell.size() + 2);
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string_view csv_cell_text(std::string_view cell) {
  if (!cell.empty() && cell.front() == '\'' && looks_like_a_formula(cell)) return cell.substr(1);
  return cell;
}

}  // namespace octroi
