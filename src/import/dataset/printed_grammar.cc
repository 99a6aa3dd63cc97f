#include "import/dataset/printed_grammar.h"

#include <fmt/format.h>
#include <string>

#include "calendar/parse.h"
#include "money/parse.h"

namespace octroi::import {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The length of a space (U+0020, U+00A0, U+202F) at `pos`, 0 if none.
std::size_t space_at(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == ' ') return 1;
  if (text.substr(pos, 2) == "\xC2\xA0") return 2;
  if (text.substr(pos, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

// Digits grouped by three with single spaces ("1 614 364") or not ("1614364"),
// from `pos`. Returns the digits and advances `pos`; empty when malformed.
std::string grouped_digits(std::string_view text, std::size_t& pos) {
  std::string digits;
  std::size_t group = 0;
  bool grouped = false;
  std::size_t i = pos;
  while (i < text.size()) {
    if (is_digit(text[i])) {
      digits += text[i];
      ++group;
      ++i;
      continue;
    }
    const std::size_t space = space_at(text, i);
    if (space > 0 && i + space < text.size() && is_digit(text[i + space])) {
      // A separator: the group before must be 1-3 digits (first) or exactly 3.
      if ((!grouped && (group == 0 || group > 3)) || (grouped && group != 3)) return {};
      grouped = true;
      group = 0;
      i += space;
      continue;
    }
    break;
  }
  if (digits.empty() || (grouped && group != 3)) return {};
  pos = i;
  return digits;
}

Error invalid(ErrorCode code, std::string_view what, std::string_view text, std::string_view why) {
  return Error(code, fmt::format("{} invalide « {} » : {}", what, text, why));
}

}  // namespace

Result<Amount> parse_printed_amount(std::string_view text) {
  std::size_t pos = 0;
  std::string normal;
  if (pos < text.size() && text[pos] == '-') {
    normal += '-';
    ++pos;
  }
  std::string digits = grouped_digits(text, pos);
  if (digits.empty()) {
    return invalid(ErrorCode::kInvalidAmount, "montant", text,
                   "chiffres groupés par trois attendus (« 1 614 364,36 € »)");
  }
  normal += digits;
  if (pos < text.size() && (text[pos] == ',' || text[pos] == '.')) {
    std::size_t decimals = 0;
    ++pos;
    normal += ',';
    while (pos < text.size() && is_digit(text[pos])) {
      normal += text[pos++];
      ++decimals;
    }
    if (decimals == 0 || decimals > 2) {
      return invalid(ErrorCode::kInvalidAmount, "montant", text,
                     "un ou deux chiffres après la virgule");
    }
  }
  std::string_view rest = text.substr(pos);
  const std::size_t space = space_at(rest, 0);
  if (space > 0) rest.remove_prefix(space);
  if (!(rest.empty() && space == 0) && rest != "€" && rest != "EUR" && rest != "euro" &&
      rest != "euros") {
    return invalid(ErrorCode::kInvalidAmount, "montant", text,
                   "seuls « € », « EUR », « euro » ou « euros » peuvent suivre le nombre");
  }
  return parse_amount(normal);
}

Result<Date> parse_printed_date(std::string_view text) { return parse_date(text); }

Result<Period> parse_printed_period(std::string_view text) {
  std::string_view rest = text;
  constexpr std::string_view kOver = "sur la période ";
  if (rest.substr(0, kOver.size()) == kOver) rest.remove_prefix(kOver.size());
  for (std::string_view prefix : {"du ", "Du "}) {
    if (rest.substr(0, prefix.size()) == prefix) {
      rest.remove_prefix(prefix.size());
      break;
    }
  }
  if (rest.empty() || !is_digit(rest[0])) {
    return invalid(ErrorCode::kInvalidPeriod, "période", text,
                   "« du JJ/MM/AAAA au JJ/MM/AAAA » attendu");
  }
  return parse_period(text);
}

Result<Quantity> parse_printed_quantity(std::string_view text) {
  std::size_t pos = 0;
  std::string digits = grouped_digits(text, pos);
  std::string normal = digits;
  if (!digits.empty() && pos < text.size() && (text[pos] == ',' || text[pos] == '.')) {
    normal += ',';
    std::size_t decimals = 0;
    for (++pos; pos < text.size() && is_digit(text[pos]); ++pos, ++decimals) normal += text[pos];
    if (decimals == 0 || decimals > 4) digits.clear();
  }
  if (digits.empty() || pos != text.size()) {
    return invalid(ErrorCode::kInvalidQuantity, "quantité", text,
                   "nombre décimal sans unité attendu (« 2,05 », « 230 »)");
  }
  return parse_quantity(normal);
}

Result<int> parse_printed_count(std::string_view text) {
  std::size_t pos = 0;
  const std::string digits = grouped_digits(text, pos);
  if (digits.empty() || pos != text.size() || digits.size() > 9) {
    return invalid(ErrorCode::kInvalidValue, "nombre", text, "entier positif attendu (« 36 »)");
  }
  return std::stoi(digits);
}

Result<Rate> parse_printed_rate(std::string_view text) {
  if (text.empty() || text.back() != '%') {
    return invalid(ErrorCode::kInvalidRate, "taux", text, "pourcentage attendu (« 20 % »)");
  }
  std::string_view number = text.substr(0, text.size() - 1);
  for (std::size_t width : {1, 2, 3}) {
    if (number.size() >= width && space_at(number, number.size() - width) == width) {
      number.remove_suffix(width);
      break;
    }
  }
  auto quantity = parse_printed_quantity(number);
  if (!quantity.ok()) {
    return invalid(ErrorCode::kInvalidRate, "taux", text, "pourcentage attendu (« 20 % »)");
  }
  return parse_rate(text);
}

Result<int> parse_printed_duration(std::string_view text) {
  std::size_t pos = 0;
  const std::string digits = grouped_digits(text, pos);
  const std::size_t space = space_at(text, pos);
  if (digits.empty() || digits.size() > 4 || space == 0 || text.substr(pos + space) != "mois") {
    return invalid(ErrorCode::kInvalidValue, "durée", text, "« N mois » attendu (« 12 mois »)");
  }
  return std::stoi(digits);
}

}  // namespace octroi::import
