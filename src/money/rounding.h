// Rounding: every rounding of money is named and done here, in one place.
// Inputs are exact fractions of a cent held as a numerator over a power of ten.
#pragma once

#include <cstdint>
#include <string_view>

#include "base/result.h"
#include "money/amount.h"

namespace octroi {

enum class Rounding {
  kHalfUpToCent,  // to the nearest cent, halves away from zero (default for money).
  kHalfUpToEuro,  // to the nearest euro, halves away from zero (Ségur: 10 803,50 € -> 10 804 €).
  kDownToCent,    // towards zero, to the cent (never pay more than computed).
  kDownToEuro,    // towards zero, to the euro.
};

// "arrondi au centime le plus proche", ... for explanations shown to staff.
std::string_view rounding_label(Rounding rounding);

// Rounds `numerator / 10^scale` cents to an Amount. scale in [0, 18].
// kAmountOverflow when the rounded result does not fit.
Result<Amount> round_cents(__extension__ __int128 numerator, int scale, Rounding rounding);

// Named helpers for an Amount already in cents (e.g. rounding 10 803,50 € to the euro).
Result<Amount> round_half_up_to_euro(Amount amount);
Result<Amount> round_down_to_euro(Amount amount);

}  // namespace octroi
