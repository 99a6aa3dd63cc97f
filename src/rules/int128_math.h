// Checked 128-bit integer arithmetic behind Decimal (private to rules): every
// operation reports overflow instead of wrapping, and the range is kept
// symmetric ([-max, max]) so that negation never overflows.
#pragma once

#include <string>

#include "money/rounding.h"

namespace octroi::rules_internal {

__extension__ typedef unsigned __int128 UInt128;

inline constexpr Int128 kInt128Max = static_cast<Int128>(~UInt128{0} >> 1);

// |value| as unsigned. REQUIRES: value > -kInt128Max - 1.
inline UInt128 magnitude(Int128 value) {
  return value < 0 ? static_cast<UInt128>(-value) : static_cast<UInt128>(value);
}

// a + b into `out`; false when the exact sum leaves [-kInt128Max, kInt128Max].
bool checked_add(Int128 a, Int128 b, Int128& out);

// a × b into `out`; false when the exact product leaves [-kInt128Max, kInt128Max].
bool checked_multiply(Int128 a, Int128 b, Int128& out);

// Greatest common divisor of |a| and |b| (gcd(0, 0) = 0).
Int128 gcd(Int128 a, Int128 b);

// floor(numerator / denominator) and the remainder in [0, denominator).
// REQUIRES: denominator > 0, numerator within the symmetric range.
struct FloorDivision {
  Int128 quotient;
  Int128 remainder;
};
FloorDivision floor_divide(Int128 numerator, Int128 denominator);

// One step of long division: 10 × remainder = digit × denominator + next,
// computed without forming 10 × remainder (which may not fit).
// REQUIRES: 0 <= remainder < denominator.
struct DigitStep {
  int digit;
  Int128 remainder;
};
DigitStep next_digit(Int128 remainder, Int128 denominator);

// "-170141183460469231731687303715884105727"
std::string to_decimal_string(Int128 value);

}  // namespace octroi::rules_internal
