// Rate: an exact proportion in millionths (60 % = 600 000, 20 % = 200 000,
// 12,5 % = 125 000), and the named-rounding share of an amount.
#pragma once

#include <compare>
#include <cstdint>

#include "base/result.h"
#include "money/amount.h"
#include "money/rounding.h"

namespace octroi {

class Rate {
 public:
  static constexpr int kScaleDigits = 6;
  static constexpr std::int64_t kScale = 1000000;  // millionths

  constexpr Rate() = default;
  static constexpr Rate from_millionths(std::int64_t millionths) { return Rate(millionths); }
  static constexpr Rate from_percent(std::int64_t percent) { return Rate(percent * 10000); }
  static constexpr Rate one() { return Rate(kScale); }

  constexpr std::int64_t millionths() const { return millionths_; }

  // clang-tidy 14 misreads the defaulted comparison's literal 0 as a null pointer.
  // NOLINTNEXTLINE(modernize-use-nullptr)
  friend constexpr auto operator<=>(Rate, Rate) = default;
  friend constexpr bool operator==(Rate, Rate) = default;

 private:
  constexpr explicit Rate(std::int64_t millionths) : millionths_(millionths) {}
  std::int64_t millionths_ = 0;
};

// amount × rate, rounded as named: 60 % of 6 875,00 € = 4 125,00 €.
Result<Amount> apply_rate(Amount amount, Rate rate, Rounding rounding = Rounding::kHalfUpToCent);

// part ÷ whole as a Rate rounded half-up to the millionth; kDivisionByZero for 0.
Result<Rate> ratio(Amount part, Amount whole);

}  // namespace octroi
