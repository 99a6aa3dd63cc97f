// `octroi retention list|export PROGRAMME [--today DATE]`: until when each
// agreement's documents must be kept (« conservé jusqu'au 31 décembre
// 2034 »), and which may be disposed of on the given day; export as CSV.
#include <fmt/format.h>
#include <fstream>
#include <memory>

#include "calendar/format.h"
#include "cli/after_vote.h"
#include "cli/command.h"
#include "service/after_vote_lists.h"

namespace octroi::cli {
namespace {

struct RetentionOptions {
  std::string programme{};
  std::string today{};
  std::string output{};
};

Result<std::vector<RetentionEntry>> entries(const GlobalOptions& options,
                                            const RetentionOptions& request) {
  OCTROI_TRY(Date today, day_option(request.today, "--today"));
  OCTROI_TRY(auto repository, open_agreements(options));
  OCTROI_TRY(auto agreements, repository->agreements(request.programme));
  return retention_list(agreements, today);
}

}  // namespace

void register_retention(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto request = std::make_shared<RetentionOptions>();
  auto* command = app.add_subcommand("retention", "Conservation des pièces des conventions");
  command->require_subcommand(1);
  auto* list = command->add_subcommand("list", "Dates de conservation");
  auto* export_command = command->add_subcommand("export", "Dates de conservation en CSV");
  for (CLI::App* sub : {list, export_command}) {
    sub->add_option("PROGRAMME", request->programme, "Identifiant du programme")->required();
    sub->add_option("--today", request->today, "Date du jour (défaut : OCTROI_TODAY)");
  }
  export_command->add_option("-o,--output", request->output, "Fichier CSV (défaut : sortie)");
  list->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto list_entries = entries(options, *request);
      if (!list_entries.ok()) return report_error(list_entries.error());
      fmt::print("Conservation des pièces (programme « {} ») : {} convention(s)\n",
                 request->programme, list_entries->size());
      for (const RetentionEntry& entry : *list_entries) {
        fmt::print("  {} ({}, attribution {}, {}) : {}{}\n", entry.title, entry.organisation,
                   entry.agreement, entry.status,
                   entry.keep_until ? "conserver jusqu'au " + format_date_long(*entry.keep_until)
                                    : std::string("durée non précisée par la convention"),
                   entry.expired ? " — échue : les pièces peuvent être éliminées" : "");
      }
      return kExitOk;
    };
  });
  export_command->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto list_entries = entries(options, *request);
      if (!list_entries.ok()) return report_error(list_entries.error());
      const std::string csv = retention_csv(*list_entries);
      if (request->output.empty() || request->output == "-") {
        fmt::print("{}", csv);
        return kExitOk;
      }
      std::ofstream out(request->output, std::ios::binary);
      out << csv;
      if (!out.good()) {
        return report_error(
            Error(ErrorCode::kIo, fmt::format("impossible d'écrire « {} »", request->output)));
      }
      fmt::print("{} ligne(s) écrite(s) dans {}\n", list_entries->size(), request->output);
      return kExitOk;
    };
  });
}

}  // namespace octroi::cli
