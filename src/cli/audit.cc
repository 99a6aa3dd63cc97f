// `octroi audit verify`: walks the audit journal's hash chain and names the
// first entry that was edited or deleted. Exit 0 when intact, 3 when broken.
#include <fmt/format.h>

#include "cli/command.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

int run_verify(const GlobalOptions& options) {
  auto report = store::verify_journal(options.database_url);
  if (!report.ok()) return report_error(report.error());
  if (report->intact()) {
    fmt::print("Journal d'audit intact : {} entrée{} vérifiée{}.\n", report->entries,
               report->entries > 1 ? "s" : "", report->entries > 1 ? "s" : "");
    return kExitOk;
  }
  fmt::print(stderr,
             "octroi : journal d'audit altéré à partir de l'entrée n° {} : {}\n"
             "Les entrées suivantes ne peuvent plus être garanties.\n",
             *report->first_bad, report->problem);
  return kExitData;
}

}  // namespace

void register_audit(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto* command = app.add_subcommand("audit", "Journal d'audit des modifications");
  command->require_subcommand(1);
  auto* verify = command->add_subcommand(
      "verify", "Vérifie la chaîne d'empreintes du journal et nomme la première entrée altérée");
  verify->callback([&options, &action] { action = [&options] { return run_verify(options); }; });
}

}  // namespace octroi::cli
