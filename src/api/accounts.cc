#include "api/accounts.h"

#include <fmt/format.h>

#include "api/credentials.h"

namespace octroi::api {
namespace {

bool valid_login(const std::string& login) {
  if (login.size() < 2 || login.size() > 64) return false;
  for (char c : login) {
    bool allowed =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    if (!allowed) return false;
  }
  return true;
}

// A fixed hash to verify against when the login is unknown, so that both
// cases take the same time.
const std::string& decoy_hash() {
  static const std::string hash = [] {
    auto computed = hash_password("octroi-decoy-password");
    return computed.ok() ? *computed : std::string();
  }();
  return hash;
}

}  // namespace

Status create_account(AccountRepository& accounts, const std::string& login, Role role,
                      const std::string& password, const Stamp& stamp) {
  if (!valid_login(login)) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("identifiant « {} » refusé : de 2 à 64 caractères parmi les "
                             "minuscules sans accent, les chiffres, « . », « - » et « _ »",
                             login),
                 Location::of_field("login"));
  }
  if (password.size() < kMinimumPasswordLength) {
    return Error(
        ErrorCode::kInvalidValue,
        fmt::format("mot de passe trop court : au moins {} caractères", kMinimumPasswordLength),
        Location::of_field("password"));
  }
  OCTROI_TRY(std::string hash, hash_password(password));
  UserAccount account;
  account.login = login;
  account.role = role;
  account.password_hash = std::move(hash);
  return accounts.add_user(account, stamp);
}

Status create_organisation_account(AccountRepository& accounts, CallRepository& calls,
                                   const OrganisationAccount& organisation,
                                   const std::string& password, const Stamp& stamp) {
  if (organisation.organisation.key().empty()) {
    return Error(ErrorCode::kInvalidValue, "identifiant de la structure manquant",
                 Location::of_field("organisation"));
  }
  if (organisation.organisation_name.find_first_not_of(' ') == std::string::npos) {
    return Error(ErrorCode::kInvalidValue, "nom de la structure manquant",
                 Location::of_field("name"));
  }
  OCTROI_TRY_STATUS(
      create_account(accounts, organisation.login, Role::kOrganisation, password, stamp));
  return calls.link_organisation_account(organisation, stamp);
}

Result<std::optional<UserAccount>> authenticate(AccountRepository& accounts,
                                                const std::string& login,
                                                const std::string& password) {
  OCTROI_TRY(auto account, accounts.find_user(login));
  if (!account) {
    (void)verify_password(password, decoy_hash());
    return std::optional<UserAccount>();
  }
  if (!verify_password(password, account->password_hash)) return std::optional<UserAccount>();
  return account;
}

Status change_password(AccountRepository& accounts, const std::string& login,
                       const std::optional<std::string>& current_password,
                       const std::string& new_password, const std::string& keep_session,
                       const Stamp& stamp) {
  if (current_password) {
    OCTROI_TRY(auto account, authenticate(accounts, login, *current_password));
    if (!account) {
      return Error(ErrorCode::kInvalidValue, "mot de passe actuel incorrect",
                   Location::of_field("current_password"));
    }
  }
  if (new_password.size() < kMinimumPasswordLength) {
    return Error(
        ErrorCode::kInvalidValue,
        fmt::format("mot de passe trop court : au moins {} caractères", kMinimumPasswordLength),
        Location::of_field("password"));
  }
  if (current_password && *current_password == new_password) {
    return Error(ErrorCode::kInvalidValue, "le nouveau mot de passe doit différer de l'actuel",
                 Location::of_field("password"));
  }
  OCTROI_TRY(std::string hash, hash_password(new_password));
  return accounts.set_password_hash(login, hash, keep_session, stamp);
}

}  // namespace octroi::api
