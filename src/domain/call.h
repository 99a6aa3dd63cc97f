// Call: a programme's call for projects (appel à projets) as organisations
// read it: the themes and operations it offers — the domain's Theme and
// Operation, each operation with the funding rule of themes.yaml it is
// instructed by —, the publics it is for, when applications open and close,
// the documents each application must attach, and where it stands (draft,
// published, closed). Kept whole (store/call_json.h). A plain aggregate.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/period.h"
#include "domain/id.h"
#include "domain/operation.h"
#include "domain/theme.h"
#include "domain/theme_entry.h"

namespace octroi {

enum class CallStatus {
  kDraft,      // "draft": being written; organisations do not see it
  kPublished,  // "published": organisations read it and apply until the closing date
  kClosed,     // "closed": no more applications
};

// The publics a call is for (publics éligibles).
enum class EligiblePublic {
  kRsaBeneficiaries,     // "rsa_beneficiaries": bénéficiaires du RSA
  kUnder26,              // "under_26": jeunes de moins de 26 ans
  kInsertionPath,        // "insertion_path": personnes engagées dans un parcours d'insertion
  kHousingDifficulties,  // "housing_difficulties": personnes en difficulté de logement
};

std::string_view to_key(CallStatus status);
std::string_view to_label(CallStatus status);  // "brouillon", "publié", "clos"
Result<CallStatus> call_status_from_key(std::string_view key);

std::span<const EligiblePublic> all_eligible_publics();
std::string_view to_key(EligiblePublic eligible);
std::string_view to_label(EligiblePublic eligible);  // "bénéficiaires du RSA"
Result<EligiblePublic> eligible_public_from_key(std::string_view key);

// A document each application attaches (pièce à joindre): "statuts", "bilan".
struct RequiredDocument {
  std::string key{};    // "statuts"
  std::string label{};  // "Statuts de la structure"

  friend bool operator==(const RequiredDocument&, const RequiredDocument&) = default;
};

// An operation the call offers: the domain Operation (its budget line and
// maximum duration), its theme's number, the budget code as the budget table
// prints it, and the funding rule (themes.yaml's, formula included) by which
// staff compute the expected amount. No rule: the call states none.
struct CallOperation {
  Operation operation{};
  int theme = 0;              // theme number: 1
  std::string budget_code{};  // "C02-446A05"
  std::optional<FundingRule> rule{};
};

struct Call {
  std::string id{};  // "aap-2023-phase4": a key (is_valid_key)
  ProgrammeId programme{};
  std::string title{};
  std::vector<Theme> themes{};
  std::vector<CallOperation> operations{};
  std::vector<EligiblePublic> publics{};
  // Applications are received from its start to its end (the deadline), both included.
  Period applications;
  // The window every action period must lie in (the programme's years).
  std::optional<Period> actions_within{};
  std::vector<RequiredDocument> required_documents{};
  CallStatus status = CallStatus::kDraft;

  const CallOperation* find_operation(const OperationId& wanted) const;
  const Theme* find_theme(int number) const;

  // kMissingField for an empty id, programme or title, no theme, no
  // operation or no public; kInvalidValue for an id that is not a key, a theme or operation given
  // twice, an operation of a theme the call does not offer, a public or document given twice.
  Status validate() const;
};

}  // namespace octroi
