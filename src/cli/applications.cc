// `octroi application draft|attach|submit|list|show` and `octroi instruct`:
// applications to a call and their instruction (issue 12, docs/calls.md).
// Every change is saved on the version read and journaled.
#include <fmt/format.h>
#include <fstream>
#include <memory>
#include <sstream>

#include "calendar/format.h"
#include "calendar/parse.h"
#include "cli/calls.h"
#include "cli/stored_programme.h"
#include "cli/text.h"
#include "money/format.h"
#include "money/parse.h"
#include "service/application_actions.h"

namespace octroi::cli {
namespace {

struct ApplicationOptions {
  std::string call{};
  std::string id{};
  std::string organisation{};
  std::string name{};
  std::string siret{};
  std::string operation{};
  std::string title{};
  std::string amount{};
  std::vector<std::string> quantities{};  // 50:places
  std::string period{};
  std::string territories{};
  std::string direct_costs{"0"};
  std::string external_services{"0"};
  std::string indirect_costs{"0"};
  std::string total{};
  std::string group{};
  std::string review{};
  std::string file{};
  std::string document{};
  std::string date{};
  int version = 0;
  // instruct
  std::string programme{};
  std::string propose{};
  std::string refuse{};
  std::string session{};
  std::string notes{};
  std::string parameters{};
};

Result<Amount> amount_option(const std::string& text, std::string_view option) {
  auto amount = parse_amount(text);
  if (!amount.ok()) {
    return Error(ErrorCode::kUsage, fmt::format("{} : {}", option, amount.error().message()));
  }
  return *amount;
}

Result<UnitQuantity> quantity_option(const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos) {
    return Error(ErrorCode::kUsage,
                 fmt::format("--quantity « {} » : attendu VALEUR:UNITÉ (50:places)", text));
  }
  OCTROI_TRY(Quantity value, parse_quantity(text.substr(0, colon)));
  OCTROI_TRY(QuantityUnit unit, quantity_unit_from_key(text.substr(colon + 1)));
  return UnitQuantity{value, unit};
}

Result<Application> drafted(const ApplicationOptions& request) {
  Application application;
  application.id = request.id;
  application.call = request.call;
  OCTROI_TRY(application.organisation, OrganisationId::parse(request.organisation));
  application.organisation_name = request.name;
  if (!request.siret.empty()) {
    OCTROI_TRY(application.siret, Siret::parse(request.siret));
  }
  OCTROI_TRY(application.operation, OperationId::parse(request.operation));
  application.title = request.title;
  OCTROI_TRY(application.requested, amount_option(request.amount, "--amount"));
  for (const std::string& text : request.quantities) {
    OCTROI_TRY(UnitQuantity quantity, quantity_option(text));
    application.quantities.push_back(quantity);
  }
  if (!request.period.empty()) {
    OCTROI_TRY(application.period, parse_period(request.period));
  }
  if (!request.territories.empty()) {
    OCTROI_TRY(application.territories, TerritoryScope::parse(request.territories));
  }
  OCTROI_TRY(application.budget.direct_costs,
             amount_option(request.direct_costs, "--direct-costs"));
  OCTROI_TRY(application.budget.external_services,
             amount_option(request.external_services, "--external-services"));
  OCTROI_TRY(application.budget.indirect_costs,
             amount_option(request.indirect_costs, "--indirect-costs"));
  if (request.total.empty()) {
    OCTROI_TRY(application.budget.total, application.budget.sum());
  } else {
    OCTROI_TRY(application.budget.total, amount_option(request.total, "--total"));
  }
  if (!request.review.empty()) application.previous_review = PreviousReview{.text = request.review};
  application.annex_group = request.group;
  OCTROI_TRY_STATUS(application.validate());
  return application;
}

void print_application(const StoredApplication& stored) {
  const Application& application = stored.application;
  fmt::print("demande {} — appel {} — {} ({}, SIRET {})\n", application.id, application.call,
             application.organisation_name, application.organisation.key(),
             application.siret ? application.siret->formatted() : "—");
  fmt::print("état : {} (version {}, par {} le {}){}\n", to_label(application.status),
             stored.version, stored.updated_by, format_timestamp(stored.updated_at),
             application.receipt.empty() ? "" : " ; récépissé " + application.receipt);
  fmt::print("opération {} : {}\n", application.operation.key(), application.title);
  std::string quantities;
  for (const UnitQuantity& quantity : application.quantities) {
    quantities += (quantities.empty() ? "" : ", ") + quantity.to_string();
  }
  fmt::print("montant demandé {} ; quantités {} ; période {} ; territoire {}\n",
             format_amount(application.requested), quantities.empty() ? "—" : quantities,
             application.period ? format_period_short(*application.period) : "—",
             application.territories ? application.territories->label() : "—");
  const ActionBudget& budget = application.budget;
  fmt::print("budget : directes {} ; prestations {} ; indirectes {} ; total {}\n",
             format_amount(budget.direct_costs), format_amount(budget.external_services),
             format_amount(budget.indirect_costs), format_amount(budget.total));
  for (const AttachmentInfo& attachment : application.attachments) {
    fmt::print("pièce {} : {} ({} octets, SHA-256 {})\n",
               attachment.document.empty() ? "libre" : attachment.document, attachment.file_name,
               attachment.size, attachment.sha256);
  }
  if (const auto& instruction = application.instruction) {
    fmt::print("instruction : {}{}{}{}\n", to_label(instruction->decision),
               instruction->decision == InstructionDecision::kProposed
                   ? " " + format_amount(instruction->proposed)
                   : std::string(),
               instruction->refusal_reason.empty() ? "" : " (" + instruction->refusal_reason + ")",
               instruction->session.empty() ? "" : " — séance " + instruction->session);
    if (instruction->expected) {
      fmt::print("montant selon la règle : {}\n", format_amount(*instruction->expected));
    }
    if (!instruction->notes.empty()) fmt::print("notes : {}\n", instruction->notes);
  }
}

int list_applications(const GlobalOptions& options, const ApplicationOptions& request) {
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = (*calls)->applications(request.call);
  if (!stored.ok()) return report_error(stored.error());
  for (const StoredApplication& each : *stored) {
    const Application& value = each.application;
    fmt::print("{}  {}  {}  {}  {}\n", fit(value.id, 20), fit(to_label(value.status), 10),
               fit(value.operation.key(), 8), fit(value.organisation_name, 36),
               fit(format_amount(value.requested), 16, true));
  }
  return kExitOk;
}

int show_application(const GlobalOptions& options, const ApplicationOptions& request) {
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = stored_application(**calls, request.id);
  if (!stored.ok()) return report_error(stored.error());
  print_application(*stored);
  return kExitOk;
}

int draft(const GlobalOptions& options, const ApplicationOptions& request) {
  auto application = drafted(request);
  if (!application.ok()) return report_error(application.error());
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto saved = save_new_draft(**calls, *application, journal_stamp());
  if (!saved.ok()) return report_error(saved.error());
  fmt::print("demande {} enregistrée en brouillon (version {})\n", application->id, saved->version);
  return kExitOk;
}

int attach(const GlobalOptions& options, const ApplicationOptions& request) {
  std::ifstream file(request.file, std::ios::binary);
  if (!file) {
    return report_error(
        Error(ErrorCode::kIo, fmt::format("fichier illisible « {} »", request.file)));
  }
  std::ostringstream bytes;
  bytes << file.rdbuf();
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = stored_application(**calls, request.id);
  if (!stored.ok()) return report_error(stored.error());
  const std::string name = request.file.substr(request.file.find_last_of('/') + 1);
  auto saved = (*calls)->attach(request.id, version_read(request.version, stored->version),
                                {request.document, name, bytes.str()}, journal_stamp());
  if (!saved.ok()) return report_error(saved.error());
  const AttachmentInfo& info = saved->application.attachments.back();
  fmt::print("pièce {} jointe à la demande {} : {} octets, SHA-256 {}\n", info.file_name,
             request.id, info.size, info.sha256);
  return kExitOk;
}

int submit_application(const GlobalOptions& options, const ApplicationOptions& request) {
  auto today = day_option(request.date, "--date");
  if (!today.ok()) return report_error(today.error());
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = stored_application(**calls, request.id);
  if (!stored.ok()) return report_error(stored.error());
  auto saved = submit_and_save(**calls, request.id, version_read(request.version, stored->version),
                               *today, journal_stamp());
  if (!saved.ok()) return report_error(saved.error());
  fmt::print("demande {} : {} (version {}) ; récépissé n°{}\n", saved->application.id,
             to_label(saved->application.status), saved->version, saved->application.receipt);
  return kExitOk;
}

int instruct_application(const GlobalOptions& options, const ApplicationOptions& request) {
  if (request.propose.empty() == request.refuse.empty()) {
    return report_error(Error(ErrorCode::kUsage, "indiquez --propose MONTANT ou --refuse MOTIF"));
  }
  auto today = day_option(request.date, "--date");
  if (!today.ok()) return report_error(today.error());
  InstructionRequest instruction{
      .notes = request.notes, .refusal_reason = request.refuse, .session = request.session};
  if (!request.propose.empty()) {
    auto amount = amount_option(request.propose, "--propose");
    if (!amount.ok()) return report_error(amount.error());
    instruction.proposed = *amount;
  }
  auto programme =
      load_stored_programme(options, request.programme, parameters_folder_for(request.parameters));
  if (!programme.ok()) return report_error(programme.error());
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = stored_application(**calls, request.id);
  if (!stored.ok()) return report_error(stored.error());
  auto call = stored_call(**calls, stored->application.call);
  if (!call.ok()) return report_error(call.error());
  if (call->call.programme.key() != request.programme) {
    return report_error(
        Error(ErrorCode::kInvalidValue,
              fmt::format("la demande {} relève du programme {}, pas de {}", request.id,
                          call->call.programme.key(), request.programme)));
  }
  auto outcome = instruct_and_save(
      **calls, request.id, version_read(request.version, stored->version), programme->parameters,
      programme->date_of_effect, instruction, *today, journal_stamp());
  if (!outcome.ok()) return report_error(outcome.error());
  if (const auto& expected = outcome->expected; expected && expected->evaluation) {
    fmt::print("montant selon la règle ({}) : {}\n", expected->formula,
               format_amount(expected->evaluation->amount));
  } else if (expected && expected->error) {
    fmt::print("règle non évaluée : {}\n", expected->error->message());
  }
  const Application& saved = outcome->saved.application;
  fmt::print("demande {} : {} (version {})\n", saved.id, to_label(saved.status),
             outcome->saved.version);
  return kExitOk;
}

}  // namespace

void register_application_commands(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto request = std::make_shared<ApplicationOptions>();
  auto* application = app.add_subcommand("application", "Demandes de subvention à un appel");
  application->require_subcommand(1);

  auto* draft_command = application->add_subcommand("draft", "Enregistre une demande en brouillon");
  draft_command->add_option("CALL", request->call, "Appel à projets")->required();
  draft_command->add_option("APPLICATION", request->id, "Identifiant de la demande")->required();
  draft_command->add_option("--organisation", request->organisation, "Structure (identifiant)")
      ->required();
  draft_command->add_option("--name", request->name, "Nom de la structure")->required();
  draft_command->add_option("--siret", request->siret, "SIRET de la structure");
  draft_command->add_option("--operation", request->operation, "Opération (t1-o6)")->required();
  draft_command->add_option("--title", request->title, "Intitulé de l'action");
  draft_command->add_option("--amount", request->amount, "Montant demandé")->required();
  draft_command->add_option("--quantity", request->quantities, "VALEUR:UNITÉ (50:places)");
  draft_command->add_option("--period", request->period, "« du JJ/MM/AAAA au JJ/MM/AAAA »");
  draft_command->add_option("--territory", request->territories, "Territoires (artois,ternois)");
  draft_command->add_option("--direct-costs", request->direct_costs, "Charges directes");
  draft_command->add_option("--external-services", request->external_services,
                            "Prestations externes");
  draft_command->add_option("--indirect-costs", request->indirect_costs, "Charges indirectes");
  draft_command->add_option("--total", request->total, "Coût total (défaut : la somme)");
  draft_command->add_option("--group", request->group, "Groupe de sous-total dans l'annexe");
  draft_command->add_option("--review", request->review, "Bilan de l'année précédente");
  on_run(draft_command, options, action, request, draft);

  auto* attach_command = application->add_subcommand("attach", "Joint une pièce (PDF)");
  attach_command->add_option("APPLICATION", request->id, "Demande")->required();
  attach_command->add_option("FILE", request->file, "Fichier PDF")->required();
  attach_command->add_option("--document", request->document, "Pièce demandée (statuts)");
  attach_command->add_option("--version", request->version, "Version lue");
  on_run(attach_command, options, action, request, attach);

  auto* submit_command = application->add_subcommand("submit", "Dépose la demande (récépissé)");
  submit_command->add_option("APPLICATION", request->id, "Demande")->required();
  submit_command->add_option("--date", request->date, "Date du dépôt (défaut : aujourd'hui)");
  submit_command->add_option("--version", request->version, "Version lue");
  on_run(submit_command, options, action, request, submit_application);

  auto* list = application->add_subcommand("list", "Liste les demandes d'un appel");
  list->add_option("CALL", request->call, "Appel à projets")->required();
  on_run(list, options, action, request, list_applications);

  auto* show = application->add_subcommand("show", "Affiche une demande");
  show->add_option("APPLICATION", request->id, "Demande")->required();
  on_run(show, options, action, request, show_application);
}

void register_instruct_command(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto request = std::make_shared<ApplicationOptions>();
  auto* command = app.add_subcommand(
      "instruct", "Instruit une demande : montant selon la règle, proposition ou refus");
  command->add_option("PROGRAMME", request->programme, "Programme de l'appel")->required();
  command->add_option("APPLICATION", request->id, "Demande")->required();
  command->add_option("--propose", request->propose, "Montant proposé");
  command->add_option("--refuse", request->refuse, "Motif du refus");
  command->add_option("--session", request->session, "Séance (cp-2023-09-18)")->required();
  command->add_option("--notes", request->notes, "Notes internes");
  command->add_option("--date", request->date, "Date de la proposition (défaut : aujourd'hui)");
  command->add_option("--parameters", request->parameters, "Dossier des paramètres");
  command->add_option("--version", request->version, "Version lue");
  on_run(command, options, action, request, instruct_application);
}

}  // namespace octroi::cli
