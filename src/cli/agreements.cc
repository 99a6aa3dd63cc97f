// `octroi agreements …`: the agreements (conventions) after the vote — list,
// show, draft from an award, send, sign (numbered in sequence per year),
// amend from the programme's amendments, close. Every change is journaled
// in its transaction and based on the version read (docs/after-vote.md).
#include <fmt/format.h>
#include <memory>

#include "calendar/format.h"
#include "cli/after_vote.h"
#include "cli/command.h"
#include "cli/stored_programme.h"
#include "cli/text.h"
#include "money/format.h"
#include "service/agreement_actions.h"

namespace octroi::cli {
namespace {

struct AgreementOptions {
  std::string programme{};
  std::string award{};
  std::string date{};
  std::string number{};
  std::string parameters{};
  int version = 0;
};

std::string optional_date_text(const std::optional<Date>& date) {
  return date ? format_date_short(*date) : "—";
}

void print_tranches(const std::vector<FundingTranche>& tranches, std::string_view indent) {
  for (const FundingTranche& tranche : tranches) {
    fmt::print("{}tranche {} : {} du {} au {} ; part quantitative {} ; bilan dû le {}\n", indent,
               tranche.key, format_amount(tranche.amount),
               format_date_short(tranche.period.start()), format_date_short(tranche.period.end()),
               format_rate(tranche.quantitative_share), format_date_long(tranche.review_due));
    for (const Indicator& target : tranche.targets) {
      fmt::print("{}    objectif : {}\n", indent, target.text());
    }
  }
}

void print_agreement(const StoredAgreement& stored) {
  const AgreementFile& file = stored.file;
  fmt::print("{} — attribution {} ({}) : {}\n", file.title(), file.award.key(),
             file.organisation.key(), file.subject);
  fmt::print("état : {} (version {}, par {} le {})\n", to_label(file.status), stored.version,
             stored.updated_by, format_timestamp(stored.updated_at));
  fmt::print("projet le {} ; envoyée le {} ; signée le {} ; close le {}\n",
             optional_date_text(file.drafted_on), optional_date_text(file.sent_on),
             optional_date_text(file.signed_on), optional_date_text(file.closed_on));
  auto total = file.total();
  fmt::print("ligne budgétaire {} ; taux d'avance {} ; montant total {}\n", file.budget_line,
             format_rate(file.advance_rate), total.ok() ? format_amount(*total) : "?");
  fmt::print("conservation des pièces : {}\n",
             file.retention_until ? "jusqu'au " + format_date_long(*file.retention_until)
                                  : std::string("non précisée"));
  print_tranches(file.tranches, "  ");
  for (const AmendmentEntry& entry : file.amendments) {
    std::string articles;
    for (int article : entry.replaced_articles) {
      articles += (articles.empty() ? "" : ", ") + std::to_string(article);
    }
    fmt::print("avenant n°{} signé le {} ({}) : articles remplacés {}\n", entry.ordinal,
               format_date_long(entry.signed_on), entry.reference, articles);
    fmt::print("  avant :\n");
    print_tranches(entry.before, "    ");
    fmt::print("  après :\n");
    print_tranches(entry.after, "    ");
    if (entry.retention_before != entry.retention_after) {
      fmt::print("  conservation : {} → {}\n", optional_date_text(entry.retention_before),
                 optional_date_text(entry.retention_after));
    }
  }
  for (const ReviewReport& review : file.reviews) {
    fmt::print("bilan {} reçu le {} ; coût réel {} ; appréciation qualitative {}{}\n",
               review.tranche, format_date_long(review.received_on),
               format_amount(review.actual_cost), format_rate(review.qualitative_score),
               review.settlement ? " ; soldé : " + format_amount(review.settlement->settled)
                                 : std::string());
    for (const Indicator& indicator : review.indicators) {
      fmt::print("    {}\n", indicator.text());
    }
  }
}

// Applies the move on the version read (--version, else the one just read).
int run_move(const GlobalOptions& options, const AgreementOptions& request, AgreementMove move,
             const ProgrammeDataset* dataset = nullptr) {
  auto on = date_option(request.date, "--date");
  if (!on.ok()) return report_error(on.error());
  MoveRequest move_request{.move = move, .on = *on, .read_version = request.version};
  if (!request.number.empty()) {
    auto parsed = AgreementNumber::parse(request.number);
    if (!parsed.ok()) {
      return report_error(
          Error(parsed.error().code(), parsed.error().message(), Location::of_field("--number")));
    }
    move_request.number = *parsed;
  }
  auto repository = open_agreements(options);
  if (!repository.ok()) return report_error(repository.error());
  auto saved = move_agreement(**repository, dataset, request.programme, request.award, move_request,
                              journal_stamp());
  if (!saved.ok()) return report_error(saved.error());
  fmt::print("{} : {} (version {})\n", saved->file.title(), to_label(saved->file.status),
             saved->version);
  return kExitOk;
}

CLI::App* with_agreement(CLI::App* command, AgreementOptions& request) {
  command->add_option("PROGRAMME", request.programme, "Identifiant du programme")->required();
  command->add_option("AWARD", request.award, "Attribution de la convention (t1-o6-01)")
      ->required();
  return command;
}

CLI::App* with_edit(CLI::App* command, AgreementOptions& request) {
  with_agreement(command, request);
  command->add_option("--date", request.date, "Date de l'acte (JJ/MM/AAAA ou AAAA-MM-JJ)")
      ->required();
  command->add_option("--version", request.version,
                      "Version lue (refus si la convention a changé depuis)");
  return command;
}

}  // namespace

void register_agreements(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto request = std::make_shared<AgreementOptions>();
  auto* command = app.add_subcommand("agreements", "Conventions après le vote");
  command->require_subcommand(1);

  auto* list = command->add_subcommand("list", "Conventions d'un programme");
  list->add_option("PROGRAMME", request->programme, "Identifiant du programme")->required();
  list->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto repository = open_agreements(options);
      if (!repository.ok()) return report_error(repository.error());
      auto agreements = (*repository)->agreements(request->programme);
      if (!agreements.ok()) return report_error(agreements.error());
      fmt::print("Programme « {} » : {} convention(s)\n", request->programme, agreements->size());
      for (const StoredAgreement& stored : *agreements) {
        const AgreementFile& file = stored.file;
        auto total = file.total();
        fmt::print("{} {} {} {} {} signée le {} (v{})\n", fit(file.award.key(), 10),
                   fit(file.number ? file.number->text() : "—", 10),
                   fit(file.organisation.key(), 18), fit(to_label(file.status), 20),
                   fit(total.ok() ? format_amount(*total) : "?", 14, true),
                   optional_date_text(file.signed_on), stored.version);
      }
      return kExitOk;
    };
  });

  auto* show =
      with_agreement(command->add_subcommand("show", "Une convention, son historique"), *request);
  show->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto repository = open_agreements(options);
      if (!repository.ok()) return report_error(repository.error());
      auto stored = find_stored_agreement(**repository, request->programme, request->award);
      if (!stored.ok()) return report_error(stored.error());
      print_agreement(*stored);
      return kExitOk;
    };
  });

  auto* draft = with_agreement(
      command->add_subcommand("draft", "Projet de convention d'une attribution"), *request);
  draft->add_option("--date", request->date, "Date du projet (défaut : --today / OCTROI_TODAY)");
  draft->add_option("--parameters", request->parameters,
                    "Dossier des paramètres (défaut : OCTROI_PARAMETERS, sinon data/parameters)");
  draft->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto today = day_option(request->date, "--date");
      if (!today.ok()) return report_error(today.error());
      auto programme = load_stored_programme(options, request->programme, request->parameters);
      if (!programme.ok()) return report_error(programme.error());
      auto repository = open_agreements(options);
      if (!repository.ok()) return report_error(repository.error());
      auto saved = draft_and_save(**repository, programme->dataset, programme->parameters,
                                  programme->date_of_effect, request->programme, request->award,
                                  *today, journal_stamp());
      if (!saved.ok()) return report_error(saved.error());
      print_agreement(*saved);
      return kExitOk;
    };
  });

  auto* send = with_edit(command->add_subcommand("send", "Envoi à la structure"), *request);
  send->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      return run_move(options, *request, AgreementMove::kSend);
    };
  });

  auto* sign = with_edit(command->add_subcommand("sign", "Signature (numérotée)"), *request);
  sign->add_option("--number", request->number,
                   "Numéro déjà attribué (2023-01628) ; sinon le suivant de l'année");
  sign->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      return run_move(options, *request, AgreementMove::kSign);
    };
  });

  auto* amend = with_edit(
      command->add_subcommand("amend", "Avenant (d'après les avenants du programme)"), *request);
  amend->add_option("--parameters", request->parameters, "Dossier des paramètres");
  amend->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      auto programme = load_stored_programme(options, request->programme, request->parameters);
      if (!programme.ok()) return report_error(programme.error());
      return run_move(options, *request, AgreementMove::kAmend, &programme->dataset);
    };
  });

  auto* close = with_edit(command->add_subcommand("close", "Clôture (tout est soldé)"), *request);
  close->callback([&options, &action, request] {
    action = [&options, request]() -> int {
      return run_move(options, *request, AgreementMove::kClose);
    };
  });
}

}  // namespace octroi::cli
