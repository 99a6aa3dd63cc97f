// `octroi payments schedule PROGRAMME [--organisation NAME]`: the advance at
// signature and the balance after the review of each award, and the
// amendments' printed advances recomputed at the agreement's rate.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/stored_programme.h"
#include "cli/text.h"
#include "money/format.h"
#include "service/payment_schedule.h"

namespace octroi::cli {
namespace {

struct PaymentsOptions {
  std::string programme;
  std::string organisation;
  std::string parameters;
};

void print_schedule(const std::string& programme, const PaymentSchedule& schedule) {
  fmt::print("Programme « {} » : échéancier des paiements\n", programme);
  fmt::print("taux d'avance : {} (paramètre {}{}, {} ; {})\n\n", schedule.rate.formatted(),
             schedule.rate.name, schedule.rate.implied ? ", implicite" : "",
             schedule.rate.version(), schedule.rate.statement);
  for (const AwardPayments& award : schedule.awards) {
    fmt::print("{} {} — {}\n", fit(award.award_id, 16), award.organisation, award.operation_title);
    fmt::print("    montant {} ; avance {} {} ; solde {} {} ({})\n",
               format_amount(award.split.amount), format_amount(award.split.advance),
               award.advance_due, format_amount(award.split.balance), award.balance_due,
               award.instrument);
  }
  fmt::print("\nTotal des avances : {} ; total des soldes : {}\n",
             format_amount(schedule.total_advances), format_amount(schedule.total_balances));
  if (schedule.tranches.empty()) return;
  fmt::print("\nAvances imprimées dans les avenants :\n");
  for (const AmendmentTranche& tranche : schedule.tranches) {
    const std::string year = tranche.year ? fmt::format(" {}", *tranche.year) : "";
    fmt::print(
        "  convention {}{} ({}) : avance {} de {}, solde {} ; imprimé "
        "{} (l. {}) : {}\n",
        tranche.agreement_number, year, tranche.organisation, format_amount(tranche.split.advance),
        format_amount(tranche.split.amount), format_amount(tranche.split.balance),
        format_amount(tranche.printed_advance), tranche.advance_line,
        tranche.difference.is_zero() ? "conforme" : "écart " + format_amount(tranche.difference));
  }
}

}  // namespace

void register_payments(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto payments = std::make_shared<PaymentsOptions>();
  auto* command = app.add_subcommand("payments", "Paiements des attributions");
  command->require_subcommand(1);
  auto* schedule = command->add_subcommand(
      "schedule", "Échéancier : avance à la signature et solde après le bilan");
  schedule->add_option("PROGRAMME", payments->programme, "Identifiant du programme")->required();
  schedule->add_option("--organisation", payments->organisation,
                       "Seulement les attributions de cette structure (identifiant ou nom)");
  schedule->add_option(
      "--parameters", payments->parameters,
      "Dossier des paramètres (défaut : OCTROI_PARAMETERS, sinon data/parameters)");
  schedule->callback([&options, &action, payments] {
    action = [&options, payments]() -> int {
      auto programme = load_stored_programme(options, payments->programme, payments->parameters);
      if (!programme.ok()) return report_error(programme.error());
      auto result = schedule_payments(programme->dataset, programme->parameters,
                                      programme->date_of_effect, payments->organisation);
      if (!result.ok()) return report_error(result.error());
      print_schedule(payments->programme, *result);
      return kExitOk;
    };
  });
}

}  // namespace octroi::cli
