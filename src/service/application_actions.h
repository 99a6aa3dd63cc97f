// The steps on stored calls and applications that `octroi call|application|
// instruct` and the web API share: read a call or an application (kNotFound
// in French), submit on the version read (receipt issued in the save's
// transaction), instruct and propose or refuse, and the Annex 4 a session's
// proposals make with what the programme knows. Each change is one save of
// CallRepository, journaled there; a stale version gets kConflict.
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/programme_dataset.h"
#include "rules/award_evaluation.h"
#include "rules/parameter_set.h"
#include "service/call_annex.h"
#include "service/call_repository.h"

namespace octroi {

// kNotFound « appel à projets inconnu » / « demande inconnue ».
Result<StoredCall> find_stored_call(CallRepository& calls, const std::string& id);
Result<StoredApplication> find_stored_application(CallRepository& calls, const std::string& id);

// Saves a new draft (version 1). kNotFound for an unknown call; kInvalidValue
// when the call is not published or does not offer the operation; the
// application's own validate() errors; kDuplicate for an existing id.
Result<StoredApplication> save_new_draft(CallRepository& calls, const Application& application,
                                         const Stamp& stamp);

// Replaces a draft's content on `version`, keeping its id, call, status and
// attachments; kInvalidValue once it was submitted.
Result<StoredApplication> update_draft(CallRepository& calls, Application edited, int version,
                                       const Stamp& stamp);

// service/application_submission.h's submit on `today`, saved on `version`
// with the call's next receipt number.
Result<StoredApplication> submit_and_save(CallRepository& calls, const std::string& id, int version,
                                          Date today, const Stamp& stamp);

// What staff decide on an application: notes, and an amount proposed or a
// refusal with its reason, to a session.
struct InstructionRequest {
  std::string notes{};
  std::optional<Amount> proposed{};
  std::string refusal_reason{};  // non-empty: a refusal
  std::string session{};
};

struct InstructionOutcome {
  StoredApplication saved;
  std::optional<AwardEvaluation> expected{};  // the rule's evaluation, when the call states one
};

// Evaluates the operation's rule (the expected amount kept in the
// instruction), records the notes, then proposes or refuses, saved on
// `version` as "propose" or "refuse". kUsage when neither or both of an
// amount and a reason are given. `on`: the day of the proposal.
Result<InstructionOutcome> instruct_and_save(CallRepository& calls, const std::string& id,
                                             int version, const ParameterSet& parameters,
                                             Date date_of_effect, const InstructionRequest& request,
                                             Date on, const Stamp& stamp);

// The context session_annex reads from the call's programme when it is
// stored (`programme` non-null): identity, organisations, budget lines
// (available credit); else the call's programme id and title only.
AnnexContext annex_context(const Call& call, const ProgrammeDataset* programme);

// The Annex 4 the proposals of `session` make (service/call_annex.h).
Result<ProgrammeDataset> stored_session_annex(CallRepository& calls, const std::string& call,
                                              const std::string& session,
                                              const ProgrammeDataset* programme);

}  // namespace octroi
