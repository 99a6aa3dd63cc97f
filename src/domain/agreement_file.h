// AgreementFile: an agreement (convention) after the vote, as staff follow it
// — one per award of a programme: its status and dates, its registry number
// once signed, the budget line charged, the advance rate, its financed
// tranches, the history of its amendments, the reviews received and how
// long its documents must be kept. Kept whole (store/agreement_json.h), like
// a session: one clerk edits it at a time, under a version. A plain aggregate.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/agreement_number.h"
#include "domain/agreement_status.h"
#include "domain/amendment_entry.h"
#include "domain/funding_tranche.h"
#include "domain/id.h"
#include "domain/review_report.h"
#include "money/rate.h"

namespace octroi {

struct AgreementFile {
  std::string programme{};                  // "pas-de-calais-2023-phase4"
  AwardId award{};                          // "t1-o6-01": the agreement's key in the programme
  OrganisationId organisation{};            // "cheval-bleu"
  std::string subject{};                    // "accompagnement spécifique"
  std::optional<AgreementNumber> number{};  // 2023-01628; absent in a draft
  AgreementStatus status = AgreementStatus::kDraft;
  std::optional<Date> drafted_on{};
  std::optional<Date> sent_on{};
  std::optional<Date> signed_on{};
  std::optional<Date> closed_on{};
  std::string budget_line{};              // "C02-446A05": a code of the programme's budget table
  Rate advance_rate{};                    // 60 % (parameter advance_rate at the date of effect)
  std::optional<Date> retention_until{};  // « conservé jusqu'au 31 décembre 2034 »
  std::vector<FundingTranche> tranches{};
  std::vector<AmendmentEntry> amendments{};
  std::vector<ReviewReport> reviews{};

  // The sum of the tranches: 155 000 € for Cheval Bleu once amended.
  Result<Amount> total() const;
  const FundingTranche* find_tranche(std::string_view key) const;
  const ReviewReport* find_review(std::string_view tranche) const;
  // "convention n°2023-01628" or "projet de convention t1-o6-01".
  std::string title() const;

  // kMissingField for an empty programme, award, organisation or budget line;
  // kInvalidValue for an invalid tranche or review, a tranche key listed
  // twice, a review of an unknown tranche, or a signed agreement without its
  // number or date.
  Status validate() const;
};

}  // namespace octroi
