// AgreementStatus: where an agreement (convention) stands after the vote:
// drafted, sent to the organisation, signed, amended (one or more avenants
// signed), closed (every period reviewed and settled). The allowed moves are
// listed once here (can_move), so the CLI and the web API refuse the same ones.
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class AgreementStatus {
  kDraft,    // "draft": projet, no number yet (« N° XXXX »)
  kSent,     // "sent": sent to the organisation for signature
  kSigned,   // "signed": signed on a date, numbered (2023-00963)
  kAmended,  // "amended": at least one amendment signed since
  kClosed,   // "closed": every period settled; nothing more is paid
};

std::span<const AgreementStatus> all_agreement_statuses();
std::string_view to_key(AgreementStatus status);
// "projet", "envoyée", "signée", "modifiée par avenant", "close"
std::string_view to_label(AgreementStatus status);
// kInvalidValue, listing the keys, for an unknown key.
Result<AgreementStatus> agreement_status_from_key(std::string_view key);

// draft → sent → signed → amended (repeatable) → closed; a draft may be signed
// without having been sent (signed on the spot).
bool can_move(AgreementStatus from, AgreementStatus to);

// Payments and reviews need a signed (or amended) agreement.
inline bool is_in_force(AgreementStatus status) {
  return status == AgreementStatus::kSigned || status == AgreementStatus::kAmended;
}

}  // namespace octroi
