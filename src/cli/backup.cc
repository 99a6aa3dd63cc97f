// `octroi backup FILE`: copies the SQLite database into FILE with the online
// backup API (others may keep working meanwhile); FILE appears whole or not
// at all. A PostgreSQL database is backed up with pg_dump (the message says how).
#include <fmt/format.h>

#include "cli/command.h"
#include "store/store.h"

namespace octroi::cli {

void register_backup(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto file = std::make_shared<std::string>();
  auto* command = app.add_subcommand(
      "backup", "Sauvegarde la base SQLite dans un fichier (PostgreSQL : pg_dump)");
  command->add_option("FILE", *file, "Fichier de sauvegarde à écrire")->required();
  command->callback([&options, &action, file] {
    action = [&options, file]() -> int {
      auto saved = store::backup_database(options.database_url, *file);
      if (!saved.ok()) return report_error(saved.error());
      fmt::print("Base sauvegardée dans « {} ».\n", *file);
      return kExitOk;
    };
  });
}

}  // namespace octroi::cli
