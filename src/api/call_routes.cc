// The routes about calls for projects and applications (docs/calls.md,
// docs/api.md « Appels à projets »): the calls (published ones for
// organisations), a call's applications as the caller may see them
// (service/application_access.h), an organisation's draft, its update,
// attachments (PDF) and submission (receipt), staff's instruction (notes,
// the rule's amount, a proposal or a refusal), a session's Annex 4 with the
// checker's findings, the move to awarded after the session's vote, and
// each applicant's decision letter.
// The same service functions as `octroi call|application|instruct`
// (service/application_actions.h, application_decision.h); every change is journaled
// by the store in its transaction.
#include <algorithm>
#include <fmt/format.h>

#include "api/call_views.h"
#include "api/clock.h"
#include "api/routes.h"
#include "api/views.h"
#include "calendar/parse.h"
#include "checks/checks.h"
#include "docs/decision_letter.h"
#include "import/decided_programme.h"
#include "money/parse.h"
#include "service/agreement_actions.h"
#include "service/application_access.h"
#include "service/application_actions.h"
#include "service/application_decision.h"
#include "service/application_instruction.h"

namespace octroi::api {
namespace {

constexpr std::string_view kStaleMessage =
    "version de la demande manquante : rechargez la demande avant de la modifier";

std::string first_match(const httplib::Request& request) { return request.matches[1]; }

Reply json(Json body, int status = 200) {
  Reply reply;
  reply.status = status;
  reply.body = std::move(body);
  return reply;
}

// Who the caller sees applications as: staff, or the SIRET its
// organisation account acts for (none when the login is not linked).
Result<ApplicationViewer> viewer_of(CallRepository& calls, const Caller& caller) {
  ApplicationViewer viewer;
  viewer.staff = is_staff(caller.user.role);
  if (viewer.staff) return viewer;
  OCTROI_TRY(auto account, calls.organisation_account(caller.user.login));
  if (account) viewer.organisations.push_back(account->siret);
  return viewer;
}

// The call, when the caller may read it: staff read every call, an
// organisation only the published and closed ones (kNotFound otherwise).
Result<StoredCall> readable_call(CallRepository& calls, const Caller& caller,
                                 const std::string& id) {
  OCTROI_TRY(StoredCall stored, find_stored_call(calls, id));
  if (!is_staff(caller.user.role) && stored.call.status == CallStatus::kDraft) {
    return Error(ErrorCode::kNotFound, fmt::format("appel à projets inconnu « {} »", id));
  }
  return stored;
}

// The application, when the caller may see it (kForbidden otherwise).
Result<StoredApplication> visible_application(CallRepository& calls, const Caller& caller,
                                              const std::string& id) {
  OCTROI_TRY(StoredApplication stored, find_stored_application(calls, id));
  OCTROI_TRY(ApplicationViewer viewer, viewer_of(calls, caller));
  if (!can_see(viewer, stored.application)) {
    return Error(ErrorCode::kForbidden,
                 fmt::format("la demande {} n'est pas celle de votre structure", id));
  }
  return stored;
}

Json view_of(const StoredApplication& stored, const Caller& caller) {
  if (is_staff(caller.user.role)) return application_json(stored, true);
  StoredApplication shown = stored;
  shown.application = for_organisation(stored.application);
  return application_json(shown, false);
}

// What the operation's rule gives for the application, for staff: null
// when the programme or its parameters are not available.
Json rule_json(const ProgrammeSnapshot* programme, const Call& call,
               const Application& application) {
  if (programme == nullptr || !programme->parameters || !programme->date_of_effect) return nullptr;
  auto expected =
      expected_amount(call, application, *programme->parameters, *programme->date_of_effect);
  return expected.ok() ? expected_json(*expected) : Json{{"error", expected.error().message()}};
}

Result<Reply> list_calls(ServerContext& context, const Caller& caller) {
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(auto calls, lease->calls());
  Json out = Json::array();
  for (const StoredCall& stored : calls) {
    if (!is_staff(caller.user.role) && stored.call.status == CallStatus::kDraft) continue;
    out.push_back(call_summary_json(stored));
  }
  return json(std::move(out));
}

Result<Reply> show_call(ServerContext& context, const httplib::Request& request,
                        const Caller& caller) {
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredCall stored, readable_call(*lease, caller, first_match(request)));
  return json(call_page_json(stored));
}

// The applications the caller may see, optionally of one operation; for
// staff, each with what its operation's rule gives (the programme's
// parameters at its session date), for the instructor's list.
Result<Reply> list_applications(ServerContext& context, const httplib::Request& request,
                                const Caller& caller) {
  const std::string operation = request.get_param_value("operation");
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredCall call, readable_call(*lease, caller, first_match(request)));
  OCTROI_TRY(ApplicationViewer viewer, viewer_of(*lease, caller));
  OCTROI_TRY(auto applications, lease->applications(call.call.id));
  std::shared_ptr<const ProgrammeSnapshot> programme;
  if (viewer.staff) {
    auto snapshot = context.snapshot(call.call.programme.key());
    if (snapshot.ok()) programme = *snapshot;
  }
  Json out = Json::array();
  for (const StoredApplication& stored : applications) {
    if (!can_see(viewer, stored.application)) continue;
    if (!operation.empty() && stored.application.operation.key() != operation) continue;
    Json entry = view_of(stored, caller);
    if (viewer.staff) entry["rule"] = rule_json(programme.get(), call.call, stored.application);
    out.push_back(std::move(entry));
  }
  return json(std::move(out));
}

// The decision letter the application's session voted, with what it needs:
// the call, the session, the authority. Errors as decision_letter's.
Result<DecisionLetter> letter_of(ServerContext& context, CallRepository& calls,
                                 const Application& application) {
  if (!application.instruction || application.instruction->session.empty()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("pas encore de décision sur la demande « {} » : la lettre suit le "
                             "vote de la séance",
                             application.id));
  }
  OCTROI_TRY(StoredCall call, find_stored_call(calls, application.call));
  OCTROI_TRY(auto sessions, context.sessions.acquire());
  OCTROI_TRY(auto session, sessions->find_session(SessionId(application.instruction->session)));
  if (!session) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("séance inconnue « {} »", application.instruction->session));
  }
  OCTROI_TRY(Authority authority, sessions->authority());
  return decision_letter(call.call, application, session->session, authority);
}

Result<Reply> show_application(ServerContext& context, const httplib::Request& request,
                               const Caller& caller) {
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredApplication stored, visible_application(*lease, caller, first_match(request)));
  Json out = view_of(stored, caller);
  // Whether its decision letter can be downloaded: decided, and voted.
  const ApplicationStatus status = stored.application.status;
  out["letter"] =
      (status == ApplicationStatus::kAwarded || status == ApplicationStatus::kRefused) &&
      letter_of(context, *lease, stored.application).ok();
  if (is_staff(caller.user.role)) {
    // The organisation's awards in the stored programmes, for the instructor.
    OCTROI_TRY(auto snapshots, context.all_snapshots());
    const auto page = organisation_page_json(stored.application.organisation.key(), snapshots);
    out["organisation_awards"] =
        page ? Json{{"awards", (*page)["awards"]}, {"total", (*page)["total"]}}
             : Json{{"awards", Json::array()}, {"total", money_json(Amount::zero())}};
    OCTROI_TRY(StoredCall call, find_stored_call(*lease, stored.application.call));
    auto programme = context.snapshot(call.call.programme.key());
    out["rule"] =
        rule_json(programme.ok() ? programme->get() : nullptr, call.call, stored.application);
  }
  return json(std::move(out));
}

// The letter as a file (?format=odt|docx|html|pdf, ?date= of the letter,
// default today): the organisation downloads its own, staff any.
Result<Reply> download_letter(ServerContext& context, const httplib::Request& request,
                              const Caller& caller) {
  OCTROI_TRY(docs::DocumentFormat format,
             docs::parse_format(request.has_param("format") ? request.get_param_value("format")
                                                            : std::string("odt")));
  Date letter_date = utc_today();
  if (request.has_param("date") && !request.get_param_value("date").empty()) {
    auto date = parse_date(request.get_param_value("date"));
    if (!date.ok()) return field_error(date.error().code(), date.error().message(), "date");
    letter_date = *date;
  }
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredApplication stored, visible_application(*lease, caller, first_match(request)));
  OCTROI_TRY(DecisionLetter letter, letter_of(context, *lease, stored.application));
  OCTROI_TRY(
      docs::RenderedDocument rendered,
      docs::render_decision_letter(letter, letter_date, format, context.options.templates_folder));
  return download(std::move(rendered.bytes), rendered.media_type, rendered.file_name);
}

// One attached file of an application its reader may see (its organisation,
// staff), by its SHA-256: the bytes as received, as a download.
Result<Reply> download_attachment(ServerContext& context, const httplib::Request& request,
                                  const Caller& caller) {
  const std::string sha256 = request.matches[2].str();
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredApplication stored, visible_application(*lease, caller, first_match(request)));
  const std::vector<AttachmentInfo>& attachments = stored.application.attachments;
  auto found = std::find_if(attachments.begin(), attachments.end(),
                            [&](const AttachmentInfo& info) { return info.sha256 == sha256; });
  if (found == attachments.end()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("la demande {} n'a pas de pièce jointe d'empreinte « {} »",
                             stored.application.id, sha256));
  }
  OCTROI_TRY(auto bytes, lease->attachment_bytes(sha256));
  if (!bytes) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("pièce « {} » introuvable dans la base", found->file_name));
  }
  return download(std::move(*bytes), found->media_type, found->file_name);
}

// A fresh id for the organisation's application to `operation`:
// "<organisation>-<operation>", then "-2", "-3"… when taken.
Result<std::string> new_application_id(CallRepository& calls, const OrganisationId& organisation,
                                       const OperationId& operation) {
  const std::string base = fmt::format("{}-{}", organisation.key(), operation.key());
  for (int attempt = 1; attempt < 1000; ++attempt) {
    std::string id = attempt == 1 ? base : fmt::format("{}-{}", base, attempt);
    OCTROI_TRY(auto found, calls.find_application(id));
    if (!found) return id;
  }
  return Error(ErrorCode::kDuplicate, fmt::format("trop de demandes de {} sur l'opération {}",
                                                  organisation.key(), operation.key()));
}

// An organisation's new draft: who asks comes from its account, never from the body.
Result<Reply> create_application(ServerContext& context, const httplib::Request& request,
                                 const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(auto account, lease->organisation_account(caller.user.login));
  if (!account) {
    return Error(ErrorCode::kForbidden,
                 "votre compte n'est lié à aucune structure : demandez son SIRET à un "
                 "administrateur");
  }
  OCTROI_TRY(StoredCall call, readable_call(*lease, caller, first_match(request)));
  Application application;
  application.call = call.call.id;
  application.organisation = account->organisation;
  application.organisation_name = account->organisation_name;
  application.siret = account->siret;
  OCTROI_TRY_STATUS(read_application_fields(body, application));
  OCTROI_TRY(application.id,
             new_application_id(*lease, application.organisation, application.operation));
  OCTROI_TRY(StoredApplication saved, save_new_draft(*lease, application, stamp_of(caller)));
  return json(view_of(saved, caller), 201);
}

Result<Reply> update_application(ServerContext& context, const httplib::Request& request,
                                 const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(int version, version_field(body, kStaleMessage));
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredApplication stored, visible_application(*lease, caller, first_match(request)));
  Application edited = stored.application;
  OCTROI_TRY_STATUS(read_application_fields(body, edited));
  OCTROI_TRY(StoredApplication saved,
             update_draft(*lease, std::move(edited), version, stamp_of(caller)));
  return json(view_of(saved, caller));
}

// multipart/form-data: "file" (the PDF), "version", optional "document".
Result<Reply> attach_file(ServerContext& context, const httplib::Request& request,
                          const Caller& caller) {
  if (!request.is_multipart_form_data() || !request.has_file("file")) {
    return field_error(ErrorCode::kMissingField,
                       "pièce jointe manquante : envoyez le fichier PDF dans le champ « file »",
                       "file");
  }
  const httplib::MultipartFormData file = request.get_file_value("file");
  int version = 0;
  if (request.has_file("version")) {
    try {
      version = std::stoi(request.get_file_value("version").content);
    } catch (const std::exception&) {
      version = 0;
    }
  }
  if (version < 1)
    return field_error(ErrorCode::kMissingField, std::string(kStaleMessage), "version");
  const std::string document =
      request.has_file("document") ? request.get_file_value("document").content : std::string();
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredApplication stored, visible_application(*lease, caller, first_match(request)));
  if (stored.application.status != ApplicationStatus::kDraft) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("la demande {} est {} : les pièces se joignent au brouillon",
                             stored.application.id, to_label(stored.application.status)));
  }
  OCTROI_TRY(StoredApplication saved,
             lease->attach(stored.application.id, version, {document, file.filename, file.content},
                           stamp_of(caller)));
  return json(view_of(saved, caller), 201);
}

// Submitted on the server's day (never a date the organisation states).
Result<Reply> submit_application(ServerContext& context, const httplib::Request& request,
                                 const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(int version, version_field(body, kStaleMessage));
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredApplication stored, visible_application(*lease, caller, first_match(request)));
  OCTROI_TRY(StoredApplication saved, submit_and_save(*lease, stored.application.id, version,
                                                      utc_today(), stamp_of(caller)));
  return json(view_of(saved, caller));
}

Result<Reply> instruct_application(ServerContext& context, const httplib::Request& request,
                                   const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(int version, version_field(body, kStaleMessage));
  InstructionRequest instruction;
  OCTROI_TRY(instruction.session, required_text(body, "session", "séance"));
  OCTROI_TRY(instruction.notes, string_field(body, "notes", false));
  OCTROI_TRY(instruction.refusal_reason, string_field(body, "refuse", false));
  OCTROI_TRY(std::string proposed, string_field(body, "propose", false));
  if (proposed.find_first_not_of(' ') != std::string::npos) {
    auto amount = parse_amount(proposed);
    if (!amount.ok()) {
      return field_error(
          ErrorCode::kInvalidAmount,
          fmt::format("montant proposé illisible « {} » : {}", proposed, amount.error().message()),
          "propose");
    }
    instruction.proposed = *amount;
  }
  Date on = utc_today();
  OCTROI_TRY(std::string date_text, string_field(body, "date", false));
  if (date_text.find_first_not_of(' ') != std::string::npos) {
    OCTROI_TRY(on, date_field(body, "date", "date de la proposition"));
  }
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredApplication stored, find_stored_application(*lease, first_match(request)));
  OCTROI_TRY(StoredCall call, find_stored_call(*lease, stored.application.call));
  OCTROI_TRY(auto programme, context.snapshot(call.call.programme.key()));
  if (!programme->parameters || !programme->date_of_effect) {
    return Error(ErrorCode::kReferenceUnknown,
                 "paramètres ou date de séance du programme indisponibles : règle non évaluable");
  }
  auto outcome = instruct_and_save(*lease, stored.application.id, version, *programme->parameters,
                                   *programme->date_of_effect, instruction, on, stamp_of(caller));
  if (!outcome.ok() && outcome.error().code() == ErrorCode::kUsage) {
    return field_error(ErrorCode::kMissingField, outcome.error().message(), "propose");
  }
  if (!outcome.ok()) return outcome.error();
  Json out = view_of(outcome->saved, caller);
  out["rule"] = expected_json(outcome->expected);
  return json(std::move(out));
}

// The Annex 4 a session's proposals make, checked like an imported programme.
Result<Reply> session_annex(ServerContext& context, const httplib::Request& request,
                            const Caller& /*caller*/) {
  const std::string session = request.get_param_value("session");
  if (session.empty()) {
    return field_error(ErrorCode::kMissingField, "séance : paramètre obligatoire", "session");
  }
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(StoredCall call, find_stored_call(*lease, first_match(request)));
  auto programme = context.snapshot(call.call.programme.key());
  const ProgrammeDataset* dataset = programme.ok() ? &(*programme)->dataset : nullptr;
  OCTROI_TRY(ProgrammeDataset annex, stored_session_annex(*lease, call.call.id, session, dataset));
  std::vector<Finding> findings;
  if (programme.ok() && (*programme)->parameters && (*programme)->date_of_effect) {
    findings = check_programme(annex, *(*programme)->parameters, *(*programme)->date_of_effect);
  } else {
    findings = check_programme(annex);
  }
  return json(session_annex_json(annex, findings));
}

// The session's report on the call's programme voted and adopted: its
// proposals become awarded (service/application_decision.h, as `octroi notify`).
Result<Reply> award_call(ServerContext& context, const httplib::Request& request,
                         const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(std::string session_key, required_text(body, "session", "séance"));
  auto session_id = SessionId::parse(session_key);
  if (!session_id.ok()) {
    return field_error(session_id.error().code(), session_id.error().message(), "session");
  }
  std::optional<StoredSession> session;
  {
    OCTROI_TRY(auto sessions, context.sessions.acquire());
    OCTROI_TRY(session, sessions->find_session(*session_id));
  }
  if (!session) {
    return field_error(ErrorCode::kNotFound, fmt::format("séance inconnue « {} »", session_key),
                       "session");
  }
  Authority authority;
  {
    OCTROI_TRY(auto sessions, context.sessions.acquire());
    OCTROI_TRY(authority, sessions->authority());
  }
  const std::string call = first_match(request);
  OCTROI_TRY(auto lease, context.calls.acquire());
  OCTROI_TRY(DecisionSummary decided,
             record_decisions(*lease, call, session->session, stamp_of(caller)));
  // The awards become the call's programme, each with its draft agreement.
  DecidedProgramme decided_programme;
  {
    OCTROI_TRY(auto programmes, context.programmes.acquire());
    OCTROI_TRY(decided_programme,
               store_decided_programme(*programmes, *lease, call, session->session, authority,
                                       stamp_of(caller)));
  }
  OCTROI_TRY(auto programme, context.snapshot(decided_programme.programme));
  if (!programme->parameters || !programme->date_of_effect) {
    return Error(ErrorCode::kReferenceUnknown,
                 fmt::format("paramètres ou date de séance du programme « {} » indisponibles : "
                             "conventions non préparées",
                             decided_programme.programme));
  }
  PreparedAgreements prepared;
  {
    OCTROI_TRY(auto agreements, context.agreements.acquire());
    OCTROI_TRY(prepared, draft_agreements(*agreements, programme->dataset, *programme->parameters,
                                          *programme->date_of_effect, decided_programme.programme,
                                          decided_programme.awards, utc_today(), stamp_of(caller)));
  }
  Json awarded = Json::array();
  for (const StoredApplication& stored : decided.awarded) {
    awarded.push_back(application_json(stored, true));
  }
  Json refused = Json::array();
  for (const StoredApplication& stored : decided.refused) {
    refused.push_back(application_json(stored, true));
  }
  return json({{"awarded", std::move(awarded)},
               {"refused", std::move(refused)},
               {"already_awarded", decided.already_awarded},
               {"programme",
                {{"id", decided_programme.programme},
                 {"stored_now", decided_programme.stored_now},
                 {"awards", decided_programme.awards},
                 {"total", money_json(decided_programme.total)}}},
               {"agreements", {{"drafted", prepared.drafted}, {"already", prepared.already}}}});
}

template <typename Function>
Handler with(ServerContext& context, Function function) {
  return [&context, function](const httplib::Request& request, const Caller& caller) {
    return function(context, request, caller);
  };
}

}  // namespace

void add_call_routes(httplib::Server& http, ServerContext& context) {
  const std::string call = R"(/api/calls/([^/]+))";
  const std::string application = R"(/api/applications/([^/]+))";
  http.Get("/api/calls", guarded(context, Permission::kReadCalls,
                                 [&context](const httplib::Request&, const Caller& caller) {
                                   return list_calls(context, caller);
                                 }));
  http.Get(call, guarded(context, Permission::kReadCalls, with(context, show_call)));
  http.Get(call + "/applications",
           guarded(context, Permission::kReadCalls, with(context, list_applications)));
  http.Post(call + "/applications",
            guarded(context, Permission::kApply, with(context, create_application)));
  http.Get(call + "/annex", guarded(context, Permission::kRead, with(context, session_annex)));
  http.Post(call + "/award",
            guarded(context, Permission::kRecordSessions, with(context, award_call)));
  http.Get(application, guarded(context, Permission::kReadCalls, with(context, show_application)));
  http.Put(application, guarded(context, Permission::kApply, with(context, update_application)));
  http.Post(application + "/attachments",
            guarded(context, Permission::kApply, with(context, attach_file)));
  http.Post(application + "/submit",
            guarded(context, Permission::kApply, with(context, submit_application)));
  http.Get(application + R"(/attachments/([0-9a-f]{64}))",
           guarded(context, Permission::kReadCalls, with(context, download_attachment)));
  http.Get(application + "/letter",
           guarded(context, Permission::kReadCalls, with(context, download_letter)));
  http.Post(application + "/instruct",
            guarded(context, Permission::kInstruct, with(context, instruct_application)));
}

}  // namespace octroi::api
