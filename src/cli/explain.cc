// `octroi explain PROGRAMME [--organisation NAME] [--format text|json]`: the
// expected amount of each award from its operation's funding formula, the
// formula with the values substituted, the parameters and versions used, the
// caps applied and the difference from the amount retained.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calendar/format.h"
#include "cli/command.h"
#include "cli/stored_programme.h"
#include "money/format.h"
#include "service/explain_programme.h"

namespace octroi::cli {
namespace {

struct ExplainOptions {
  std::string programme;
  std::string organisation;
  std::string parameters;
  std::string format = "text";
};

std::string signed_amount(Amount amount) {
  return (amount.is_negative() ? "" : "+") + format_amount(amount);
}

void print_award(const AwardExplanation& award) {
  fmt::print("{}.{} {} — {} — {} ({})\n", award.theme, award.operation, award.operation_title,
             award.award_id, award.organisation, award.territory);
  if (!award.description.empty()) fmt::print("  « {} »\n", award.description);
  fmt::print("  montant retenu : {}\n", format_amount(award.retained));
  if (!award.has_rule()) {
    fmt::print(
        "  aucune règle de calcul énoncée par le document pour cette "
        "opération\n\n");
    return;
  }
  fmt::print("  règle{} : {}\n", award.implied ? " (implicite)" : "", *award.formula);
  for (const std::string& name : award.zero_filled) {
    fmt::print("  « {} » non indiqué par la ligne : compté 0\n", name);
  }
  if (!award.evaluation) {
    fmt::print("  montant attendu non calculé : {}\n\n", award.error->to_string());
    return;
  }
  for (const std::string& line : award.evaluation->explanation.lines()) {
    fmt::print("  {}\n", line);
  }
  if (award.difference.is_zero()) {
    fmt::print("  écart : aucun (montant retenu = montant attendu)\n\n");
  } else {
    fmt::print("  écart : {} (montant retenu {} − montant attendu {})\n\n",
               signed_amount(award.difference), format_amount(award.retained),
               format_amount(award.evaluation->amount));
  }
}

nlohmann::json to_json(const AwardExplanation& award) {
  nlohmann::json out = {{"award", award.award_id},
                        {"theme", award.theme},
                        {"operation", award.operation},
                        {"operation_title", award.operation_title},
                        {"organisation", award.organisation},
                        {"retained", format_amount(award.retained)},
                        {"formula", award.formula ? nlohmann::json(*award.formula) : nullptr},
                        {"implied", award.implied}};
  if (award.evaluation) {
    const Explanation& explanation = award.evaluation->explanation;
    out["expected"] = format_amount(award.evaluation->amount);
    out["equation"] = explanation.equation();
    out["lines"] = explanation.lines();
    nlohmann::json parameters = nlohmann::json::array();
    for (const ParameterValue& value : explanation.parameters) {
      parameters.push_back({{"name", value.name},
                            {"value", value.formatted()},
                            {"version", value.version()},
                            {"source", value.source_text()}});
    }
    out["parameters"] = parameters;
    nlohmann::json caps = nlohmann::json::array();
    for (const CapApplied& cap : explanation.caps) caps.push_back(cap.text);
    out["caps"] = caps;
    out["difference"] = format_amount(award.difference);
  }
  if (award.error) out["error"] = award.error->to_string();
  return out;
}

int run(const GlobalOptions& global, const ExplainOptions& options) {
  auto programme = load_stored_programme(global, options.programme, options.parameters);
  if (!programme.ok()) return report_error(programme.error());
  auto explanation = explain_programme(programme->dataset, programme->parameters,
                                       programme->date_of_effect, options.organisation);
  if (!explanation.ok()) return report_error(explanation.error());
  if (options.format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const AwardExplanation& award : explanation->awards) out.push_back(to_json(award));
    fmt::print("{}\n", out.dump(2));
    return kExitOk;
  }
  fmt::print("Programme « {} » : montants attendus au {} (date de la séance)\n", options.programme,
             format_date_long(explanation->date_of_effect));
  fmt::print(
      "attributions : {} ; avec une règle de calcul : {} (conformes : {}, avec un "
      "écart : {}, non calculées : {})\n\n",
      explanation->awards.size(), explanation->with_rule, explanation->following_rule,
      explanation->differing, explanation->not_evaluated);
  for (const AwardExplanation& award : explanation->awards) print_award(award);
  return kExitOk;
}

}  // namespace

void register_explain(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto explain = std::make_shared<ExplainOptions>();
  auto* command = app.add_subcommand("explain",
                                     "Montant attendu de chaque attribution et "
                                     "son calcul (formule, paramètres)");
  command->add_option("PROGRAMME", explain->programme, "Identifiant du programme")->required();
  command->add_option("--organisation", explain->organisation,
                      "Seulement les attributions de cette structure (identifiant ou nom)");
  command->add_option("--parameters", explain->parameters,
                      "Dossier des paramètres (défaut : OCTROI_PARAMETERS, sinon data/parameters)");
  command->add_option("--format", explain->format, "text ou json")
      ->check(CLI::IsMember({"text", "json"}));
  command->callback([&options, &action, explain] {
    action = [&options, explain]() -> int { return run(options, *explain); };
  });
}

}  // namespace octroi::cli
