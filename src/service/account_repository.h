// AccountRepository: what the web application needs from storage for staff
// accounts and their browser sessions, implemented by the store's backends.
// Passwords are kept only as argon2id hashes and session tokens only as their
// SHA-256: the database never holds a secret that opens a session by itself.
// Creating an account is journaled (without its hash).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "service/programme_repository.h"
#include "service/role.h"

namespace octroi {

struct UserAccount {
  std::string login{};
  Role role = Role::kReader;
  std::string password_hash{};  // libsodium crypto_pwhash_str (argon2id) output
  std::string created_at{};     // ISO 8601, UTC
  std::string created_by{};
};

// A browser session: the cookie holds a random token; the store keeps its hash.
struct WebSession {
  std::string token_hash{};  // SHA-256 (hex) of the cookie's token
  std::string login{};
  std::string csrf_token{};  // sent back by the page in X-CSRF-Token on every mutation
  std::string created_at{};  // ISO 8601, UTC
  std::string expires_at{};  // ISO 8601, UTC; compared as text (same format)
};

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;

  // kDuplicate when the login exists. Journaled as entity "user".
  virtual Status add_user(const UserAccount& account, const Stamp& stamp) = 0;
  virtual Result<std::optional<UserAccount>> find_user(const std::string& login) = 0;
  virtual Result<std::vector<UserAccount>> list_users() = 0;
  // Replaces the password hash of `login` and ends its browser sessions but
  // `keep_session` (the token hash of the session making the change; "" ends
  // them all), in one transaction journaled as "user" / "password" (without
  // any hash). kNotFound for an unknown login.
  virtual Status set_password_hash(const std::string& login, const std::string& password_hash,
                                   const std::string& keep_session, const Stamp& stamp) = 0;

  virtual Status save_session(const WebSession& session) = 0;
  // The session with this token hash, if it exists and has not expired at `now`.
  virtual Result<std::optional<WebSession>> find_session(const std::string& token_hash,
                                                         const std::string& now) = 0;
  virtual Status delete_session(const std::string& token_hash) = 0;
  // Removes the sessions expired at `now`.
  virtual Status delete_expired_sessions(const std::string& now) = 0;
};

}  // namespace octroi
