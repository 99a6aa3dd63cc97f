// Credentials: the secrets of the web application, through libsodium:
// passwords hashed with argon2id (crypto_pwhash_str, interactive limits, a
// random salt in each hash), random tokens for session cookies and CSRF, and
// the SHA-256 under which a session token is stored. Thread safety: every
// function may be called from any thread once sodium_init() has run
// (initialise_crypto(), called by the server and by `octroi user add`).
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace octroi::api {

// kInternal when libsodium cannot initialise (no entropy source).
Status initialise_crypto();

// kInternal when the hash cannot be computed (out of memory).
Result<std::string> hash_password(std::string_view password);
// Constant-time; false for a malformed hash.
bool verify_password(std::string_view password, const std::string& hash);

// 32 random bytes, hex-encoded (64 characters).
std::string random_token();
// SHA-256 of `text`, hex-encoded.
std::string sha256_hex(std::string_view text);
// Constant-time comparison of two tokens.
bool same_token(std::string_view left, std::string_view right);

}  // namespace octroi::api
