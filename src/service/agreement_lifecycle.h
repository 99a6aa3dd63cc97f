// AgreementLifecycle: the moves of an agreement after the vote, as pure
// functions over an AgreementFile: draft it from an award of the programme
// (its tranche, places, budget line, advance rate; for an award the
// deliberation grants by amendment, the agreement as the amendment restates
// it before the change), send it, sign it, amend it from the programme's
// amendments.yaml (history of what each amendment replaced), record a review
// and close it. Each refuses a move its status does not allow, in French.
// Dates are passed in: nothing here reads the clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/agreement_file.h"
#include "domain/programme_dataset.h"
#include "money/rate.h"
#include "rules/rules.h"

namespace octroi {

// The parameter `advance_rate` on `date` as a Rate (its errors when it is
// not in force; kInvalidValue beyond a millionth's precision).
Result<Rate> advance_rate_on(const ParameterSet& parameters, Date date);

// The advance of a tranche: amount × rate, rounded half up to the cent
// (service/payment_schedule.h's split_advance, the same rounding).
Result<Amount> advance_of(const FundingTranche& tranche, Rate rate);

// The draft agreement of the award `award` (its key, "t1-o6-01"; or the id or
// name of an organisation with exactly one award). `advance_rate` is the
// parameter's value on the date of effect. kNotFound for an unknown award or
// organisation; kInvalidValue for a refusal (0,00 €) or an organisation with
// several awards (they are listed).
Result<AgreementFile> draft_agreement(const ProgrammeDataset& dataset, std::string_view programme,
                                      std::string_view award, Rate advance_rate,
                                      Date date_of_effect, Date today);

// draft → sent.
Status send_agreement(AgreementFile& file, Date on);
// draft or sent → signed on `on`, with `number` when given (an agreement
// numbered outside Octroi); else the store allocates the next of the year.
Status sign_agreement(AgreementFile& file, Date on, std::optional<AgreementNumber> number);
// Applies the amendment of the programme's amendments.yaml that amends this
// agreement's number: its tranches replace those of the same key, the others
// stay; retention date, replaced articles and before/after go in the history.
// kNotFound when the programme has no amendment of this agreement;
// kDuplicate when it was already applied.
Status amend_from_dataset(AgreementFile& file, const ProgrammeDataset& dataset, Date signed_on);
// Records (or replaces, until settled) the review of one tranche.
Status record_review(AgreementFile& file, ReviewReport review);
// signed or amended → closed; every tranche must have a settled review.
Status close_agreement(AgreementFile& file, Date on);

}  // namespace octroi
