// Evaluation of a Formula on the facts of one award, with the parameters in
// force on a date of effect: the exact value, the expected amount (rounded
// once, with a named rounding) and its Explanation. Pure: no I/O, no clock.
#pragma once

#include "base/result.h"
#include "calendar/date.h"
#include "money/amount.h"
#include "money/rounding.h"
#include "rules/decimal.h"
#include "rules/formula/bindings.h"
#include "rules/formula/explanation.h"
#include "rules/formula/formula.h"
#include "rules/parameter_set.h"

namespace octroi {

struct Evaluation {
  Decimal exact;  // the formula's exact value, in euros
  Amount amount;  // the expected amount: `exact` with the final rounding
  Explanation explanation;
};

// Evaluates `formula`; only the chosen branch of an if, and only the needed
// side of and/or, are evaluated. Errors carry the column of the faulty part
// in Location.column: kMissingField for a variable the bindings lack,
// kParameterNotInForce / kReferenceUnknown from the parameters,
// kDivisionByZero, kArithmeticOverflow, kAmountOverflow (a rounding or the
// amount beyond int64 cents).
Result<Evaluation> evaluate(const Formula& formula, const Bindings& bindings,
                            const ParameterSet& parameters, Date date_of_effect,
                            Rounding final_rounding = Rounding::kHalfUpToCent);

}  // namespace octroi
