// Accounts: creating a staff account and checking a login, shared by
// `octroi user add` and the API's /api/users and /api/login. Logins are
// lower-case letters, digits, '.', '-' and '_' (2 to 64); passwords at least
// 10 characters; only the argon2id hash is stored.
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "service/account_repository.h"
#include "service/call_repository.h"

namespace octroi::api {

inline constexpr std::size_t kMinimumPasswordLength = 10;

// kInvalidValue (field "login", "password") for a malformed login or a short
// password; kDuplicate for an existing login.
Status create_account(AccountRepository& accounts, const std::string& login, Role role,
                      const std::string& password, const Stamp& stamp);

// An organisation account: create_account with Role::kOrganisation, then the
// login linked to `organisation` (its SIRET, id and name) in `calls`. The
// organisation's fields are checked before anything is written
// (kInvalidValue on field "organisation" or "name").
Status create_organisation_account(AccountRepository& accounts, CallRepository& calls,
                                   const OrganisationAccount& organisation,
                                   const std::string& password, const Stamp& stamp);

// The account when the password matches; nullopt otherwise (unknown login or
// wrong password: the caller cannot tell which, nor can an attacker).
Result<std::optional<UserAccount>> authenticate(AccountRepository& accounts,
                                                const std::string& login,
                                                const std::string& password);

// Sets a new password for `login` (at least 10 characters, else kInvalidValue
// on field "password"), ending its other browser sessions. When
// `current_password` is given it must match (kInvalidValue on field
// "current_password" otherwise): a user changing their own password proves
// they know it; an administrator resetting one (`octroi user password`) does not.
Status change_password(AccountRepository& accounts, const std::string& login,
                       const std::optional<std::string>& current_password,
                       const std::string& new_password, const std::string& keep_session,
                       const Stamp& stamp);

}  // namespace octroi::api
