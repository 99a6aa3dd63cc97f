// `octroi import PATH`: loads a dataset folder into the database, whole or
// not at all; --dry-run shows what would be imported and writes nothing.
#include "import/import.h"

#include <filesystem>
#include <fmt/format.h>

#include "api/clock.h"
#include "cli/command.h"
#include "cli/text.h"
#include "import/dataset_source.h"
#include "money/format.h"
#include "service/import_programme.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

struct ImportArguments {
  std::string path;
  ImportOptions options;
};

int run_import(const GlobalOptions& global, const ImportArguments& arguments) {
  std::filesystem::path path(arguments.path);
  std::error_code error;
  if (!std::filesystem::is_directory(path, error)) {
    return report_error(Error(
        ErrorCode::kUsage,
        fmt::format("« {} » n'est pas un dossier : cette version importe un dossier de jeu de "
                    "données (voir docs/data-format.md)",
                    arguments.path)));
  }
  auto source = read_dataset_source(path);
  if (!source.ok()) return report_error(source.error());
  auto dataset = load_dataset(*source);
  if (!dataset.ok()) return report_error(dataset.error());

  auto repository = store::open_repository(global.database_url);
  if (!repository.ok()) return report_error(repository.error());
  auto outcome = import_programme(**repository, std::move(*dataset), *source, arguments.options,
                                  Stamp{current_user(), api::utc_iso()});
  if (!outcome.ok()) return report_error(outcome.error());

  fmt::print(
      "Programme « {} » : {} lignes d'attribution, {} totaux déclarés, {} structures, "
      "montant total {}.\n",
      outcome->programme_id, outcome->award_count, outcome->declared_total_count,
      outcome->organisation_count, format_amount(outcome->total));
  if (!outcome->written) {
    fmt::print("Simulation (--dry-run) : rien n'a été écrit dans la base.\n");
  } else if (outcome->replaced) {
    fmt::print("Importé, en remplacement de la version précédente.\n");
  } else {
    fmt::print("Importé.\n");
  }
  return kExitOk;
}

}  // namespace

void register_import(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto arguments = std::make_shared<ImportArguments>();
  auto* command = app.add_subcommand(
      "import", "Importe un jeu de données (dossier) dans la base, en entier ou pas du tout");
  command->add_option("PATH", arguments->path, "Dossier du jeu de données")->required();
  command->add_option("--as", arguments->options.programme_id,
                      "Identifiant du programme créé (défaut : nom du dossier)");
  command->add_flag("--dry-run", arguments->options.dry_run,
                    "Montre ce qui serait importé, sans rien écrire");
  command->add_flag("--replace", arguments->options.replace,
                    "Remplace un programme déjà importé (même identifiant ou même document)");
  command->callback([&options, &action, arguments] {
    action = [&options, arguments] { return run_import(options, *arguments); };
  });
}

}  // namespace octroi::cli
