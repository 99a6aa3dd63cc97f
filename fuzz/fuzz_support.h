// Shared by the libFuzzer targets: an oracle that stops the fuzzer on a broken
// promise, and the UTF-8 check every French error message must pass.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string_view>

namespace octroi::fuzz {

// Names the broken promise (file and line) on stderr before stopping, so a
// finding in CI's log says which invariant failed without a rerun.
// (Debian 12's clang has no std::source_location; the builtins are the same.)
inline void check(bool condition, const char* file = __builtin_FILE(),
                  int line = __builtin_LINE()) {
  if (condition) return;
  std::fprintf(stderr, "fuzz: broken promise at %s:%d\n", file, line);
  __builtin_trap();
}

// Well-formed UTF-8 with no overlong form, surrogate or code point past U+10FFFF.
inline bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80   ? 1
                         : lead < 0xC2 ? 0
                         : lead < 0xE0 ? 2
                         : lead < 0xF0 ? 3
                         : lead < 0xF5 ? 4
                                       : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    auto second = static_cast<unsigned char>(length > 1 ? text[i + 1] : 0);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) ||
        (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90)) {
      return false;
    }
    i += length;
  }
  return true;
}

}  // namespace octroi::fuzz
