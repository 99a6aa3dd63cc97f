// Instruction: what staff record on an application they examine — private
// notes the organisation never sees, the amount the operation's funding rule
// gives, and the decision they propose: an amount, or a refusal with its
// reason, put on a session's agenda (the session whose Annex 4 it becomes).
// A plain aggregate.
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "calendar/date.h"
#include "money/amount.h"

namespace octroi {

enum class InstructionDecision {
  kPending,   // "pending": examined, nothing proposed yet
  kProposed,  // "proposed": an amount proposed to a session
  kRefused,   // "refused": a refusal proposed to a session (a 0,00 € row of its annex)
};

std::string_view to_key(InstructionDecision decision);
std::string_view to_label(InstructionDecision decision);  // "en cours", "proposée", "refusée"
Result<InstructionDecision> instruction_decision_from_key(std::string_view key);

struct Instruction {
  std::string notes{};               // private to staff
  std::optional<Amount> expected{};  // from the operation's funding rule, when it evaluates
  InstructionDecision decision = InstructionDecision::kPending;
  Amount proposed{};                 // the amount proposed (zero for a refusal)
  std::string refusal_reason{};      // required for a refusal
  std::string session{};             // "cp-2023-09-18": the session it is proposed to
  std::string instructed_by{};       // login of the instructor
  std::optional<Date> decided_on{};  // when the proposal or refusal was made

  // kInvalidValue for a negative or zero proposed amount, a refusal with an
  // amount; kMissingField for a refusal without its reason, or a decision
  // without its session or date.
  Status validate() const;

  friend bool operator==(const Instruction&, const Instruction&) = default;
};

}  // namespace octroi
