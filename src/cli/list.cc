// `octroi list`: the programmes of the database, one a line.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/text.h"
#include "money/format.h"
#include "store/store.h"

namespace octroi::cli {

void register_list(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto* command = app.add_subcommand("list", "Liste les programmes de la base");
  auto ids_only = std::make_shared<bool>(false);
  command->add_flag("--ids", *ids_only, "N'affiche que les identifiants, un par ligne");
  command->callback([&options, &action, ids_only] {
    action = [&options, ids_only]() -> int {
      auto repository = store::open_repository(options.database_url);
      if (!repository.ok()) return report_error(repository.error());
      auto programmes = (*repository)->list_programmes();
      if (!programmes.ok()) return report_error(programmes.error());
      for (const ProgrammeSummary& programme : *programmes) {
        if (*ids_only) {
          fmt::print("{}\n", programme.id);
        } else {
          fmt::print("{}  {}  {} lignes  {}  (importé le {} par {})\n", fit(programme.id, 28),
                     fit(programme.title, 60), programme.award_count,
                     fit(format_amount(programme.total), 18, true), programme.imported_at,
                     programme.imported_by);
        }
      }
      if (!*ids_only && programmes->empty()) fmt::print("Aucun programme dans la base.\n");
      return kExitOk;
    };
  });
}

}  // namespace octroi::cli
