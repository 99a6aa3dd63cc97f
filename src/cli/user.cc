// `octroi user add LOGIN --role ROLE`: creates an account for the web
// application (`--role organisation --siret S --organisation ID --name NOM`
// for an applicant, linked to its SIRET); the password is read from standard input (one line),
// never from the command line (it would show in the process list and the shell history). On a
// terminal it is asked for without echo. `octroi user password LOGIN` replaces a password the same
// way. `octroi user list`.
#include <fmt/format.h>
#include <iostream>
#include <termios.h>
#include <unistd.h>

#include "api/accounts.h"
#include "api/clock.h"
#include "api/credentials.h"
#include "cli/command.h"
#include "cli/options.h"
#include "cli/text.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

struct UserOptions {
  std::string login{};
  std::string role{};
  // An organisation account's organisation.
  std::string siret{};
  std::string organisation{};
  std::string name{};
};

// The organisation an account of role `organisation` acts for, read from
// the options; kUsage when they are missing or given to a staff role.
Result<std::optional<OrganisationAccount>> organisation_of(const UserOptions& options, Role role) {
  if (role != Role::kOrganisation) {
    if (!options.siret.empty() || !options.organisation.empty() || !options.name.empty()) {
      return Error(ErrorCode::kUsage,
                   "--siret, --organisation et --name ne valent que pour --role organisation");
    }
    return std::optional<OrganisationAccount>{};
  }
  if (options.siret.empty() || options.organisation.empty() || options.name.empty()) {
    return Error(ErrorCode::kUsage,
                 "un compte de structure demande --siret SIRET --organisation ID --name NOM");
  }
  OCTROI_TRY(Siret siret, Siret::parse(options.siret));
  OCTROI_TRY(OrganisationId organisation, OrganisationId::parse(options.organisation));
  return std::optional<OrganisationAccount>(OrganisationAccount{.login = options.login,
                                                                .siret = siret,
                                                                .organisation = organisation,
                                                                .organisation_name = options.name});
}

std::string read_password() {
  const bool terminal = isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (terminal) {
    fmt::print(stderr, "Mot de passe : ");
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string password;
  std::getline(std::cin, password);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    fmt::print(stderr, "\n");
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

int add(const GlobalOptions& global, const UserOptions& options) {
  auto role = role_from_key(options.role);
  if (!role.ok()) return report_error(role.error());
  auto organisation = organisation_of(options, *role);
  if (!organisation.ok()) return report_error(organisation.error());
  if (auto ready = api::initialise_crypto(); !ready.ok()) return report_error(ready.error());
  const std::string password = read_password();
  auto accounts = store::open_account_repository(global.database_url);
  if (!accounts.ok()) return report_error(accounts.error());
  if (*role == Role::kOrganisation) {
    auto calls = store::open_call_repository(global.database_url);
    if (!calls.ok()) return report_error(calls.error());
    auto created = api::create_organisation_account(**accounts, **calls, **organisation, password,
                                                    journal_stamp());
    if (!created.ok()) return report_error(created.error());
    fmt::print("Compte « {} » créé (rôle : {}, structure {} — SIRET {}).\n", options.login,
               to_label(*role), (*organisation)->organisation_name,
               (*organisation)->siret.formatted());
    return kExitOk;
  }
  auto created = api::create_account(**accounts, options.login, *role, password, journal_stamp());
  if (!created.ok()) return report_error(created.error());
  fmt::print("Compte « {} » créé (rôle : {}).\n", options.login, to_label(*role));
  return kExitOk;
}

// An administrator's reset: no current password asked; every browser
// session of the account ends.
int password(const GlobalOptions& global, const UserOptions& options) {
  if (auto ready = api::initialise_crypto(); !ready.ok()) return report_error(ready.error());
  const std::string new_password = read_password();
  auto accounts = store::open_account_repository(global.database_url);
  if (!accounts.ok()) return report_error(accounts.error());
  auto changed = api::change_password(**accounts, options.login, std::nullopt, new_password, "",
                                      journal_stamp());
  if (!changed.ok()) return report_error(changed.error());
  fmt::print("Mot de passe de « {} » remplacé ; ses sessions ouvertes sont fermées.\n",
             options.login);
  return kExitOk;
}

int list(const GlobalOptions& global) {
  auto accounts = store::open_account_repository(global.database_url);
  if (!accounts.ok()) return report_error(accounts.error());
  auto users = (*accounts)->list_users();
  if (!users.ok()) return report_error(users.error());
  if (users->empty()) fmt::print("Aucun compte. Créez-en un : octroi user add LOGIN --role ROLE\n");
  for (const UserAccount& user : *users) {
    fmt::print("{}  {}  (créé le {} par {})\n", user.login, to_label(user.role), user.created_at,
               user.created_by);
  }
  return kExitOk;
}

}  // namespace

void register_user(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto* command = app.add_subcommand("user", "Comptes de l'application web");
  command->require_subcommand(1);
  auto user = std::make_shared<UserOptions>();
  auto* add_command = command->add_subcommand(
      "add", "Crée un compte ; le mot de passe est lu sur l'entrée standard");
  add_command->add_option("LOGIN", user->login, "Identifiant")->required();
  add_command
      ->add_option("--role", user->role,
                   "Rôle : administrator, instructor, head_of_service, finance, reader ou "
                   "organisation")
      ->required();
  add_command->add_option("--siret", user->siret, "SIRET de la structure (rôle organisation)");
  add_command->add_option("--organisation", user->organisation,
                          "Identifiant de la structure (rôle organisation)");
  add_command->add_option("--name", user->name, "Nom de la structure (rôle organisation)");
  add_command->callback([&options, &action, user] {
    action = [&options, user]() -> int { return add(options, *user); };
  });
  auto* password_command = command->add_subcommand(
      "password", "Remplace le mot de passe d'un compte (lu sur l'entrée standard)");
  password_command->add_option("LOGIN", user->login, "Identifiant")->required();
  password_command->callback([&options, &action, user] {
    action = [&options, user]() -> int { return password(options, *user); };
  });
  auto* list_command = command->add_subcommand("list", "Liste les comptes");
  list_command->callback(
      [&options, &action] { action = [&options]() -> int { return list(options); }; });
}

}  // namespace octroi::cli
