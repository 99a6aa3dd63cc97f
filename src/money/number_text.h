// NumberText: the lexer shared by parse_amount, parse_quantity and parse_rate
// (private to money/). It reads a signed decimal as French documents and
// machines write it, and says in French, with a byte offset, where it goes wrong.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace octroi::money_internal {

// Why a text is refused, and where: `offset` is in bytes, the column is offset + 1.
struct Refusal {
  std::string reason;  // "caractère inattendu « a » en colonne 3"
  std::size_t offset = 0;
};

// A well-formed number: its digits without separators, and where it lies.
struct NumberText {
  bool negative = false;
  std::string digits;               // integer digits then decimal digits
  std::size_t decimals = 0;         // how many of `digits` follow the decimal mark
  std::size_t decimals_offset = 0;  // byte offset of the first decimal digit
  std::size_t begin = 0;            // byte offset of the sign or first digit
  std::size_t end = 0;              // byte offset just past the last digit
};

// Reads the number that starts at `offset`: an optional '-' (or U+2212), digits
// grouped by three with spaces (U+0020, U+00A0, U+202F) or with '.' when ',' is
// the decimal mark, then an optional decimal mark (',' or '.') and decimals.
// It stops before a space not followed by a digit ("42 000 €"); the caller
// reads what follows. Refuses misplaced or mixed separators, two decimal marks,
// and a lone '.' between one to three digits (the first not 0) and exactly
// three ("1.234" is ambiguous; "0.125" and "1234.567" are not).
std::variant<NumberText, Refusal> read_number(std::string_view text, std::size_t offset);

// The number as a count of 10^-scale_digits, or nullopt when it does not fit
// in int64. REQUIRES: number.decimals <= scale_digits <= 18.
std::optional<std::int64_t> scaled_value(const NumberText& number, int scale_digits);

// The byte length of the space (U+0020, U+00A0, U+202F) at `offset`, 0 if none.
std::size_t space_length(std::string_view text, std::size_t offset);
// The offset of the first byte at or after `offset` that is not such a space.
std::size_t skip_spaces(std::string_view text, std::size_t offset);
// [begin, end) of `text` without surrounding spaces and tabs.
std::pair<std::size_t, std::size_t> trimmed_bounds(std::string_view text);

// "caractère inattendu « a » en colonne 3", or "… (espace insécable) …", or
// "chiffre attendu en colonne 4, à la fin du texte" when `offset` is the end.
std::string unexpected_at(std::string_view text, std::size_t offset);

// "« text »", with invalid UTF-8 and control characters shown as U+FFFD and a
// long text cut after 40 characters, so that a message is always printable.
std::string quoted(std::string_view text);

}  // namespace octroi::money_internal
