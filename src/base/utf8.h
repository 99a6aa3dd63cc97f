// Strict UTF-8 (RFC 3629): the one decoder every reader uses to accept text and
// to quote it in messages. Overlong forms, UTF-16 surrogates and code points
// past U+10FFFF are ill-formed, as in any browser or database.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace octroi {

// The byte length (1 to 4) of the well-formed sequence at `at`, 0 when the
// bytes there are not UTF-8 or `at` is past the end.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// The offset of the first ill-formed byte, std::string_view::npos when none.
std::size_t first_invalid_utf8(std::string_view text);

// True when the whole of `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

// `text` with each ill-formed byte replaced by U+FFFD, for quoting input in a
// message that must itself be UTF-8.
std::string valid_utf8(std::string_view text);

}  // namespace octroi
