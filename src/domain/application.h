// Application: an organisation's request for funding (demande de
// participation financière) under one operation of a call: who asks (its
// SIRET), how much, for what (quantities, period, territories), the action's
// budget, the previous year's review, the documents attached (metadata; the
// bytes are stored apart), where it stands, its receipt number once
// submitted, and staff's instruction. Kept whole (store/call_json.h).
// A plain aggregate; the moves between statuses are listed once (can_move).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "calendar/period.h"
#include "domain/id.h"
#include "domain/instruction.h"
#include "domain/siret.h"
#include "domain/territory_scope.h"
#include "domain/unit_quantity.h"
#include "money/amount.h"
#include "money/quantity.h"

namespace octroi {

enum class ApplicationStatus {
  kDraft,       // "draft": saved by the organisation, not sent
  kSubmitted,   // "submitted": sent before the deadline, receipt issued
  kInstructed,  // "instructed": examined by staff (notes, expected amount)
  kProposed,    // "proposed": an amount proposed to a session
  kRefused,     // "refused": a refusal proposed to a session
  kAwarded,     // "awarded": voted
};

std::string_view to_key(ApplicationStatus status);
// "brouillon", "déposée", "instruite", "proposée", "refusée", "attribuée"
std::string_view to_label(ApplicationStatus status);
Result<ApplicationStatus> application_status_from_key(std::string_view key);
// draft → submitted → instructed → proposed | refused → awarded (a proposal);
// a submitted application may be proposed or refused without notes; a
// proposal or refusal may be instructed again before the vote.
bool can_move(ApplicationStatus from, ApplicationStatus to);

// The action's budget (budget prévisionnel de l'action): its costs by kind
// and the total the organisation declares.
struct ActionBudget {
  Amount direct_costs{};       // charges directes
  Amount external_services{};  // prestations externes
  Amount indirect_costs{};     // charges indirectes
  Amount total{};              // coût total déclaré

  // direct + external + indirect.
  Result<Amount> sum() const;

  friend bool operator==(const ActionBudget&, const ActionBudget&) = default;
};

// A figure of the previous year's review: "personnes accompagnées" 48.
struct ReviewFigure {
  std::string label{};
  Quantity value{};

  friend bool operator==(const ReviewFigure&, const ReviewFigure&) = default;
};

// The previous year's review (bilan de l'année précédente).
struct PreviousReview {
  std::string text{};
  std::vector<ReviewFigure> figures{};

  friend bool operator==(const PreviousReview&, const PreviousReview&) = default;
};

// A document attached to an application; its bytes are stored apart, under its hash.
struct AttachmentInfo {
  std::string document{};    // the call's required document key ("statuts"), or "" for another
  std::string file_name{};   // "statuts-2023.pdf"
  std::string media_type{};  // "application/pdf"
  std::int64_t size = 0;     // bytes
  std::string sha256{};      // 64 lower-case hexadecimal digits

  friend bool operator==(const AttachmentInfo&, const AttachmentInfo&) = default;
};

struct Application {
  std::string id{};               // "dem-2023-0001": a key (is_valid_key)
  std::string call{};             // the call's id
  OrganisationId organisation{};  // "cheval-bleu"
  std::string organisation_name{};
  std::optional<Siret> siret{};  // required to submit
  OperationId operation{};       // "t1-o6": an operation the call offers
  std::string title{};           // the action, as the annex describes it
  Amount requested{};
  std::vector<UnitQuantity> quantities{};
  std::optional<Period> period{};               // nullopt: the operation's own (no period printed)
  std::optional<TerritoryScope> territories{};  // required to submit
  ActionBudget budget{};
  std::optional<PreviousReview> previous_review{};
  std::vector<AttachmentInfo> attachments{};
  // Rows of one operation in different groups each get their own "Sous
  // total" in the annex (the reference's 2023 places and 2022 travel costs).
  std::string annex_group{};
  ApplicationStatus status = ApplicationStatus::kDraft;
  std::string receipt{};  // "AAP-2023-00001": issued at submission
  std::optional<Date> submitted_on{};
  std::optional<Instruction> instruction{};

  // kMissingField for an empty id, call, organisation, organisation name or
  // operation; kInvalidValue for an id that is not a key, a negative amount
  // or quantity, an attachment without a name or with a malformed hash; a
  // submitted application without its receipt and date; an invalid instruction.
  Status validate() const;
};

}  // namespace octroi
