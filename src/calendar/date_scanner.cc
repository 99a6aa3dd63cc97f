#include "calendar/date_scanner.h"

#include <fmt/format.h>

#include "calendar/text.h"

namespace octroi::calendar_detail {
namespace {

using calendar_text::quote;
using calendar_text::skip_spaces;
using calendar_text::space_length;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::variant<DateParts, Problem> DateScanner::scan(YearRule year_rule) {
  DateParts parts;
  if (at_end()) return fail("aucune date");
  const std::size_t first = position_;
  const std::size_t length = digits();
  if (length == 0) return fail_at(first, "la date doit commencer par des chiffres");
  if (peek() == '-' && length != 2 && length != 1) return scan_iso(first, length);
  if (length > 2) return fail_at(first, "jour sur un ou deux chiffres attendu");
  parts.day = number(first, length);
  parts.day_position = first;
  if (peek() == '/') return scan_numeric(parts, year_rule);
  if (peek() == '.' || peek() == '-' || peek() == ',') {
    return fail(fmt::format("séparateur « {} » inconnu : « / » attendu (JJ/MM/AAAA ou AAAA-MM-JJ)",
                            peek()));
  }
  return scan_words(parts, year_rule);
}

// "2023-09-18": four, two and two digits.
std::variant<DateParts, Problem> DateScanner::scan_iso(std::size_t first, std::size_t length) {
  if (length != 4) return fail_at(first, "année sur quatre chiffres attendue avant « - »");
  DateParts parts;
  parts.year = number(first, 4);
  parts.year_position = first;
  ++position_;  // '-'
  parts.month_position = position_;
  if (digits() != 2) {
    return fail_at(parts.month_position, "mois sur deux chiffres attendu (AAAA-MM-JJ)");
  }
  parts.month = number(parts.month_position, 2);
  if (peek() != '-') return fail("« - » attendu après le mois (AAAA-MM-JJ)");
  ++position_;
  parts.day_position = position_;
  if (digits() != 2) {
    return fail_at(parts.day_position, "jour sur deux chiffres attendu (AAAA-MM-JJ)");
  }
  parts.day = number(parts.day_position, 2);
  return finish(parts);
}

// "01/09/2023", "1/9/2023", "01/09/23"; "01/09" when the year may be missing.
std::variant<DateParts, Problem> DateScanner::scan_numeric(DateParts parts, YearRule year_rule) {
  ++position_;  // '/'
  parts.month_position = position_;
  const std::size_t month_length = digits();
  if (month_length == 0) return fail("mois en chiffres attendu après « / »");
  if (month_length > 2) {
    return fail_at(parts.month_position, "mois sur un ou deux chiffres attendu");
  }
  parts.month = number(parts.month_position, month_length);
  if (at_end() && year_rule == YearRule::kOptional) return parts;
  if (peek() != '/') return fail("« / » puis l'année attendus après le mois");
  ++position_;
  parts.year_position = position_;
  const std::size_t year_length = digits();
  if (year_length == 2) {
    parts.year = 2000 + number(parts.year_position, 2);  // "01/09/23" is 2023.
  } else if (year_length == 4) {
    parts.year = number(parts.year_position, 4);
  } else {
    return fail_at(parts.year_position, "année sur deux ou quatre chiffres attendue");
  }
  return finish(parts);
}

// "1er janvier 2023", "1^{er} novembre 2023", "1 er janvier 2023",
// "31 décembre 2024"; "1er janvier" when the year may be missing.
std::variant<DateParts, Problem> DateScanner::scan_words(DateParts parts, YearRule year_rule) {
  const std::size_t after_day = position_;
  std::size_t next = skip_spaces(text_, position_);
  if (const std::size_t marker = ordinal_marker(next)) {
    if (parts.day != 1) return fail_at(next, "« er » ne suit que le chiffre 1 (1er)");
    position_ = next + marker;
    next = skip_spaces(text_, position_);
  }
  if (next == text_.size()) return fail_at(next, "mois attendu après le jour");
  if (next == position_ && next == after_day) {
    return fail_at(next, "espace attendue entre le jour et le mois");
  }
  if (next == position_) return fail_at(next, "espace attendue après « er »");
  position_ = next;
  parts.month_position = position_;
  while (!at_end() && space_length(text_, position_) == 0 && !is_digit(peek())) ++position_;
  const std::string_view word =
      text_.substr(parts.month_position, position_ - parts.month_position);
  if (word.empty()) return fail("mois en lettres attendu après le jour");
  const std::optional<int> month = calendar_text::month_from_name(word);
  if (!month) {
    return fail_at(parts.month_position, fmt::format("mois inconnu {}", quote(word)));
  }
  parts.month = *month;
  const std::size_t after_month = position_;
  position_ = skip_spaces(text_, position_);
  if (at_end()) {
    if (year_rule == YearRule::kOptional) return parts;
    return fail("année attendue après le mois");
  }
  if (position_ == after_month) return fail("espace attendue entre le mois et l'année");
  parts.year_position = position_;
  if (digits() != 4) return fail_at(parts.year_position, "année sur quatre chiffres attendue");
  parts.year = number(parts.year_position, 4);
  return finish(parts);
}

// Byte length of "er", "^{er}" or "ᵉʳ" at `at` (any case, not followed
// by a letter), or 0.
std::size_t DateScanner::ordinal_marker(std::size_t at) const {
  const std::string_view rest = text_.substr(at);
  for (std::string_view marker : {"^{er}", "ᵉʳ"}) {
    if (rest.starts_with(marker)) return marker.size();
  }
  const auto lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  };
  if (rest.size() >= 2 && lower(rest[0]) == 'e' && lower(rest[1]) == 'r') {
    const bool letter_follows = rest.size() > 2 && space_length(rest, 2) == 0 && !is_digit(rest[2]);
    if (!letter_follows) return 2;
  }
  return 0;
}

std::variant<DateParts, Problem> DateScanner::finish(const DateParts& parts) {
  if (at_end()) return parts;
  position_ = skip_spaces(text_, position_);
  return fail(
      fmt::format("caractères inattendus {} après la date", quote(text_.substr(position_))));
}

// Skips a run of ASCII digits and returns its length.
std::size_t DateScanner::digits() {
  const std::size_t start = position_;
  while (!at_end() && is_digit(peek())) ++position_;
  return position_ - start;
}

// REQUIRES: [at, at + length) holds at most four digits.
int DateScanner::number(std::size_t at, std::size_t length) const {
  int value = 0;
  for (std::size_t index = at; index < at + length; ++index) {
    value = value * 10 + (text_[index] - '0');
  }
  return value;
}

std::variant<Date, Problem> to_date(const DateParts& parts) {
  const int year = parts.year.value_or(0);
  if (parts.month < 1 || parts.month > 12) {
    return Problem{ErrorCode::kInvalidDate, fmt::format("mois {} inexistant (1 à 12)", parts.month),
                   parts.month_position};
  }
  if (parts.day < 1 || parts.day > 31) {
    return Problem{ErrorCode::kInvalidDate, fmt::format("jour {} inexistant (1 à 31)", parts.day),
                   parts.day_position};
  }
  if (year < 1) {
    return Problem{ErrorCode::kInvalidDate, fmt::format("année {} inexistante (1 à 9999)", year),
                   parts.year_position};
  }
  if (parts.day > Date::days_in_month(year, parts.month)) {
    return Problem{ErrorCode::kImpossibleDate,
                   calendar_text::short_month_reason(year, parts.month, parts.day),
                   parts.day_position};
  }
  Result<Date> date = Date::create(year, parts.month, parts.day);
  if (!date.ok()) return Problem{date.error().code(), date.error().message(), parts.day_position};
  return *date;
}

}  // namespace octroi::calendar_detail
