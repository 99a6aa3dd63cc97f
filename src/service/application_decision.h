// After the vote (issue 12, « Décision », docs/calls.md): once a session has
// adopted the report that funds a call's programme, the applications
// proposed to that session are awarded, and every applicant whose
// application the session decided — awarded or refused — gets a letter.
// The session's record is the authority: nothing moves before its vote is
// recorded (octroi session vote, the session page), nor after a rejection.
// Pure but for the CallRepository in record_decisions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/authority.h"
#include "domain/call.h"
#include "domain/session.h"
#include "service/call_repository.h"

namespace octroi {

// The item of `session` that funds `programme`, voted and adopted.
// kNotFound when no item of its agenda funds the programme; kInvalidValue
// when it is not voted yet, or was rejected — each message in French, naming
// the session and the report.
Result<AgendaItem> adopted_item(const Session& session, const std::string& programme);

struct DecisionSummary {
  std::vector<StoredApplication> awarded{};  // moved to awarded now, by receipt
  std::vector<StoredApplication> refused{};  // refusals the session voted, by receipt
  int already_awarded = 0;                   // awarded by an earlier run
};

// Moves every application of `call_id` proposed to `session` to awarded (one
// journaled save each, action "award"), once adopted_item allows it. Running
// it again changes nothing (already_awarded counts them). kNotFound for an
// unknown call; adopted_item's errors; the repository's (kConflict when an
// application changed meanwhile: run it again).
Result<DecisionSummary> record_decisions(CallRepository& calls, const std::string& call_id,
                                         const Session& session, const Stamp& stamp);

// What a decision letter says to one applicant.
struct DecisionLetter {
  std::string authority{};  // "Département du Pas-de-Calais"
  std::string seat{};       // "ARRAS"
  std::string call_title{};
  std::string session_body{};  // "Commission Permanente"
  Date session_date;
  std::string deliberation_number{};  // "2023-405", or "" when not numbered
  std::string report_number{};        // "70"
  std::string organisation_name{};
  std::string siret{};  // "341 754 224 00028", or ""
  std::string receipt{};
  std::optional<Date> submitted_on{};
  std::string action_title{};
  int theme = 0;
  std::string theme_title{};
  int operation = 0;
  std::string operation_title{};
  Amount requested{};
  bool awarded = false;
  Amount amount{};               // awarded: the amount voted
  std::string refusal_reason{};  // refused: why
  std::optional<Period> period{};
};

// The letter of `application`, decided by `session` (awarded, or refused
// there). kInvalidValue when it is not decided yet (« pas encore de
// décision … »), or decided by another session; adopted_item's errors.
Result<DecisionLetter> decision_letter(const Call& call, const Application& application,
                                       const Session& session, const Authority& authority);

}  // namespace octroi
