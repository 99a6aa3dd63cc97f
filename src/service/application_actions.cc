#include "service/application_actions.h"

#include <fmt/format.h>
#include <utility>
#include <vector>

#include "service/application_instruction.h"
#include "service/application_submission.h"

namespace octroi {

Result<StoredCall> find_stored_call(CallRepository& calls, const std::string& id) {
  OCTROI_TRY(auto found, calls.find_call(id));
  if (!found) return Error(ErrorCode::kNotFound, fmt::format("appel à projets inconnu « {} »", id));
  return std::move(*found);
}

Result<StoredApplication> find_stored_application(CallRepository& calls, const std::string& id) {
  OCTROI_TRY(auto found, calls.find_application(id));
  if (!found) return Error(ErrorCode::kNotFound, fmt::format("demande inconnue « {} »", id));
  return std::move(*found);
}

namespace {

// The call accepts drafts on `operation`: published and offering it.
Status open_for(const Call& call, const OperationId& operation) {
  if (call.status != CallStatus::kPublished) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("l'appel à projets {} n'est pas publié ({}) : aucune demande possible",
                             call.id, to_label(call.status)));
  }
  if (call.find_operation(operation) == nullptr) {
    return Error(
        ErrorCode::kInvalidValue,
        fmt::format("l'appel à projets {} ne propose pas l'opération {}", call.id, operation.key()),
        Location::of_field("operation"));
  }
  return ok_status();
}

}  // namespace

Result<StoredApplication> save_new_draft(CallRepository& calls, const Application& application,
                                         const Stamp& stamp) {
  OCTROI_TRY(StoredCall call, find_stored_call(calls, application.call));
  OCTROI_TRY_STATUS(open_for(call.call, application.operation));
  if (application.status != ApplicationStatus::kDraft) {
    return Error(ErrorCode::kInvalidValue, "une nouvelle demande est un brouillon");
  }
  OCTROI_TRY_STATUS(application.validate());
  return calls.save_application(application, 0, {.action = "draft"}, stamp);
}

Result<StoredApplication> update_draft(CallRepository& calls, Application edited, int version,
                                       const Stamp& stamp) {
  OCTROI_TRY(StoredApplication stored, find_stored_application(calls, edited.id));
  const Application& current = stored.application;
  if (current.status != ApplicationStatus::kDraft) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("la demande {} est {} : seul un brouillon se modifie", current.id,
                             to_label(current.status)));
  }
  OCTROI_TRY(StoredCall call, find_stored_call(calls, current.call));
  OCTROI_TRY_STATUS(open_for(call.call, edited.operation));
  edited.call = current.call;
  edited.status = current.status;
  edited.attachments = current.attachments;
  edited.receipt = current.receipt;
  edited.submitted_on = current.submitted_on;
  edited.instruction = current.instruction;
  OCTROI_TRY_STATUS(edited.validate());
  return calls.save_application(std::move(edited), version, {.action = "draft"}, stamp);
}

Result<StoredApplication> submit_and_save(CallRepository& calls, const std::string& id, int version,
                                          Date today, const Stamp& stamp) {
  OCTROI_TRY(StoredApplication stored, find_stored_application(calls, id));
  OCTROI_TRY(StoredCall call, find_stored_call(calls, stored.application.call));
  OCTROI_TRY(Application submitted, submit(std::move(stored.application), call.call, today));
  return calls.save_application(std::move(submitted), version,
                                {.action = "submit", .issue_receipt = true}, stamp);
}

Result<InstructionOutcome> instruct_and_save(CallRepository& calls, const std::string& id,
                                             int version, const ParameterSet& parameters,
                                             Date date_of_effect, const InstructionRequest& request,
                                             Date on, const Stamp& stamp) {
  const bool refusing = request.refusal_reason.find_first_not_of(' ') != std::string::npos;
  if (request.proposed.has_value() == refusing) {
    return Error(ErrorCode::kUsage,
                 "indiquez un montant proposé ou un motif de refus, pas les deux");
  }
  OCTROI_TRY(StoredApplication stored, find_stored_application(calls, id));
  OCTROI_TRY(StoredCall call, find_stored_call(calls, stored.application.call));
  OCTROI_TRY(auto expected,
             expected_amount(call.call, stored.application, parameters, date_of_effect));
  std::optional<Amount> expected_value;
  if (expected && expected->evaluation) expected_value = expected->evaluation->amount;
  OCTROI_TRY(Application application,
             instruct(std::move(stored.application), request.notes, expected_value, stamp.user));
  if (refusing) {
    OCTROI_TRY(application, refuse(std::move(application), request.refusal_reason, request.session,
                                   on, stamp.user));
  } else {
    OCTROI_TRY(application,
               propose(std::move(application), *request.proposed, request.session, on, stamp.user));
  }
  OCTROI_TRY(StoredApplication saved,
             calls.save_application(std::move(application), version,
                                    {.action = refusing ? "refuse" : "propose"}, stamp));
  return InstructionOutcome{std::move(saved), std::move(expected)};
}

AnnexContext annex_context(const Call& call, const ProgrammeDataset* programme) {
  AnnexContext context;
  if (programme != nullptr) {
    context.programme = programme->programme;
    context.organisations = programme->organisations;
    context.budget_lines = programme->budget_table.rows;
    return context;
  }
  context.programme.programme.id = call.programme;
  context.programme.programme.title = call.title;
  return context;
}

Result<ProgrammeDataset> stored_session_annex(CallRepository& calls, const std::string& call,
                                              const std::string& session,
                                              const ProgrammeDataset* programme) {
  OCTROI_TRY(StoredCall stored, find_stored_call(calls, call));
  OCTROI_TRY(auto applications, calls.applications(call));
  std::vector<Application> values;
  values.reserve(applications.size());
  for (StoredApplication& application : applications) {
    values.push_back(std::move(application.application));
  }
  return session_annex(stored.call, values, session, annex_context(stored.call, programme));
}

}  // namespace octroi
