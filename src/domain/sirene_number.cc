// Digits, checksum and display shared by Siren and Siret.
#include "domain/sirene_number.h"

#include <fmt/format.h>

#include "base/utf8.h"

namespace octroi::detail {

namespace {

// Byte length of the space at `text[i]`, or 0 when there is none.
std::size_t space_length(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(i);
  if (rest.front() == ' ' || rest.front() == '\t') return 1;
  if (rest.starts_with("\u00A0")) return 2;
  if (rest.starts_with("\u2009") || rest.starts_with("\u202F")) return 3;
  return 0;
}

// The character at `text[i]` as a message shows it: itself when printable,
// "U+0009" for a control character, "octet 0xFF" for a byte that is not UTF-8.
std::string describe_character(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x20 || lead == 0x7F) return fmt::format("U+{:04X}", lead);
  const std::size_t length = utf8_sequence_length(text, i);
  if (length == 0) return fmt::format("octet 0x{:02X}", lead);
  return std::string(text.substr(i, length));
}

std::string found_count(std::size_t count) {
  if (count == 0) return "aucun trouvé";
  if (count == 1) return "1 trouvé";
  return fmt::format("{} trouvés", count);
}

}  // namespace

std::string excerpt(std::string_view text) {
  constexpr std::size_t kMaximumQuoted = 60;
  if (text.size() <= kMaximumQuoted) return std::string(text);
  std::size_t cut = kMaximumQuoted;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

Result<std::string> read_register_digits(std::string_view text, std::string_view name,
                                         std::size_t expected_digits, ErrorCode code) {
  std::string digits;
  std::size_t digit_count = 0;  // may exceed what `digits` keeps
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      if (digit_count < expected_digits) digits += c;
      ++digit_count;
      ++i;
      continue;
    }
    if (std::size_t length = space_length(text, i); length > 0) {
      i += length;
      continue;
    }
    Location where;
    where.column = static_cast<int>(i + 1);
    return Error(code,
                 fmt::format("{} invalide « {} » : caractère « {} » inattendu, seuls les "
                             "chiffres et les espaces sont admis",
                             name, excerpt(text), describe_character(text, i)),
                 where);
  }
  if (digit_count != expected_digits) {
    return Error(code, fmt::format("{} invalide « {} » : {} chiffres attendus, {}", name,
                                   excerpt(text), expected_digits, found_count(digit_count)));
  }
  return digits;
}

bool luhn_valid(std::string_view digits) {
  int total = 0;
  bool doubled = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int value = *it - '0';
    if (doubled) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    total += value;
    doubled = !doubled;
  }
  return total % 10 == 0;
}

int digit_sum(std::string_view digits) {
  int total = 0;
  for (char c : digits) total += c - '0';
  return total;
}

std::string group_register_digits(std::string_view digits) {
  constexpr std::size_t kSirenLength = 9;
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    const bool new_group = i > 0 && (i < kSirenLength ? i % 3 == 0 : i == kSirenLength);
    if (new_group) out += ' ';
    out += digits[i];
  }
  return out;
}

}  // namespace octroi::detail
