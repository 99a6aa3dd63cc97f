// Decimal: the exact number funding rules are evaluated with. A reduced
// fraction of two 128-bit integers, so + − × ÷ are exact (1/3 × 3 = 1,
// 0,1 + 0,2 = 0,3); a result that leaves the 128-bit range is an error
// (kArithmeticOverflow), never a wrap-around. Rounding happens only on request,
// with a named Rounding of money/rounding.h. No binary floating point.
// Thread safety: a value type.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"
#include "money/amount.h"
#include "money/quantity.h"
#include "money/rate.h"
#include "money/rounding.h"

namespace octroi {

class Decimal {
 public:
  constexpr Decimal() = default;  // zero

  static Decimal from_integer(std::int64_t value);
  static Decimal from_amount(Amount amount);        // 2 100,00 € -> 2100
  static Decimal from_quantity(Quantity quantity);  // 8,10 -> 8.1
  static Decimal from_rate(Rate rate);              // 20 % -> 0.2
  // numerator / denominator, reduced. kDivisionByZero for a zero denominator,
  // kArithmeticOverflow when an operand is the smallest __int128.
  static Result<Decimal> from_fraction(Int128 numerator, Int128 denominator);
  // "5270", "0.2", "12,5", "-3", "+4": digits with at most one decimal mark ('.'
  // or ','), no grouping, no exponent. kInvalidValue (with the column) for
  // anything else, kArithmeticOverflow beyond 38 significant digits or so.
  static Result<Decimal> parse(std::string_view text);

  // Always reduced: denominator() > 0 and gcd(|numerator()|, denominator()) = 1.
  Int128 numerator() const { return numerator_; }
  Int128 denominator() const { return denominator_; }
  bool is_zero() const { return numerator_ == 0; }
  bool is_negative() const { return numerator_ < 0; }
  bool is_integer() const { return denominator_ == 1; }
  // True when the decimal expansion ends (the denominator is 2^a × 5^b);
  // `digits` then receives the number of fraction digits (max(a, b)).
  bool has_finite_expansion(int* digits = nullptr) const;

  // Exact arithmetic; kArithmeticOverflow when a result does not fit,
  // kDivisionByZero when dividing by zero.
  Result<Decimal> plus(const Decimal& other) const;
  Result<Decimal> minus(const Decimal& other) const;
  Result<Decimal> times(const Decimal& other) const;
  Result<Decimal> divided_by(const Decimal& other) const;
  Decimal negated() const;

  // This number of euros as an Amount, rounded as named (the only way out of
  // the exact world). kAmountOverflow when it does not fit in int64 cents.
  Result<Amount> to_amount(Rounding rounding) const;
  // The same rounding, kept as a Decimal (round_cent / round_euro in formulas).
  Result<Decimal> rounded(Rounding rounding) const;

  // Machine form, exact: "10803.5", "-0.25", "1/3" for a non-terminating value.
  std::string to_string() const;

  // Exact comparison, never overflowing (continued fractions).
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) {
    return a.numerator_ == b.numerator_ && a.denominator_ == b.denominator_;
  }

 private:
  // REQUIRES: the fraction is already reduced with a positive denominator.
  Decimal(Int128 numerator, Int128 denominator)
      : numerator_(numerator), denominator_(denominator) {}
  static Result<Decimal> reduced(Int128 numerator, Int128 denominator);

  Int128 numerator_ = 0;
  Int128 denominator_ = 1;
};

}  // namespace octroi
