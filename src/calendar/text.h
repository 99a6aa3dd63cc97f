// Private to the calendar module: the pieces of French text handling shared by
// parsing and formatting (UTF-8 spaces, month names, quoting for messages).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace octroi::calendar_text {

// Byte length of the space at `position` (ASCII white space, U+00A0 no-break,
// U+2000..U+200A, U+202F narrow no-break), or 0 when there is none.
std::size_t space_length(std::string_view text, std::size_t position);
// The first position at or after `position` that does not hold a space.
std::size_t skip_spaces(std::string_view text, std::size_t position);
// `text` without its leading and trailing spaces.
std::string_view trim(std::string_view text);

// 1-based column of the byte at `position`, counting UTF-8 characters.
int column_of(std::string_view text, std::size_t position);

// `word` in lower-case ASCII without accents ("Août" -> "aout"); nullopt when
// it holds anything but letters of French words.
std::optional<std::string> fold_word(std::string_view word);

// The month (1..12) a French month name stands for, in any case, with or
// without accents ("décembre", "DECEMBRE", "aout"); nullopt otherwise.
std::optional<int> month_from_name(std::string_view word);

// `text` between French quotes for a message: « 31/11/2024 ». Invalid UTF-8
// and control characters are replaced so that messages stay valid UTF-8; a
// long text is cut with "…".
std::string quote(std::string_view text);

// Why day `day` does not exist in a month shorter than it: "novembre 2024 n'a
// que 30 jours", "février 2023 n'a que 28 jours (2023 n'est pas bissextile)".
// REQUIRES: month in 1..12.
std::string short_month_reason(int year, int month, int day);

}  // namespace octroi::calendar_text
