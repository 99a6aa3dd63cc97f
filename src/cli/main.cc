// The `octroi` command: parses the command line (CLI11) and runs the chosen
// subcommand, one per file of src/cli/. Errors go to stderr in French.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <string>

#include "base/version.h"
#include "cli/command.h"
#include "cli/parse_error.h"

int main(int argc, char** argv) {
  using namespace octroi::cli;  // NOLINT(google-build-using-namespace)
  CLI::App app{"Octroi : gestion des programmes de subventions d'une collectivité.", "octroi"};
  app.set_version_flag("--version", std::string("octroi ") + octroi::kVersion,
                       "Affiche la version et termine");
  app.set_help_flag("-h,--help", "Affiche cette aide et termine");
  app.require_subcommand(1);
  // CLI11's help labels in French; subcommands added later inherit the formatter.
  auto formatter = app.get_formatter();
  formatter->label("Usage", "Utilisation");
  formatter->label("Subcommands", "Commandes");
  formatter->label("SUBCOMMAND", "COMMANDE");
  formatter->label("Positionals", "Arguments");
  formatter->label("REQUIRED", "OBLIGATOIRE");
  formatter->label("TEXT", "TEXTE");
  app.footer(
      "Codes de sortie : 0 succès, 1 erreurs trouvées par check, 2 ligne de commande "
      "invalide, 3 données refusées, 4 erreur de base de données ou de fichier.");

  GlobalOptions options;
  if (const char* env = std::getenv("OCTROI_DB"); env != nullptr && *env != '\0') {
    options.database_url = env;
  }
  app.add_option("--db", options.database_url,
                 "Base de données : sqlite:CHEMIN (défaut sqlite:var/octroi.db) ou "
                 "postgresql://UTILISATEUR@HÔTE:PORT/BASE ; "
                 "variable OCTROI_DB")
      ->capture_default_str();

  Action action;
  register_list(app, options, action);
  register_import(app, options, action);
  register_show(app, options, action);
  register_explain(app, options, action);
  register_payments(app, options, action);
  register_simulate(app, options, action);
  register_check(app, options, action);
  register_audit(app, options, action);
  register_backup(app, options, action);
  register_docs(app, options, action);
  register_serve(app, options, action);
  register_user(app, options, action);
  register_session(app, options, action);
  register_agreements(app, options, action);
  register_reviews(app, options, action);
  register_retention(app, options, action);
  register_opendata(app, options, action);
  register_calls(app, options, action);
  register_notify(app, options, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::string message = french_parse_error(error);
    if (auto left = app.remaining(); !left.empty() && app.get_subcommands().empty()) {
      message = "commande inconnue « " + left.front() + " »";
    }
    std::fprintf(stderr, "octroi : %s\n(octroi --help pour l'aide)\n", message.c_str());
    return kExitUsage;
  }
  try {
    return action ? action() : kExitUsage;
  } catch (const std::exception& bug) {
    std::fprintf(stderr, "octroi : erreur interne : %s\n", bug.what());
    return kExitInternal;
  }
}
