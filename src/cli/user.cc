// `octroi user add LOGIN --role ROLE`: creates a staff account for the web
// application; the password is read from standard input (one line), never
// from the command line (it would show in the process list and the shell
// history). On a terminal it is asked for without echo. `octroi user password
// LOGIN` replaces a password the same way. `octroi user list`.
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
};

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
  if (auto ready = api::initialise_crypto(); !ready.ok()) return report_error(ready.error());
  const std::string password = read_password();
  auto accounts = store::open_account_repository(global.database_url);
  if (!accounts.ok()) return report_error(accounts.error());
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
                   "Rôle : administrator, instructor, head_of_service, finance ou reader")
      ->required();
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
