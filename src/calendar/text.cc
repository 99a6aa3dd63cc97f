#include "calendar/text.h"

#include <array>
#include <fmt/format.h>

#include "calendar/date.h"
#include "calendar/format.h"

namespace octroi::calendar_text {
namespace {

// One decoded UTF-8 character: its code point and byte length; `valid` is
// false for a malformed sequence, whose length is then 1.
struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = false;
};

Decoded decode(std::string_view text, std::size_t position) {
  const auto byte = [&](std::size_t index) { return static_cast<unsigned char>(text[index]); };
  const unsigned char lead = byte(position);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t code_point = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code_point = lead & 0x1Fu;
    minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code_point = lead & 0x0Fu;
    minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code_point = lead & 0x07u;
    minimum = 0x10000;
  } else {
    return {};
  }
  if (text.size() - position < length) return {};
  for (std::size_t index = 1; index < length; ++index) {
    const unsigned char next = byte(position + index);
    if ((next & 0xC0) != 0x80) return {};
    code_point = (code_point << 6) | (next & 0x3Fu);
  }
  if (code_point < minimum || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return {};
  }
  return {code_point, length, true};
}

// The unaccented lower-case ASCII letter for a letter of French month names,
// or 0 for anything else.
char fold_letter(char32_t code_point) {
  if (code_point >= 'a' && code_point <= 'z') return static_cast<char>(code_point);
  if (code_point >= 'A' && code_point <= 'Z') return static_cast<char>(code_point - 'A' + 'a');
  switch (code_point) {
    case U'é':
    case U'É':
    case U'è':
    case U'È':
    case U'ê':
    case U'Ê':
    case U'ë':
    case U'Ë':
      return 'e';
    case U'û':
    case U'Û':
    case U'ù':
    case U'Ù':
    case U'ü':
    case U'Ü':
      return 'u';
    case U'à':
    case U'À':
    case U'â':
    case U'Â':
      return 'a';
    case U'ô':
    case U'Ô':
      return 'o';
    case U'î':
    case U'Î':
    case U'ï':
    case U'Ï':
      return 'i';
    default:
      return 0;
  }
}

constexpr std::array<std::string_view, 12> kFoldedMonths = {
    "janvier", "fevrier", "mars",      "avril",   "mai",      "juin",
    "juillet", "aout",    "septembre", "octobre", "novembre", "decembre"};

constexpr std::size_t kQuotedCharacters = 60;

}  // namespace

std::size_t space_length(std::string_view text, std::size_t position) {
  if (position >= text.size()) return 0;
  const Decoded decoded = decode(text, position);
  if (!decoded.valid) return 0;
  const char32_t c = decoded.code_point;
  const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
                     c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F;
  return space ? decoded.length : 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t position) {
  while (std::size_t length = space_length(text, position)) position += length;
  return position;
}

std::string_view trim(std::string_view text) {
  const std::size_t begin = skip_spaces(text, 0);
  std::size_t end = begin;
  for (std::size_t position = begin; position < text.size();) {
    const std::size_t length = space_length(text, position);
    if (length == 0) {
      position += decode(text, position).length;
      end = position;
    } else {
      position += length;
    }
  }
  return text.substr(begin, end - begin);
}

int column_of(std::string_view text, std::size_t position) {
  int column = 1;
  for (std::size_t index = 0; index < position && index < text.size(); ++index) {
    if ((static_cast<unsigned char>(text[index]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

std::optional<std::string> fold_word(std::string_view word) {
  std::string folded;
  for (std::size_t position = 0; position < word.size();) {
    const Decoded decoded = decode(word, position);
    if (!decoded.valid) return std::nullopt;
    const char letter = fold_letter(decoded.code_point);
    if (letter == 0) return std::nullopt;
    folded += letter;
    position += decoded.length;
  }
  return folded;
}

std::optional<int> month_from_name(std::string_view word) {
  const std::optional<std::string> folded = fold_word(word);
  if (!folded) return std::nullopt;
  for (std::size_t index = 0; index < kFoldedMonths.size(); ++index) {
    if (*folded == kFoldedMonths[index]) return static_cast<int>(index) + 1;
  }
  return std::nullopt;
}

std::string quote(std::string_view text) {
  if (text.empty()) return "« »";
  std::string out = "« ";
  std::size_t characters = 0;
  for (std::size_t position = 0; position < text.size();) {
    if (characters == kQuotedCharacters) {
      out += "…";
      break;
    }
    const Decoded decoded = decode(text, position);
    const bool control = decoded.code_point < 0x20 || decoded.code_point == 0x7F;
    if (decoded.valid && !control) {
      out.append(text.substr(position, decoded.length));
    } else if (decoded.valid && (decoded.code_point == '\t' || decoded.code_point == '\n' ||
                                 decoded.code_point == '\r')) {
      out += ' ';
    } else {
      out += "\uFFFD";  // the replacement character
    }
    position += decoded.length;
    ++characters;
  }
  out += " »";
  return out;
}

std::string short_month_reason(int year, int month, int day) {
  std::string reason = fmt::format("{} {} n'a que {} jours", month_name(month), year,
                                   Date::days_in_month(year, month));
  if (month == 2 && day == 29) reason += fmt::format(" ({} n'est pas bissextile)", year);
  return reason;
}

}  // namespace octroi::calendar_text
