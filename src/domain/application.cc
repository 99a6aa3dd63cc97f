// Application keys, labels, moves and validation.
#include "domain/application.h"

#include <fmt/format.h>

#include "domain/enum_table.h"
#include "domain/validation.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<ApplicationStatus, 6> kStatuses{{{
    {ApplicationStatus::kDraft, "draft", "brouillon"},
    {ApplicationStatus::kSubmitted, "submitted", "déposée"},
    {ApplicationStatus::kInstructed, "instructed", "instruite"},
    {ApplicationStatus::kProposed, "proposed", "proposée"},
    {ApplicationStatus::kRefused, "refused", "refusée"},
    {ApplicationStatus::kAwarded, "awarded", "attribuée"},
}}};
static_assert(kStatuses.in_value_order());

bool is_sha256_hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

std::string_view to_key(ApplicationStatus status) { return kStatuses.key(status); }
std::string_view to_label(ApplicationStatus status) { return kStatuses.label(status); }
Result<ApplicationStatus> application_status_from_key(std::string_view key) {
  return kStatuses.from_key(key, "l'état de la demande");
}

bool can_move(ApplicationStatus from, ApplicationStatus to) {
  using enum ApplicationStatus;
  switch (to) {
    case kDraft:
      return false;
    case kSubmitted:
      return from == kDraft;
    case kInstructed:  // again after a proposal, before the vote
    case kProposed:
    case kRefused:
      return from == kSubmitted || from == kInstructed || from == kProposed || from == kRefused;
    case kAwarded:
      return from == kProposed;
  }
  return false;
}

Result<Amount> ActionBudget::sum() const {
  OCTROI_TRY(Amount total_costs, direct_costs.plus(external_services));
  return total_costs.plus(indirect_costs);
}

Status Application::validate() const {
  OCTROI_TRY_STATUS(detail::require_text(id, "id", "identifiant de la demande"));
  if (!is_valid_key(id)) return invalid_key_error("de demande", id);
  OCTROI_TRY_STATUS(detail::require_text(call, "call", "appel à projets"));
  OCTROI_TRY_STATUS(detail::require_id(organisation, "organisation", "structure"));
  OCTROI_TRY_STATUS(
      detail::require_text(organisation_name, "organisation_name", "nom de la structure"));
  OCTROI_TRY_STATUS(detail::require_id(operation, "operation", "opération"));
  OCTROI_TRY_STATUS(detail::require_not_negative(requested, "requested", "le montant demandé"));
  for (const UnitQuantity& quantity : quantities) OCTROI_TRY_STATUS(quantity.validate());
  OCTROI_TRY_STATUS(detail::require_not_negative(budget.direct_costs, "budget.direct_costs",
                                                 "les charges directes"));
  OCTROI_TRY_STATUS(detail::require_not_negative(
      budget.external_services, "budget.external_services", "les prestations externes"));
  OCTROI_TRY_STATUS(detail::require_not_negative(budget.indirect_costs, "budget.indirect_costs",
                                                 "les charges indirectes"));
  OCTROI_TRY_STATUS(detail::require_not_negative(budget.total, "budget.total", "le coût total"));
  for (const AttachmentInfo& attachment : attachments) {
    OCTROI_TRY_STATUS(
        detail::require_text(attachment.file_name, "attachments.file_name", "nom du fichier"));
    if (attachment.size < 0 || !is_sha256_hex(attachment.sha256)) {
      return detail::invalid_field(
          "attachments", fmt::format("demande {} : pièce « {} » sans taille ni empreinte SHA-256 "
                                     "valides",
                                     id, attachment.file_name));
    }
  }
  if (status != ApplicationStatus::kDraft && (receipt.empty() || !submitted_on)) {
    return detail::invalid_field(
        "receipt",
        fmt::format("demande {} : une demande déposée a un numéro de récépissé et une date", id));
  }
  if (instruction) OCTROI_TRY_STATUS(instruction->validate());
  return ok_status();
}

}  // namespace octroi
