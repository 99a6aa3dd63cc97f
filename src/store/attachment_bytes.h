// The bytes of an attached file as the store keeps them: their SHA-256 (hex,
// the key they are stored under) and base64 text (both backends bind text).
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace octroi::store {

// 64 lower-case hexadecimal digits.
std::string sha256_hex(std::string_view bytes);
std::string to_base64(std::string_view bytes);
// kIo for a text that is not base64.
Result<std::string> from_base64(std::string_view text);

}  // namespace octroi::store
