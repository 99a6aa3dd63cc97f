// `octroi simulate PROGRAMME --set NAME=VALUE...`: what changes if parameters
// change: every award, operation, article and budget line whose amount or
// balance moves, before -> after. Nothing is saved.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/stored_programme.h"
#include "cli/text.h"
#include "money/format.h"
#include "service/simulation.h"

namespace octroi::cli {
namespace {

struct SimulateOptions {
  std::string programme;
  std::vector<std::string> settings;
  std::string parameters;
  std::string format = "text";
};

std::string arrow(Amount before, Amount after) {
  return fmt::format("{} → {}", format_amount(before), format_amount(after));
}

void print_totals(std::string_view heading, const std::vector<TotalChange>& changes) {
  if (changes.empty()) return;
  fmt::print("\n{} :\n", heading);
  for (const TotalChange& change : changes) {
    fmt::print("  {} {} : {}", change.key, change.label, arrow(change.before, change.after));
    if (change.balance_before && change.balance_after) {
      fmt::print(" ; solde {}", arrow(*change.balance_before, *change.balance_after));
    }
    fmt::print("\n");
  }
}

void print_result(const std::string& programme, const SimulationResult& result) {
  fmt::print("Simulation sur le programme « {} » (rien n'est enregistré)\n", programme);
  for (const ParameterChange& change : result.parameters) {
    fmt::print("paramètre {} : {} → {}\n", change.name, change.before, change.after);
  }
  if (result.awards.empty()) {
    fmt::print("\nAucun montant ne change.\n");
    return;
  }
  fmt::print("\nAttributions ({}) :\n", result.awards.size());
  for (const AwardChange& award : result.awards) {
    fmt::print("  {} {} — {}\n", fit(award.award_id, 10), award.organisation,
               award.operation_title);
    fmt::print("      montant attendu {} ; montant retenu {}\n",
               arrow(award.expected_before, award.expected_after),
               arrow(award.retained_before, award.retained_after));
    fmt::print("      {}\n", award.equation_after);
  }
  print_totals("Opérations", result.operations);
  print_totals("Articles de la délibération", result.articles);
  print_totals("Lignes budgétaires (proposition ; solde)", result.budget_lines);
  fmt::print("\nTotal du programme : {}\n", arrow(result.total_before, result.total_after));
}

nlohmann::json totals_json(const std::vector<TotalChange>& changes) {
  nlohmann::json out = nlohmann::json::array();
  for (const TotalChange& change : changes) {
    nlohmann::json item = {{"key", change.key},
                           {"label", change.label},
                           {"before", format_amount(change.before)},
                           {"after", format_amount(change.after)}};
    if (change.balance_before && change.balance_after) {
      item["balance_before"] = format_amount(*change.balance_before);
      item["balance_after"] = format_amount(*change.balance_after);
    }
    out.push_back(item);
  }
  return out;
}

// One object per change, of kind parameter, award, operation, article or budget_line.
void print_json(const SimulationResult& result) {
  nlohmann::json out = nlohmann::json::array();
  for (const ParameterChange& change : result.parameters) {
    out.push_back({{"kind", "parameter"},
                   {"key", change.name},
                   {"before", change.before},
                   {"after", change.after}});
  }
  for (const AwardChange& award : result.awards) {
    out.push_back({{"kind", "award"},
                   {"key", award.award_id},
                   {"label", award.organisation},
                   {"expected_before", format_amount(award.expected_before)},
                   {"expected_after", format_amount(award.expected_after)},
                   {"before", format_amount(award.retained_before)},
                   {"after", format_amount(award.retained_after)},
                   {"equation", award.equation_after}});
  }
  const std::pair<const char*, const std::vector<TotalChange>*> groups[] = {
      {"operation", &result.operations},
      {"article", &result.articles},
      {"budget_line", &result.budget_lines}};
  for (const auto& [kind, changes] : groups) {
    for (nlohmann::json item : totals_json(*changes)) {
      item["kind"] = kind;
      out.push_back(item);
    }
  }
  fmt::print("{}\n", out.dump(2));
}

}  // namespace

void register_simulate(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto simulate_options = std::make_shared<SimulateOptions>();
  auto* command = app.add_subcommand(
      "simulate", "Ce qui change si un paramètre change (rien n'est enregistré)");
  command->add_option("PROGRAMME", simulate_options->programme, "Identifiant du programme")
      ->required();
  command->add_option("--set", simulate_options->settings, "NOM=VALEUR (segur_per_etp=5500)")
      ->required();
  command->add_option("--format", simulate_options->format, "text ou json")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_option("--parameters", simulate_options->parameters,
                      "Dossier des paramètres (défaut : OCTROI_PARAMETERS, sinon data/parameters)");
  command->callback([&options, &action, simulate_options] {
    action = [&options, simulate_options]() -> int {
      std::vector<ParameterOverride> overrides;
      for (const std::string& setting : simulate_options->settings) {
        auto parsed = ParameterOverride::parse(setting);
        if (!parsed.ok()) return report_error(parsed.error());
        overrides.push_back(*parsed);
      }
      auto programme =
          load_stored_programme(options, simulate_options->programme, simulate_options->parameters);
      if (!programme.ok()) return report_error(programme.error());
      auto result =
          simulate(programme->dataset, programme->parameters, overrides, programme->date_of_effect);
      if (!result.ok()) return report_error(result.error());
      if (simulate_options->format == "json") {
        print_json(*result);
      } else {
        print_result(simulate_options->programme, *result);
      }
      return kExitOk;
    };
  });
}

}  // namespace octroi::cli
