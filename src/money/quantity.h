// Quantity: a fixed-point decimal with 4 fractional digits (2,05 ETP, 8,10 ETP,
// 0,5 ETP, 230 places), and the exact product of a quantity and an amount.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"
#include "money/amount.h"
#include "money/rounding.h"

namespace octroi {

class Quantity {
 public:
  static constexpr int kScaleDigits = 4;
  static constexpr std::int64_t kScale = 10000;

  constexpr Quantity() = default;
  static constexpr Quantity from_units(std::int64_t units) {
    return Quantity(units);
  }  // 1 unit = 0,0001
  static Result<Quantity> from_integer(std::int64_t value);
  static constexpr Quantity zero() { return Quantity(0); }

  constexpr std::int64_t units() const { return units_; }
  constexpr bool is_integer() const { return units_ % kScale == 0; }
  constexpr bool is_zero() const { return units_ == 0; }
  constexpr bool is_negative() const { return units_ < 0; }

  Result<Quantity> plus(Quantity other) const;
  Result<Quantity> minus(Quantity other) const;
  Result<Quantity> times(
      Quantity other) const;  // exact when the result has <= 4 decimals, else kInvalidQuantity

  // clang-tidy 14 misreads the defaulted comparison's literal 0 as a null pointer.
  // NOLINTNEXTLINE(modernize-use-nullptr)
  friend constexpr auto operator<=>(Quantity, Quantity) = default;
  friend constexpr bool operator==(Quantity, Quantity) = default;

 private:
  constexpr explicit Quantity(std::int64_t units) : units_(units) {}
  std::int64_t units_ = 0;
};

// quantity × amount, rounded as named: 2,05 × 5 270,00 € = 10 803,50 € exactly,
// 10 804 € with kHalfUpToEuro.
Result<Amount> multiply(Quantity quantity, Amount amount,
                        Rounding rounding = Rounding::kHalfUpToCent);

// amount ÷ quantity (a unit cost), rounded as named; kDivisionByZero for 0.
Result<Amount> divide(Amount amount, Quantity quantity,
                      Rounding rounding = Rounding::kHalfUpToCent);

}  // namespace octroi
