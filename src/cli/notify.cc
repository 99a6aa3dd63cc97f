// `octroi notify CALL --session S`: after the session's vote, the
// applications proposed to it are awarded (service/application_decision.h),
// the awards become the call's programme in the database
// (import/decided_programme.h) and each gets its draft agreement
// (service/agreement_actions.h), and every applicant the session decided on
// — awarded or refused — gets its decision letter (docs/decision_letter.h),
// written into a folder, one file each. Nothing moves and nothing is written
// before the vote is recorded, nor when the template or the parameters are
// missing. Each step can run again: what is done stays done.
#include <filesystem>
#include <fmt/format.h>

#include "calendar/format.h"
#include "cli/command.h"
#include "cli/options.h"
#include "cli/stored_programme.h"
#include "docs/decision_letter.h"
#include "import/decided_programme.h"
#include "money/format.h"
#include "service/agreement_actions.h"
#include "service/application_decision.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

struct NotifyOptions {
  std::string call;
  std::string session;
  std::string format = "odt";
  std::string output = ".";
  std::string date;  // of the letters; default today
  std::string templates;
  std::string parameters;
};

// The awards the session decided become the call's programme, each with its
// draft agreement; what it did is printed.
Status prepare_agreements(const GlobalOptions& global, CallRepository& calls,
                          const std::string& call, const Session& session,
                          const Authority& authority, const std::string& parameters, Date today) {
  OCTROI_TRY(auto programmes, store::open_repository(global.database_url));
  OCTROI_TRY(auto agreements, store::open_agreement_repository(global.database_url));
  OCTROI_TRY(DecidedProgramme decided, store_decided_programme(*programmes, calls, call, session,
                                                               authority, journal_stamp()));
  fmt::print("Programme « {} » {} : {} attribution(s) pour {}.\n", decided.programme,
             decided.stored_now ? "enregistré" : "déjà enregistré", decided.awards.size(),
             format_amount(decided.total));
  OCTROI_TRY(StoredProgramme stored, load_stored_programme(global, decided.programme, parameters));
  OCTROI_TRY(PreparedAgreements prepared,
             draft_agreements(*agreements, stored.dataset, stored.parameters, stored.date_of_effect,
                              decided.programme, decided.awards, today, journal_stamp()));
  fmt::print("Conventions préparées : {}{}.\n", prepared.drafted.size(),
             prepared.already > 0 ? fmt::format(" (et {} déjà préparée(s))", prepared.already)
                                  : std::string());
  for (const std::string& award : prepared.drafted) {
    fmt::print("  projet de convention {} (octroi agreements show {} {})\n", award,
               decided.programme, award);
  }
  return ok_status();
}

int run_notify(const GlobalOptions& global, const NotifyOptions& options) {
  auto format = docs::parse_format(options.format);
  if (!format.ok()) return report_error(format.error());
  auto letter_date = day_option(options.date, "--date");
  if (!letter_date.ok()) return report_error(letter_date.error());
  auto calls = store::open_call_repository(global.database_url);
  if (!calls.ok()) return report_error(calls.error());
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto stored_session = (*sessions)->find_session(SessionId(options.session));
  if (!stored_session.ok()) return report_error(stored_session.error());
  if (!*stored_session) {
    return report_error(
        Error(ErrorCode::kNotFound, fmt::format("séance inconnue « {} »", options.session)));
  }
  const Session& session = (*stored_session)->session;
  auto authority = (*sessions)->authority();
  if (!authority.ok()) return report_error(authority.error());
  auto call = (*calls)->find_call(options.call);
  if (!call.ok()) return report_error(call.error());
  if (!*call) {
    return report_error(
        Error(ErrorCode::kNotFound, fmt::format("appel à projets inconnu « {} »", options.call)));
  }

  const std::filesystem::path templates = options.templates.empty()
                                              ? docs::default_templates_folder()
                                              : std::filesystem::path(options.templates);
  // The template is read before anything is decided: a missing one changes nothing.
  if (*format != docs::DocumentFormat::kHtml) {
    const std::filesystem::path file =
        templates / (*format == docs::DocumentFormat::kDocx ? "decision.docx" : "decision.odt");
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(file, ignored)) {
      return report_error(Error(
          ErrorCode::kIo,
          fmt::format("modèle introuvable « {} » : rien n'a été décidé ni écrit", file.string())));
    }
  }

  // The parameters too: the agreements' advance rate.
  auto parameters = load_parameter_set(parameters_folder_for(options.parameters));
  if (!parameters.ok()) return report_error(parameters.error());

  auto decided = record_decisions(**calls, options.call, session, journal_stamp());
  if (!decided.ok()) return report_error(decided.error());
  fmt::print("Séance « {} » du {} : {} demande(s) attribuée(s){}, {} refusée(s).\n",
             session.id.key(), format_date_long(session.date), decided->awarded.size(),
             decided->already_awarded > 0
                 ? fmt::format(" (et {} déjà attribuée(s))", decided->already_awarded)
                 : std::string(),
             decided->refused.size());
  const Status prepared = prepare_agreements(global, **calls, options.call, session, *authority,
                                             options.parameters, *letter_date);
  if (!prepared.ok()) return report_error(prepared.error());

  // Every application the session decided: those awarded now or before, and the refusals.
  auto applications = (*calls)->applications(options.call);
  if (!applications.ok()) return report_error(applications.error());
  const std::filesystem::path folder(options.output);
  std::error_code created;
  std::filesystem::create_directories(folder, created);
  if (created) {
    return report_error(Error(ErrorCode::kIo, fmt::format("dossier « {} » impossible à créer : {}",
                                                          folder.string(), created.message())));
  }
  int written = 0;
  for (const StoredApplication& stored : *applications) {
    const Application& application = stored.application;
    if (!application.instruction || application.instruction->session != session.id.key()) continue;
    if (application.status != ApplicationStatus::kAwarded &&
        application.status != ApplicationStatus::kRefused) {
      continue;
    }
    auto letter = decision_letter((*call)->call, application, session, *authority);
    if (!letter.ok()) return report_error(letter.error());
    auto document = docs::render_decision_letter(*letter, *letter_date, *format, templates);
    if (!document.ok()) return report_error(document.error());
    const std::filesystem::path file = folder / document->file_name;
    auto saved = docs::write_document_atomically(*document, file);
    if (!saved.ok()) return report_error(saved.error());
    fmt::print("  {} : {} — {}\n", file.string(), application.organisation_name,
               letter->awarded ? "attribution" : "refus");
    ++written;
  }
  fmt::print("{} lettre(s) de décision écrite(s) dans « {} ».\n", written, folder.string());
  return kExitOk;
}

}  // namespace

void register_notify(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto request = std::make_shared<NotifyOptions>();
  auto* command = app.add_subcommand(
      "notify",
      "Après le vote d'une séance : attribue les propositions d'un appel à projets et écrit la "
      "lettre de décision de chaque demandeur (attribution ou refus)");
  command->add_option("CALL", request->call, "Appel à projets")->required();
  command->add_option("--session", request->session, "Séance qui a voté (« cp-2023-09-18 »)")
      ->required();
  command->add_option("--format", request->format, "Format des lettres : odt, docx, html ou pdf");
  command->add_option("-o,--output", request->output,
                      "Dossier où écrire les lettres (défaut : le dossier courant)");
  command->add_option("--date", request->date,
                      "Date des lettres et des projets de convention (défaut : aujourd'hui)");
  command->add_option("--templates", request->templates,
                      "Dossier des modèles (défaut : OCTROI_TEMPLATES, sinon data/templates)");
  command->add_option("--parameters", request->parameters,
                      "Dossier des paramètres (défaut : OCTROI_PARAMETERS, sinon data/parameters)");
  on_run(command, options, action, request, run_notify);
}

}  // namespace octroi::cli
