// Key grammar shared by every Id<Tag>.
#include "domain/id.h"

#include <fmt/format.h>

namespace octroi {

namespace {

constexpr std::size_t kMaximumKeyLength = 128;

bool is_key_start(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool is_key_char(char c) { return is_key_start(c) || c == '-' || c == '_' || c == '.'; }

}  // namespace

bool is_valid_key(std::string_view key) {
  if (key.empty() || key.size() > kMaximumKeyLength || !is_key_start(key.front())) return false;
  for (char c : key) {
    if (!is_key_char(c)) return false;
  }
  return true;
}

Error invalid_key_error(std::string_view what, std::string_view key) {
  std::string reason;
  if (key.empty()) {
    reason = "identifiant vide";
  } else if (key.size() > kMaximumKeyLength) {
    reason = fmt::format("plus de {} caractères", kMaximumKeyLength);
  } else {
    reason =
        "seuls a-z, 0-9, « - », « _ » et « . » sont admis, en commençant par une lettre ou un "
        "chiffre";
  }
  return Error(ErrorCode::kInvalidValue,
               fmt::format("identifiant {} invalide « {} » : {}", what, key, reason));
}

}  // namespace octroi
