// `octroi payments schedule PROGRAMME [--organisation NAME]`: the advance at
// signature and the balance after the review of each award, and the
// amendments' printed advances recomputed at the agreement's rate.
// `octroi payments record|list|lines|export`: the payments made on signed
// agreements, refused beyond the tranche's amount or the budget line's
// available credit; per budget line AE, committed, paid, remaining; the
// payment orders as CSV for the finance system (docs/after-vote.md).
#include <fmt/format.h>
#include <fstream>

#include "calendar/format.h"
#include "cli/after_vote.h"
#include "cli/command.h"
#include "cli/stored_programme.h"
#include "cli/text.h"
#include "money/format.h"
#include "money/parse.h"
#include "service/agreement_actions.h"
#include "service/payment_rules.h"
#include "service/payment_schedule.h"

namespace octroi::cli {
namespace {

struct PaymentsOptions {
  std::string programme;
  std::string organisation;
  std::string parameters;
  std::string award;
  std::string tranche;
  std::string kind = "advance";
  std::string date;
  std::string amount;
  std::string output;
};

std::string optional_amount(const std::optional<Amount>& amount) {
  return amount ? format_amount(*amount) : std::string("—");
}

int record_payment(const GlobalOptions& options, const PaymentsOptions& request) {
  auto kind = payment_kind_from_key(request.kind);
  if (!kind.ok()) {
    return report_error(
        Error(kind.error().code(), kind.error().message(), Location::of_field("--kind")));
  }
  auto paid_on = date_option(request.date, "--date");
  if (!paid_on.ok()) return report_error(paid_on.error());
  PaymentRequest payment{.programme = request.programme,
                         .award = request.award,
                         .tranche = request.tranche,
                         .kind = *kind,
                         .paid_on = *paid_on};
  if (!request.amount.empty()) {
    auto parsed = parse_amount(request.amount);
    if (!parsed.ok()) {
      return report_error(
          Error(parsed.error().code(), parsed.error().message(), Location::of_field("--amount")));
    }
    payment.amount = *parsed;
  }
  auto programme = load_stored_programme(options, request.programme, request.parameters);
  if (!programme.ok()) return report_error(programme.error());
  auto repository = open_agreements(options);
  if (!repository.ok()) return report_error(repository.error());
  auto recorded =
      record_agreement_payment(**repository, programme->dataset, payment, journal_stamp());
  if (!recorded.ok()) {
    const Error& error = recorded.error();
    if (error.location().field == "tranche") {
      return report_error(Error(error.code(), error.message(), Location::of_field("--tranche")));
    }
    return report_error(error);
  }
  const PaymentRecord& done = recorded->payment;
  fmt::print("paiement n°{} enregistré : {} de {} le {} sur la {} (tranche {}), ligne {}\n",
             done.id, to_label(done.kind), format_amount(done.amount),
             format_date_long(done.paid_on), recorded->agreement_title, done.tranche,
             done.budget_line);
  return kExitOk;
}

int list_payments(const GlobalOptions& options, const PaymentsOptions& request) {
  auto repository = open_agreements(options);
  if (!repository.ok()) return report_error(repository.error());
  auto payments = (*repository)->payments(request.programme);
  if (!payments.ok()) return report_error(payments.error());
  fmt::print("Programme « {} » : {} paiement(s)\n", request.programme, payments->size());
  Amount total;
  for (const PaymentRecord& payment : *payments) {
    fmt::print("n°{} {} {} {} tranche {} {} {} ligne {}\n", payment.id,
               format_date_short(payment.paid_on), fit(payment.agreement_number, 10),
               fit(payment.organisation, 18), fit(payment.tranche, 6),
               fit(to_label(payment.kind), 6), fit(format_amount(payment.amount), 14, true),
               payment.budget_line);
    total += payment.amount;
  }
  fmt::print("Total payé : {}\n", format_amount(total));
  return kExitOk;
}

int budget_lines(const GlobalOptions& options, const PaymentsOptions& request) {
  auto programme = load_stored_programme(options, request.programme, request.parameters);
  if (!programme.ok()) return report_error(programme.error());
  auto repository = open_agreements(options);
  if (!repository.ok()) return report_error(repository.error());
  auto agreements = (*repository)->agreements(request.programme);
  if (!agreements.ok()) return report_error(agreements.error());
  auto payments = (*repository)->payments(request.programme);
  if (!payments.ok()) return report_error(payments.error());
  auto lines = summarise_budget_lines(programme->dataset, *agreements, *payments);
  if (!lines.ok()) return report_error(lines.error());
  fmt::print("Programme « {} » : lignes budgétaires\n", request.programme);
  for (const BudgetLineSummary& line : *lines) {
    fmt::print("{} {}\n", line.code, line.label);
    fmt::print(
        "    AE {} ; disponible {} ; engagé {} ; payé {} ; reste à payer {} ; crédit "
        "restant {}\n",
        optional_amount(line.commitment_authority), optional_amount(line.available),
        format_amount(line.committed), format_amount(line.paid), format_amount(line.to_pay),
        optional_amount(line.remaining));
  }
  return kExitOk;
}

int export_payments(const GlobalOptions& options, const PaymentsOptions& request) {
  auto repository = open_agreements(options);
  if (!repository.ok()) return report_error(repository.error());
  auto payments = (*repository)->payments(request.programme);
  if (!payments.ok()) return report_error(payments.error());
  const std::string csv = payment_orders_csv(*payments);
  if (request.output.empty() || request.output == "-") {
    fmt::print("{}", csv);
    return kExitOk;
  }
  std::ofstream file(request.output, std::ios::binary);
  file << csv;
  if (!file.good()) {
    return report_error(
        Error(ErrorCode::kIo, fmt::format("impossible d'écrire « {} »", request.output)));
  }
  fmt::print("{} ordre(s) de paiement écrit(s) dans {}\n", payments->size(), request.output);
  return kExitOk;
}

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

  auto* record = command->add_subcommand("record", "Enregistre un paiement (avance ou solde)");
  record->add_option("PROGRAMME", payments->programme, "Identifiant du programme")->required();
  record->add_option("AWARD", payments->award, "Attribution de la convention")->required();
  record->add_option("--tranche", payments->tranche, "Tranche (année : 2024)")->required();
  record->add_option("--kind", payments->kind, "advance (défaut) ou balance_payment");
  record->add_option("--date", payments->date, "Date du paiement")->required();
  record->add_option("--amount", payments->amount,
                     "Montant (défaut : l'avance au taux, ou le solde calculé)");
  record->add_option("--parameters", payments->parameters, "Dossier des paramètres");
  record->callback([&options, &action, payments] {
    action = [&options, payments]() -> int { return record_payment(options, *payments); };
  });

  auto* list = command->add_subcommand("list", "Paiements enregistrés");
  list->add_option("PROGRAMME", payments->programme, "Identifiant du programme")->required();
  list->callback([&options, &action, payments] {
    action = [&options, payments]() -> int { return list_payments(options, *payments); };
  });

  auto* lines = command->add_subcommand("lines", "Par ligne budgétaire : AE, engagé, payé, reste");
  lines->add_option("PROGRAMME", payments->programme, "Identifiant du programme")->required();
  lines->add_option("--parameters", payments->parameters, "Dossier des paramètres");
  lines->callback([&options, &action, payments] {
    action = [&options, payments]() -> int { return budget_lines(options, *payments); };
  });

  auto* export_command =
      command->add_subcommand("export", "Ordres de paiement en CSV pour la comptabilité");
  export_command->add_option("PROGRAMME", payments->programme, "Identifiant du programme")
      ->required();
  export_command->add_option("-o,--output", payments->output, "Fichier CSV (défaut : sortie)");
  export_command->callback([&options, &action, payments] {
    action = [&options, payments]() -> int { return export_payments(options, *payments); };
  });
}

}  // namespace octroi::cli
