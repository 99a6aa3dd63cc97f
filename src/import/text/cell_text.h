// Spaces as a deliberation text prints them — ASCII blanks, U+00A0 (no-break
// space) and U+202F (narrow no-break space, the French thousands separator) —
// shared by the annex cell readers (annex_cells.cc, quantity_cells.cc).
#pragma once

#include <cstddef>
#include <string_view>

namespace octroi::text_import::detail {

// True when a space starts at byte `i` of `text`; `length` is its byte length.
inline bool is_space_at(std::string_view text, std::size_t i, std::size_t& length) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte == ' ' || byte == '\t' || byte == '\r' || byte == '\v' || byte == '\f') {
    length = 1;
    return true;
  }
  if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    length = 2;
    return true;
  }
  if (byte == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0xAF) {
    length = 3;
    return true;
  }
  return false;
}

}  // namespace octroi::text_import::detail
