// `octroi check PROGRAMME|PATH [--format text|json]`: runs every check family
// on a dataset folder (PATH) or on a programme of the database (PROGRAMME, read
// back from its stored files) and prints the findings, grouped by severity in
// French or as a JSON array. Exit 1 when any finding is an error.
#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "api/finding_json.h"
#include "checks/checks.h"
#include "cli/command.h"
#include "cli/stored_programme.h"
#include "import/import.h"
#include "import/stored_dataset.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

void print_text(const std::string& name, const std::vector<Finding>& findings) {
  fmt::print("Contrôle de cohérence — « {} » : {} constat(s)\n", name, findings.size());
  for (Severity severity : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    std::size_t count = 0;
    for (const Finding& finding : findings) count += finding.severity == severity ? 1 : 0;
    if (count == 0) continue;
    fmt::print("\n{} ({})\n", to_label(severity), count);
    for (const Finding& finding : findings) {
      if (finding.severity != severity) continue;
      fmt::print("  [{}] {}\n    {}\n", finding.code, finding.where.label(), finding.message);
    }
  }
  if (findings.empty()) fmt::print("Aucune incohérence trouvée.\n");
}

Result<ProgrammeDataset> load(const GlobalOptions& options, const std::string& target) {
  std::error_code error;
  if (std::filesystem::is_directory(target, error)) return load_dataset(target);
  OCTROI_TRY(auto repository, store::open_repository(options.database_url));
  return load_stored_dataset(*repository, target);
}

// Every family; the rules family with the parameters found the way `explain`
// finds them, else one rules.parameters_missing finding saying why.
std::vector<Finding> run_checks(const ProgrammeDataset& dataset,
                                const std::string& parameters_folder) {
  const std::string folder = parameters_folder_for(parameters_folder);
  Result<ParameterSet> parameters = load_parameter_set(folder);
  std::vector<Finding> findings;
  if (!parameters.ok()) {
    findings = check_programme(dataset);
    findings.push_back(rules_not_checked(fmt::format("paramètres illisibles dans « {} » ({})",
                                                     folder, parameters.error().message())));
  } else if (!dataset.session.date.value) {
    findings = check_programme(dataset);
    findings.push_back(
        rules_not_checked("date de la séance absente de session.yaml : date d'effet inconnue"));
  } else {
    findings = check_programme(dataset, *parameters, *dataset.session.date.value);
  }
  return findings;
}

}  // namespace

void register_check(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto target = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  auto parameters = std::make_shared<std::string>();
  auto* command = app.add_subcommand(
      "check", "Contrôle la cohérence d'un programme (base) ou d'un dossier de données");
  command->add_option("PROGRAMME|PATH", *target, "Identifiant du programme ou dossier de données")
      ->required();
  command->add_option("--format", *format, "Format de sortie : text ou json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("--parameters", *parameters,
                      "Dossier des paramètres (défaut : OCTROI_PARAMETERS, sinon data/parameters)");
  command->callback([&options, &action, target, format, parameters] {
    action = [&options, target, format, parameters]() -> int {
      auto dataset = load(options, *target);
      if (!dataset.ok()) return report_error(dataset.error());
      const std::vector<Finding> findings = run_checks(*dataset, *parameters);
      if (*format == "json") {
        fmt::print("{}\n", api::findings_json(findings).dump(2));
      } else {
        print_text(dataset->programme.programme.id.key(), findings);
      }
      return has_error(findings) ? kExitFindings : kExitOk;
    };
  });
}

}  // namespace octroi::cli
