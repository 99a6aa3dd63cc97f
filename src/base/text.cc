// Text folding (see text.h).
#include "base/text.h"

#include <cctype>

namespace octroi {

namespace {

// The ASCII letters of a two-byte UTF-8 Latin letter (after 0xC3 or 0xC5).
std::string_view fold_latin(unsigned char lead, unsigned char next) {
  if (lead == 0xC5 && (next == 0x93 || next == 0x92)) return "oe";
  if (lead != 0xC3) return "";
  if (next >= 0x80 && next <= 0x85) return "a";
  if (next >= 0xA0 && next <= 0xA5) return "a";
  if (next == 0x87 || next == 0xA7) return "c";
  if ((next >= 0x88 && next <= 0x8B) || (next >= 0xA8 && next <= 0xAB)) return "e";
  if ((next >= 0x8C && next <= 0x8F) || (next >= 0xAC && next <= 0xAF)) return "i";
  if ((next >= 0x92 && next <= 0x96) || (next >= 0xB2 && next <= 0xB6)) return "o";
  if ((next >= 0x99 && next <= 0x9C) || (next >= 0xB9 && next <= 0xBC)) return "u";
  if (next == 0x86 || next == 0xA6) return "ae";
  return "";
}

}  // namespace

std::string fold_text(std::string_view text) {
  std::string folded;
  bool space = true;  // no leading space
  auto push_space = [&] {
    if (!space) folded += ' ';
    space = true;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (std::isalnum(byte) != 0) {
        folded += static_cast<char>(std::tolower(byte));
        space = false;
      } else {
        push_space();
      }
      continue;
    }
    if ((byte == 0xC3 || byte == 0xC5) && i + 1 < text.size()) {
      std::string_view letters = fold_latin(byte, static_cast<unsigned char>(text[i + 1]));
      ++i;
      if (letters.empty()) {
        push_space();
      } else {
        folded += letters;
        space = false;
      }
      continue;
    }
    // Any other non-ASCII character (curly apostrophe, no-break spaces,
    // dashes) separates words; skip its continuation bytes.
    while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
    push_space();
  }
  if (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

std::string upper_unaccented(std::string_view text) {
  std::string upper;
  upper.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      upper += static_cast<char>(std::toupper(byte));
      continue;
    }
    if ((byte == 0xC3 || byte == 0xC5) && i + 1 < text.size()) {
      std::string_view letters = fold_latin(byte, static_cast<unsigned char>(text[i + 1]));
      if (!letters.empty()) {
        for (char letter : letters)
          upper += static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
        ++i;
        continue;
      }
    }
    upper += static_cast<char>(byte);
  }
  return upper;
}

}  // namespace octroi
