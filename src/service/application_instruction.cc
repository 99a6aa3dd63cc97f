// Expected amount, notes, proposals and refusals.
#include "service/application_instruction.h"

#include <fmt/format.h>

#include "money/format.h"
#include "service/call_annex.h"

namespace octroi {

namespace {

Status check_move(const Application& application, ApplicationStatus to) {
  if (can_move(application.status, to)) return ok_status();
  return Error(ErrorCode::kInvalidValue,
               fmt::format("demande {} : impossible de passer de l'état « {} » à « {} »",
                           application.id, to_label(application.status), to_label(to)));
}

Instruction& instruction_of(Application& application) {
  if (!application.instruction) application.instruction = Instruction{};
  return *application.instruction;
}

Result<Application> decide(Application application, InstructionDecision decision, Amount amount,
                           std::string reason, std::string_view session, Date today,
                           std::string_view instructor) {
  const ApplicationStatus to = decision == InstructionDecision::kProposed
                                   ? ApplicationStatus::kProposed
                                   : ApplicationStatus::kRefused;
  OCTROI_TRY_STATUS(check_move(application, to));
  Instruction& instruction = instruction_of(application);
  instruction.decision = decision;
  instruction.proposed = amount;
  instruction.refusal_reason = std::move(reason);
  instruction.session = std::string(session);
  instruction.decided_on = today;
  instruction.instructed_by = std::string(instructor);
  OCTROI_TRY_STATUS(instruction.validate());
  application.status = to;
  return application;
}

}  // namespace

Result<std::optional<AwardEvaluation>> expected_amount(const Call& call,
                                                       const Application& application,
                                                       const ParameterSet& parameters,
                                                       Date date_of_effect) {
  const CallOperation* offered = call.find_operation(application.operation);
  if (offered == nullptr) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("demande {} : opération « {} » absente de l'appel à projets {}",
                             application.id, application.operation.key(), call.id));
  }
  if (!offered->rule || !offered->rule->formula) return std::optional<AwardEvaluation>();
  // The row the application would make, in a dataset of its operation alone.
  ProgrammeDataset dataset;
  dataset.operations = {operation_entry(*offered)};
  OCTROI_TRY(AnnexRow row, annex_row(application, *offered, application.requested, 1));
  dataset.rows.push_back(row);
  OCTROI_TRY(OperationFormulas formulas, compile_operation_formulas(dataset, parameters));
  return evaluate_award(dataset, formulas, dataset.rows.front(), parameters, date_of_effect);
}

Result<Application> instruct(Application application, std::string notes,
                             std::optional<Amount> expected, std::string_view instructor) {
  OCTROI_TRY_STATUS(check_move(application, ApplicationStatus::kInstructed));
  Instruction& instruction = instruction_of(application);
  instruction.notes = std::move(notes);
  instruction.expected = expected;
  instruction.instructed_by = std::string(instructor);
  // Instructed again after a proposal: the proposal is withdrawn until made anew.
  instruction.decision = InstructionDecision::kPending;
  instruction.proposed = Amount::zero();
  instruction.refusal_reason.clear();
  OCTROI_TRY_STATUS(instruction.validate());
  application.status = ApplicationStatus::kInstructed;
  return application;
}

Result<Application> propose(Application application, Amount amount, std::string_view session,
                            Date today, std::string_view instructor) {
  return decide(std::move(application), InstructionDecision::kProposed, amount, {}, session, today,
                instructor);
}

Result<Application> refuse(Application application, std::string reason, std::string_view session,
                           Date today, std::string_view instructor) {
  return decide(std::move(application), InstructionDecision::kRefused, Amount::zero(),
                std::move(reason), session, today, instructor);
}

}  // namespace octroi
