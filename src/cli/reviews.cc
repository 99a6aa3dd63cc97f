// `octroi reviews …`: the reviews (bilans) of signed agreements — record one
// with its indicators, list those overdue on a given day (--today, never the
// clock in tests), and settle a tranche: the final amount by the funding rule
// (service/settlement.h), what is still to pay or to recover, and the
// recovery order when the organisation must pay back (printed as text;
// `-o FILE.html` writes it as an HTML page through the docs module).
#include <fmt/format.h>
#include <fstream>
#include <memory>

#include "calendar/format.h"
#include "cli/after_vote.h"
#include "cli/command.h"
#include "cli/stored_programme.h"
#include "docs/recovery_order_html.h"
#include "money/format.h"
#include "money/parse.h"
#include "service/after_vote_lists.h"
#include "service/agreement_actions.h"
#include "service/agreement_lifecycle.h"

namespace octroi::cli {
namespace {

struct ReviewOptions {
  std::string programme{};
  std::string award{};
  std::string tranche{};
  std::string received{};
  std::string today{};
  std::string date{};
  std::string actual_cost{};
  std::string score = "100 %";
  std::string notes{};
  std::string output{};
  std::string parameters{};
  std::vector<std::string> indicators{};
  int version = 0;
};

}  // namespace

void register_reviews(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto request = std::make_shared<ReviewOptions>();
  auto* command = app.add_subcommand("reviews", "Bilans, retards, solde définitif");
  command->require_subcommand(1);

  auto* record = command->add_subcommand("record", "Enregistre le bilan d'une tranche");
  record->add_option("PROGRAMME", request->programme, "Identifiant du programme")->required();
  record->add_option("AWARD", request->award, "Attribution de la convention")->required();
  record->add_option("--tranche", request->tranche, "Tranche (année : 2024)")->required();
  record->add_option("--received", request->received, "Date de réception du bilan")->required();
  record->add_option("--indicator", request->indicators,
                     "NOM[:TERRITOIRE]=NOMBRE, répétable (places:lens-lievin=80, "
                     "contracts_signed=120)");
  record->add_option("--actual-cost", request->actual_cost, "Coût réel de l'action")->required();
  record->add_option("--score", request->score,
                     "Appréciation de la part qualitative (défaut : 100 %)");
  record->add_option("--notes", request->notes, "Observations");
  record->add_option("--version", request->version, "Version lue de la convention");
  record->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto received = date_option(request->received, "--received");
      if (!received.ok()) return report_error(received.error());
      auto review = review_from_input(
          ReviewInput{.tranche = request->tranche,
                      .received_on = *received,
                      .indicators = request->indicators,
                      .actual_cost = request->actual_cost,
                      .score = request->score,
                      .notes = request->notes},
          ReviewFieldNames{
              .indicators = "--indicator", .actual_cost = "--actual-cost", .score = "--score"});
      if (!review.ok()) return report_error(review.error());
      auto repository = open_agreements(options);
      if (!repository.ok()) return report_error(repository.error());
      auto saved = edit_agreement(
          **repository, request->programme, request->award, request->version, "review",
          [&](AgreementFile& file, AgreementChange&) { return record_review(file, *review); },
          journal_stamp());
      if (!saved.ok()) return report_error(saved.error());
      fmt::print("bilan {} de la {} enregistré (version {})\n", request->tranche,
                 saved->file.title(), saved->version);
      return kExitOk;
    };
  });

  auto* overdue = command->add_subcommand("overdue", "Bilans en retard à une date");
  overdue->add_option("PROGRAMME", request->programme, "Identifiant du programme")->required();
  overdue->add_option("--today", request->today, "Date du jour (défaut : OCTROI_TODAY)");
  overdue->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto today = day_option(request->today, "--today");
      if (!today.ok()) return report_error(today.error());
      auto repository = open_agreements(options);
      if (!repository.ok()) return report_error(repository.error());
      auto agreements = (*repository)->agreements(request->programme);
      if (!agreements.ok()) return report_error(agreements.error());
      const auto late = overdue_reviews(*agreements, *today);
      fmt::print("Bilans en retard au {} : {}\n", format_date_long(*today), late.size());
      for (const OverdueReview& review : late) {
        fmt::print("  {} ({}, attribution {}) : tranche {}, bilan dû le {}, {} jour(s) de retard\n",
                   review.title, review.organisation, review.agreement, review.tranche,
                   format_date_long(review.due), review.days_late);
      }
      return kExitOk;
    };
  });

  auto* settle_command = command->add_subcommand("settle", "Solde définitif d'une tranche");
  settle_command->add_option("PROGRAMME", request->programme, "Identifiant du programme")
      ->required();
  settle_command->add_option("AWARD", request->award, "Attribution de la convention")->required();
  settle_command->add_option("--tranche", request->tranche, "Tranche (année : 2024)")->required();
  settle_command->add_option("--date", request->date, "Date du solde")->required();
  settle_command->add_option("--version", request->version, "Version lue de la convention");
  settle_command->add_option(
      "-o,--output", request->output,
      "Fichier où écrire l'ordre de reversement (HTML si .html, sinon texte)");
  settle_command->add_option("--parameters", request->parameters, "Dossier des paramètres");
  settle_command->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto on = date_option(request->date, "--date");
      if (!on.ok()) return report_error(on.error());
      auto programme = load_stored_programme(options, request->programme, request->parameters);
      if (!programme.ok()) return report_error(programme.error());
      auto repository = open_agreements(options);
      if (!repository.ok()) return report_error(repository.error());
      auto settled = settle_and_save(**repository, request->programme, request->award,
                                     request->tranche, *on, request->version, journal_stamp());
      if (!settled.ok()) return report_error(settled.error());
      fmt::print("Solde de la {}, tranche {} :\n", settled->saved.file.title(), request->tranche);
      for (const std::string& line : settled->result.explanation()) fmt::print("  {}\n", line);
      if (!settled->result.settlement.to_recover.is_zero()) {
        auto order = recovery_order_of(programme->dataset, settled->saved.file, request->tranche);
        if (!order.ok()) return report_error(order.error());
        fmt::print("\n{}", order->text());
        if (!request->output.empty()) {
          const bool html = request->output.ends_with(".html");
          std::ofstream out(request->output, std::ios::binary);
          out << (html ? docs::recovery_order_html(*order) : order->text());
          if (!out.good()) {
            return report_error(
                Error(ErrorCode::kIo, fmt::format("impossible d'écrire « {} »", request->output)));
          }
          fmt::print("ordre de reversement écrit dans {} ({})\n", request->output,
                     html ? "HTML" : "texte");
        }
      }
      return kExitOk;
    };
  });
}

}  // namespace octroi::cli
