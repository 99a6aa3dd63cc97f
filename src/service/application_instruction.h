// Instructing an application: the amount its operation's funding rule gives
// (the rules engine `octroi explain` uses, on the row the application would
// make), staff's notes, and the proposal to a session — an amount, or a
// refusal with its reason. Pure: the date of effect and of decision are
// passed in. The checker's findings on the row are the caller's (the CLI
// runs the checker on the session's annex: service does not link checks).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/application.h"
#include "domain/call.h"
#include "rules/award_evaluation.h"
#include "rules/parameter_set.h"

namespace octroi {

// What the operation's rule gives for `application` with the amount it
// requests: nullopt when the call states no formula for the operation; the
// evaluation or, when the application lacks what the formula needs, its
// error. kNotFound for an operation the call does not offer; kFormula* for
// a formula that does not compile against `parameters`.
Result<std::optional<AwardEvaluation>> expected_amount(const Call& call,
                                                       const Application& application,
                                                       const ParameterSet& parameters,
                                                       Date date_of_effect);

// Records staff's notes and the rule's expected amount: status instructed.
// kInvalidValue when the application was never submitted or is awarded.
Result<Application> instruct(Application application, std::string notes,
                             std::optional<Amount> expected, std::string_view instructor);

// Proposes `amount` to `session` on `today`: status proposed.
// kInvalidValue for an amount not above zero, or an application not
// submitted (or already awarded).
Result<Application> propose(Application application, Amount amount, std::string_view session,
                            Date today, std::string_view instructor);

// Proposes a refusal to `session`, with its reason: status refused (a
// 0,00 € row of the session's annex). kMissingField without a reason.
Result<Application> refuse(Application application, std::string reason, std::string_view session,
                           Date today, std::string_view instructor);

}  // namespace octroi
