// `octroi show PROGRAMME`: Annex 4 grouped by theme and operation, with each
// operation's and theme's total and the overall total, in French format.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/text.h"
#include "money/format.h"
#include "service/annex_table.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

constexpr std::size_t kTerritoryWidth = 24;
constexpr std::size_t kOrganisationWidth = 36;
constexpr std::size_t kDescriptionWidth = 44;
constexpr std::size_t kAmountWidth = 16;
constexpr std::size_t kLabelWidth =
    4 + kTerritoryWidth + 1 + kOrganisationWidth + 1 + kDescriptionWidth;

void print_total(std::string_view label, Amount amount) {
  fmt::print("{} {}\n", fit(label, kLabelWidth, true),
             fit(format_amount(amount), kAmountWidth, true));
}

void print_table(const ProgrammeSummary& programme, const AnnexTable& table) {
  fmt::print("{}\n{} lignes d'attribution — programme « {} »\n\n", programme.title,
             table.line_count, programme.id);
  for (const AnnexTheme& theme : table.themes) {
    fmt::print("{}. {}\n", theme.number, theme.title);
    for (const AnnexOperation& operation : theme.operations) {
      fmt::print("  Opération {} : {}\n", operation.number, operation.title);
      for (const AnnexLine& line : operation.lines) {
        fmt::print("    {} {} {} {}  {}\n", fit(line.territory, kTerritoryWidth),
                   fit(line.organisation, kOrganisationWidth),
                   fit(line.description, kDescriptionWidth),
                   fit(format_amount(line.amount), kAmountWidth, true), line.instrument);
      }
      print_total(fmt::format("Total opération {}", operation.number), operation.total);
    }
    print_total(fmt::format("Total thématique {}", theme.number), theme.total);
    fmt::print("\n");
  }
  print_total("TOTAL GÉNÉRAL", table.total);
}

}  // namespace

void register_show(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto programme_id = std::make_shared<std::string>();
  auto* command = app.add_subcommand(
      "show", "Affiche l'annexe financière d'un programme, groupée, avec ses totaux");
  command->add_option("PROGRAMME", *programme_id, "Identifiant du programme")->required();
  command->callback([&options, &action, programme_id] {
    action = [&options, programme_id]() -> int {
      auto repository = store::open_repository(options.database_url);
      if (!repository.ok()) return report_error(repository.error());
      auto programme = (*repository)->find_programme(*programme_id);
      if (!programme.ok()) return report_error(programme.error());
      if (!*programme) {
        return report_error(
            Error(ErrorCode::kNotFound,
                  fmt::format("programme inconnu « {} » (octroi list affiche ceux de la base)",
                              *programme_id)));
      }
      auto lines = (*repository)->annex_lines(*programme_id);
      if (!lines.ok()) return report_error(lines.error());
      auto table = build_annex_table(*lines);
      if (!table.ok()) return report_error(table.error());
      print_table(**programme, *table);
      return kExitOk;
    };
  });
}

}  // namespace octroi::cli
