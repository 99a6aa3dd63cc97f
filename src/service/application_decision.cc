#include "service/application_decision.h"

#include <algorithm>
#include <fmt/format.h>

#include "domain/deliberative_body.h"

namespace octroi {
namespace {

bool proposed_to(const Application& application, const Session& session) {
  return application.instruction && application.instruction->session == session.id.key();
}

std::string item_name(const AgendaItem& item) {
  return item.number.empty() ? std::string(item.report.key())
                             : fmt::format("rapport n°{}", item.number);
}

}  // namespace

Result<AgendaItem> adopted_item(const Session& session, const std::string& programme) {
  const auto item = std::find_if(session.agenda.begin(), session.agenda.end(),
                                 [&](const AgendaItem& i) { return i.programme == programme; });
  if (item == session.agenda.end()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("la séance « {} » n'a aucun rapport qui finance le programme « {} »",
                             session.id.key(), programme));
  }
  const std::optional<bool> adopted = item->adopted();
  if (!adopted) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("le {} de la séance « {} » n'est pas encore voté : enregistrez "
                             "d'abord le vote (page de la séance, ou octroi session vote)",
                             item_name(*item), session.id.key()));
  }
  if (!*adopted) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("le {} de la séance « {} » a été rejeté : aucune attribution n'est "
                             "votée",
                             item_name(*item), session.id.key()));
  }
  return *item;
}

Result<DecisionSummary> record_decisions(CallRepository& calls, const std::string& call_id,
                                         const Session& session, const Stamp& stamp) {
  OCTROI_TRY(auto stored_call, calls.find_call(call_id));
  if (!stored_call) {
    return Error(ErrorCode::kNotFound, fmt::format("appel à projets inconnu « {} »", call_id));
  }
  if (auto item = adopted_item(session, std::string(stored_call->call.programme.key()));
      !item.ok()) {
    return item.error();
  }
  OCTROI_TRY(auto applications, calls.applications(call_id));
  std::stable_sort(applications.begin(), applications.end(),
                   [](const StoredApplication& a, const StoredApplication& b) {
                     return a.application.receipt < b.application.receipt;
                   });
  DecisionSummary summary;
  for (StoredApplication& stored : applications) {
    Application& application = stored.application;
    if (!proposed_to(application, session)) continue;
    switch (application.status) {
      case ApplicationStatus::kAwarded:
        ++summary.already_awarded;
        break;
      case ApplicationStatus::kRefused:
        summary.refused.push_back(stored);
        break;
      case ApplicationStatus::kProposed: {
        application.status = ApplicationStatus::kAwarded;
        OCTROI_TRY(StoredApplication saved,
                   calls.save_application(application, stored.version, {"award", false}, stamp));
        summary.awarded.push_back(std::move(saved));
        break;
      }
      default:
        break;  // instructed again since: no longer a proposal to this session
    }
  }
  return summary;
}

Result<DecisionLetter> decision_letter(const Call& call, const Application& application,
                                       const Session& session, const Authority& authority) {
  const bool decided = application.status == ApplicationStatus::kAwarded ||
                       application.status == ApplicationStatus::kRefused;
  if (!decided || !application.instruction) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("pas encore de décision sur la demande « {} » ({}) : la lettre suit "
                             "le vote de la séance",
                             application.id, to_label(application.status)));
  }
  if (!proposed_to(application, session)) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("la demande « {} » a été décidée par la séance « {} », pas par « {} »",
                             application.id, application.instruction->session, session.id.key()));
  }
  OCTROI_TRY(AgendaItem item, adopted_item(session, std::string(call.programme.key())));
  DecisionLetter letter{.session_date = session.date};
  letter.authority = authority.name;
  letter.seat = authority.seat;
  letter.call_title = call.title;
  letter.session_body = std::string(to_label(session.body));
  if (item.deliberation) letter.deliberation_number = item.deliberation->text();
  letter.report_number = item.number;
  letter.organisation_name = application.organisation_name;
  if (application.siret) letter.siret = application.siret->formatted();
  letter.receipt = application.receipt;
  letter.submitted_on = application.submitted_on;
  letter.action_title = application.title;
  if (const CallOperation* operation = call.find_operation(application.operation)) {
    letter.theme = operation->theme;
    letter.operation = operation->operation.number;
    letter.operation_title = operation->operation.title;
    if (const Theme* theme = call.find_theme(operation->theme)) letter.theme_title = theme->title;
  }
  letter.requested = application.requested;
  letter.awarded = application.status == ApplicationStatus::kAwarded;
  letter.amount = letter.awarded ? application.instruction->proposed : Amount::zero();
  letter.refusal_reason = application.instruction->refusal_reason;
  letter.period = application.period;
  return letter;
}

}  // namespace octroi
