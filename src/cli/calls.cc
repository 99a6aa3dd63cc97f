// `octroi call create|publish|show|list|annex`: calls for projects (issue 12,
// docs/calls.md). A call is made from a stored programme's themes and
// operations; `annex` prints the Annex 4 the proposals of a session make.
// Registers `octroi application` and `octroi instruct` too (applications.cc).
#include "cli/calls.h"

#include <fmt/format.h>
#include <memory>

#include "calendar/format.h"
#include "cli/command.h"
#include "cli/stored_programme.h"
#include "cli/text.h"
#include "money/format.h"
#include "service/application_actions.h"
#include "service/call_annex.h"
#include "service/call_from_dataset.h"
#include "store/store.h"

namespace octroi::cli {

Result<std::unique_ptr<CallRepository>> open_calls(const GlobalOptions& options) {
  return store::open_call_repository(options.database_url);
}

Result<StoredCall> stored_call(CallRepository& repository, const std::string& id) {
  return find_stored_call(repository, id);
}

Result<StoredApplication> stored_application(CallRepository& repository, const std::string& id) {
  return find_stored_application(repository, id);
}

int version_read(int requested, int stored) { return requested > 0 ? requested : stored; }

namespace {

struct CallOptions {
  std::string call{};
  std::string programme{};
  std::string opens{};
  std::string closes{};
  std::string title{};
  std::vector<std::string> documents{};  // KEY=LABEL
  std::string session{};
  std::string parameters{};
  int version = 0;
};

Result<RequiredDocument> required_document(const std::string& text) {
  const auto equals = text.find('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == text.size()) {
    return Error(ErrorCode::kUsage,
                 fmt::format("--document « {} » : attendu CLÉ=LIBELLÉ (statuts=Statuts)", text));
  }
  return RequiredDocument{text.substr(0, equals), text.substr(equals + 1)};
}

int create_call(const GlobalOptions& options, const CallOptions& request) {
  auto programme =
      load_stored_programme(options, request.programme, parameters_folder_for(request.parameters));
  if (!programme.ok()) return report_error(programme.error());
  auto opens = day_option(request.opens, "--opens");
  if (!opens.ok()) return report_error(opens.error());
  auto closes = day_option(request.closes, "--closes");
  if (!closes.ok()) return report_error(closes.error());
  auto window = Period::create(*opens, *closes);
  if (!window.ok()) return report_error(window.error());
  CallSettings settings{.id = request.call, .applications = *window};
  for (const std::string& text : request.documents) {
    auto document = required_document(text);
    if (!document.ok()) return report_error(document.error());
    settings.required_documents.push_back(*document);
  }
  Call call = call_from_dataset(programme->dataset, settings);
  if (!request.title.empty()) call.title = request.title;
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto saved = (*calls)->save_call(call, 0, "create", journal_stamp());
  if (!saved.ok()) return report_error(saved.error());
  fmt::print("appel à projets {} créé ({}) : {} thématiques, {} opérations, dépôts {}\n", call.id,
             to_label(call.status), call.themes.size(), call.operations.size(),
             format_period_short(call.applications));
  return kExitOk;
}

int set_status(const GlobalOptions& options, const CallOptions& request, CallStatus status,
               const std::string& action) {
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = stored_call(**calls, request.call);
  if (!stored.ok()) return report_error(stored.error());
  Call call = stored->call;
  call.status = status;
  auto saved = (*calls)->save_call(call, version_read(request.version, stored->version), action,
                                   journal_stamp());
  if (!saved.ok()) return report_error(saved.error());
  fmt::print("appel à projets {} : {} (version {})\n", call.id, to_label(call.status),
             saved->version);
  return kExitOk;
}

int publish_call(const GlobalOptions& options, const CallOptions& request) {
  return set_status(options, request, CallStatus::kPublished, "publish");
}

int close_call(const GlobalOptions& options, const CallOptions& request) {
  return set_status(options, request, CallStatus::kClosed, "close");
}

int list_calls(const GlobalOptions& options, const CallOptions& /*request*/) {
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = (*calls)->calls();
  if (!stored.ok()) return report_error(stored.error());
  for (const StoredCall& each : *stored) {
    fmt::print("{}  {}  {}  {}\n", fit(each.call.id, 24), fit(to_label(each.call.status), 10),
               format_period_short(each.call.applications), each.call.title);
  }
  return kExitOk;
}

void print_call(const StoredCall& stored) {
  const Call& call = stored.call;
  fmt::print("{} — {} (programme {})\n", call.id, call.title, call.programme.key());
  fmt::print("état : {} (version {}, par {} le {})\n", to_label(call.status), stored.version,
             stored.updated_by, format_timestamp(stored.updated_at));
  fmt::print("dépôts : {}\n", format_period_long(call.applications));
  if (call.actions_within) {
    fmt::print("actions : {}\n", format_period_long(*call.actions_within));
  }
  std::string publics;
  for (EligiblePublic eligible : call.publics) {
    publics += (publics.empty() ? "" : ", ") + std::string(to_label(eligible));
  }
  fmt::print("publics : {}\n", publics);
  for (const RequiredDocument& document : call.required_documents) {
    fmt::print("pièce à joindre : {} ({})\n", document.label, document.key);
  }
  for (const Theme& theme : call.themes) {
    fmt::print("{}. {}\n", theme.number, theme.title);
    for (const CallOperation& offered : call.operations) {
      if (offered.theme != theme.number) continue;
      fmt::print("  Opération {} ({}) : {} — {}\n", offered.operation.number,
                 offered.operation.id.key(), offered.operation.title, offered.budget_code);
      if (offered.rule && offered.rule->formula) {
        fmt::print("    règle : {}\n", *offered.rule->formula);
      }
    }
  }
}

int show_call(const GlobalOptions& options, const CallOptions& request) {
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = stored_call(**calls, request.call);
  if (!stored.ok()) return report_error(stored.error());
  print_call(*stored);
  return kExitOk;
}

void print_annex(const ProgrammeDataset& annex) {
  fmt::print("{}\n", annex.annex.title.printed);
  std::size_t row = 0;
  std::size_t total = 0;
  int section = -1;
  while (row < annex.rows.size() || total < annex.totals.size()) {
    const bool row_first =
        total == annex.totals.size() ||
        (row < annex.rows.size() && annex.rows[row].order < annex.totals[total].order);
    const int next_section = row_first ? annex.rows[row].section : annex.totals[total].section;
    if (next_section != section) {
      section = next_section;
      fmt::print("\n{}\n", annex.sections[static_cast<std::size_t>(section)].heading.printed);
    }
    if (row_first) {
      const AnnexRow& line = annex.rows[row++];
      fmt::print("  {} {} {} {} {}\n", fit(line.award.id.key(), 10),
                 fit(line.territory.printed, 24), fit(line.organisation.printed, 36),
                 fit(line.description.value_or(""), 40), fit(line.amount.text, 16, true));
    } else {
      const DeclaredTotal& declared = annex.totals[total++];
      const std::string label =
          declared.scope == TotalScope::kTheme
              ? fmt::format("TOTAL thématique {}", declared.theme)
              : fmt::format("{} opération {}", declared.label.value_or("TOTAL"),
                            declared.operation.value_or(0));
      fmt::print("  {} {}\n", fit(label, 113, true), fit(declared.amount.text, 16, true));
    }
  }
  fmt::print("\nTableau budgétaire\n");
  for (const BudgetTableRow& line : annex.budget_table.rows) {
    fmt::print("  {} : proposé {} ; disponible {} ; solde {}\n", line.code.value_or("?"),
               line.proposed ? line.proposed->text : "—",
               line.available ? line.available->text : "—",
               line.remaining ? line.remaining->text : "—");
  }
  if (annex.report.statements.empty()) return;
  fmt::print("\nCe que le rapport déclare\n");
  for (const DeclaredStatement& statement : annex.report.statements) {
    fmt::print("  - {}\n", statement.quote);
  }
}

int show_annex(const GlobalOptions& options, const CallOptions& request) {
  auto calls = open_calls(options);
  if (!calls.ok()) return report_error(calls.error());
  auto stored = stored_call(**calls, request.call);
  if (!stored.ok()) return report_error(stored.error());
  // The programme's identity, organisations and budget lines when it is stored.
  auto programme = load_stored_programme(options, stored->call.programme.key(),
                                         parameters_folder_for(request.parameters));
  auto annex = stored_session_annex(**calls, request.call, request.session,
                                    programme.ok() ? &programme->dataset : nullptr);
  if (!annex.ok()) return report_error(annex.error());
  print_annex(*annex);
  return kExitOk;
}

}  // namespace

void register_calls(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto request = std::make_shared<CallOptions>();
  auto* call = app.add_subcommand("call", "Appels à projets : création, publication, annexe");
  call->require_subcommand(1);

  auto* create = call->add_subcommand(
      "create", "Crée un appel à projets à partir des thématiques et opérations d'un programme");
  create->add_option("CALL", request->call, "Identifiant de l'appel (aap-2023-phase4)")->required();
  create->add_option("--programme", request->programme, "Programme importé")->required();
  create->add_option("--opens", request->opens, "Ouverture des dépôts (JJ/MM/AAAA)")->required();
  create->add_option("--closes", request->closes, "Date limite de dépôt (JJ/MM/AAAA)")->required();
  create->add_option("--title", request->title, "Titre (défaut : celui du programme)");
  create->add_option("--parameters", request->parameters, "Dossier des paramètres");
  create->add_option("--document", request->documents, "Pièce à joindre, CLÉ=LIBELLÉ (répétable)");
  on_run(create, options, action, request, create_call);

  for (const auto& [name, help, runner] :
       {std::tuple{"publish", "Publie l'appel : les structures peuvent déposer", &publish_call},
        std::tuple{"close", "Clôt l'appel", &close_call}}) {
    auto* command = call->add_subcommand(name, help);
    command->add_option("CALL", request->call, "Identifiant de l'appel")->required();
    command->add_option("--version", request->version, "Version lue (défaut : la dernière)");
    on_run(command, options, action, request, runner);
  }

  auto* show = call->add_subcommand("show", "Affiche un appel à projets");
  show->add_option("CALL", request->call, "Identifiant de l'appel")->required();
  on_run(show, options, action, request, show_call);

  auto* list = call->add_subcommand("list", "Liste les appels à projets");
  on_run(list, options, action, request, list_calls);

  auto* annex =
      call->add_subcommand("annex", "Affiche l'annexe 4 que forment les propositions d'une séance");
  annex->add_option("CALL", request->call, "Identifiant de l'appel")->required();
  annex->add_option("--session", request->session, "Séance (cp-2023-09-18)")->required();
  annex->add_option("--parameters", request->parameters, "Dossier des paramètres");
  on_run(annex, options, action, request, show_annex);

  register_application_commands(app, options, action);
  register_instruct_command(app, options, action);
}

}  // namespace octroi::cli
