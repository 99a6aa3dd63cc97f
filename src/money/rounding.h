// Rounding: every rounding of money is named and done here, in one place.
// Inputs are exact fractions of a cent: a numerator over a power of ten or over
// any denominator, in 128 bits so that no intermediate product is ever lost.
#pragma once

#include <cstdint>
#include <string_view>

#include "base/result.h"
#include "money/amount.h"

namespace octroi {

// A 128-bit integer for exact intermediate products (cents × millionths fit
// in 127 bits). The typedef is the form both g++ and clang accept under
// -Wpedantic: `__extension__ __int128` inside a parameter list does not parse.
__extension__ typedef __int128 Int128;

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
Result<Amount> round_cents(Int128 numerator, int scale, Rounding rounding);

// Rounds `numerator / denominator` cents to an Amount, for quotients that are
// not over a power of ten (a unit cost: amount ÷ quantity). kDivisionByZero
// when denominator is 0; kAmountOverflow when the rounded result does not fit.
// REQUIRES: neither operand is the smallest __int128; |denominator| * 100 fits.
Result<Amount> round_fraction(Int128 numerator, Int128 denominator, Rounding rounding);

// The integer nearest to numerator / denominator, halves away from zero: the
// one rounding of values that are not money (a Rate in millionths), kept here
// with the others. REQUIRES: denominator != 0, neither operand the smallest __int128.
Int128 divide_half_away_from_zero(Int128 numerator, Int128 denominator);

// Named helpers for an Amount already in cents (e.g. rounding 10 803,50 € to the euro).
Result<Amount> round_half_up_to_euro(Amount amount);
Result<Amount> round_down_to_euro(Amount amount);

}  // namespace octroi
