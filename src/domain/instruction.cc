// Instruction keys, labels and validation.
#include "domain/instruction.h"

#include <fmt/format.h>

#include "domain/enum_table.h"
#include "domain/validation.h"
#include "money/format.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<InstructionDecision, 3> kDecisions{{{
    {InstructionDecision::kPending, "pending", "en cours"},
    {InstructionDecision::kProposed, "proposed", "proposée"},
    {InstructionDecision::kRefused, "refused", "refusée"},
}}};
static_assert(kDecisions.in_value_order());

}  // namespace

std::string_view to_key(InstructionDecision decision) { return kDecisions.key(decision); }
std::string_view to_label(InstructionDecision decision) { return kDecisions.label(decision); }
Result<InstructionDecision> instruction_decision_from_key(std::string_view key) {
  return kDecisions.from_key(key, "la décision d'instruction");
}

Status Instruction::validate() const {
  if (expected) {
    OCTROI_TRY_STATUS(detail::require_not_negative(*expected, "expected", "le montant attendu"));
  }
  switch (decision) {
    case InstructionDecision::kPending:
      OCTROI_TRY_STATUS(detail::require_not_negative(proposed, "proposed", "le montant proposé"));
      return ok_status();
    case InstructionDecision::kProposed:
      if (proposed.is_negative() || proposed.is_zero()) {
        return detail::invalid_field(
            "proposed", fmt::format("montant proposé invalide : {} (un refus se propose avec "
                                    "son motif)",
                                    format_amount(proposed)));
      }
      break;
    case InstructionDecision::kRefused:
      if (!proposed.is_zero()) {
        return detail::invalid_field(
            "proposed",
            fmt::format("un refus ne propose pas de montant : {}", format_amount(proposed)));
      }
      OCTROI_TRY_STATUS(detail::require_text(refusal_reason, "refusal_reason", "motif du refus"));
      break;
  }
  OCTROI_TRY_STATUS(detail::require_text(session, "session", "séance de la proposition"));
  if (!decided_on) {
    return Error(ErrorCode::kMissingField, "champ obligatoire vide : date de la proposition",
                 detail::at_field("decided_on"));
  }
  return ok_status();
}

}  // namespace octroi
