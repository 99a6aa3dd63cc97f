#include "money/rounding.h"

#include <limits>
#include <stdexcept>

namespace octroi {
namespace {

__extension__ typedef unsigned __int128 UInt128;

constexpr Int128 kInt128Max = static_cast<Int128>(~UInt128{0} >> 1);
constexpr Int128 kInt128Min = -kInt128Max - 1;

constexpr Int128 power_of_ten(int exponent) {
  Int128 result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

enum class Direction { kHalfAwayFromZero, kTowardsZero };

// numerator / denominator rounded to an integer. REQUIRES: denominator > 0.
Int128 divide(Int128 numerator, Int128 denominator, Direction direction) {
  Int128 quotient = numerator / denominator;   // truncates towards zero
  Int128 remainder = numerator % denominator;  // sign of the numerator
  if (direction == Direction::kHalfAwayFromZero && remainder != 0) {
    Int128 magnitude = remainder < 0 ? -remainder : remainder;
    // magnitude >= denominator / 2, written so that nothing can overflow.
    if (magnitude >= denominator - magnitude) quotient += numerator < 0 ? -1 : 1;
  }
  return quotient;
}

Direction direction_of(Rounding rounding) {
  switch (rounding) {
    case Rounding::kHalfUpToCent:
    case Rounding::kHalfUpToEuro:
      return Direction::kHalfAwayFromZero;
    case Rounding::kDownToCent:
    case Rounding::kDownToEuro:
      return Direction::kTowardsZero;
  }
  throw std::invalid_argument("unknown Rounding");
}

bool to_euro(Rounding rounding) {
  return rounding == Rounding::kHalfUpToEuro || rounding == Rounding::kDownToEuro;
}

}  // namespace

std::string_view rounding_label(Rounding rounding) {
  switch (rounding) {
    case Rounding::kHalfUpToCent:
      return "arrondi au centime le plus proche";
    case Rounding::kHalfUpToEuro:
      return "arrondi à l'euro le plus proche";
    case Rounding::kDownToCent:
      return "arrondi au centime inférieur";
    case Rounding::kDownToEuro:
      return "arrondi à l'euro inférieur";
  }
  return "arrondi inconnu";
}

Result<Amount> round_fraction(Int128 numerator, Int128 denominator, Rounding rounding) {
  if (denominator == 0) {
    return Error(ErrorCode::kDivisionByZero, "division d'un montant par zéro");
  }
  if (numerator == kInt128Min || denominator == kInt128Min) {
    throw std::invalid_argument("round_fraction: operand out of range");
  }
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const Int128 unit = to_euro(rounding) ? 100 : 1;
  if (denominator > kInt128Max / unit) {
    throw std::invalid_argument("round_fraction: denominator out of range");
  }
  Int128 units = divide(numerator, denominator * unit, direction_of(rounding));
  if (units > std::numeric_limits<std::int64_t>::max() / unit ||
      units < std::numeric_limits<std::int64_t>::min() / unit) {
    return Error(ErrorCode::kAmountOverflow,
                 "montant hors limites : le résultat arrondi ne tient pas dans un montant");
  }
  return Amount::from_cents(static_cast<std::int64_t>(units * unit));
}

Result<Amount> round_cents(Int128 numerator, int scale, Rounding rounding) {
  if (scale < 0 || scale > 18) throw std::invalid_argument("round_cents: scale outside [0, 18]");
  return round_fraction(numerator, power_of_ten(scale), rounding);
}

Int128 divide_half_away_from_zero(Int128 numerator, Int128 denominator) {
  if (denominator == 0 || numerator == kInt128Min || denominator == kInt128Min) {
    throw std::invalid_argument("divide_half_away_from_zero: operand out of range");
  }
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  return divide(numerator, denominator, Direction::kHalfAwayFromZero);
}

Result<Amount> round_half_up_to_euro(Amount amount) {
  return round_cents(amount.cents(), 0, Rounding::kHalfUpToEuro);
}

Result<Amount> round_down_to_euro(Amount amount) {
  return round_cents(amount.cents(), 0, Rounding::kDownToEuro);
}

}  // namespace octroi
