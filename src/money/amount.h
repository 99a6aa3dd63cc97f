// Amount: an exact sum of money in euros, held as a signed 64-bit count of
// cents. Arithmetic is checked: a result outside int64 cents is refused.
// Thread safety: a value type, safe to share when not mutated.
#pragma once

#include <compare>
#include <cstdint>
#include <span>

#include "base/result.h"

namespace octroi {

class Amount {
 public:
  constexpr Amount() = default;
  static constexpr Amount from_cents(std::int64_t cents) { return Amount(cents); }
  // kAmountOverflow when euros * 100 does not fit in int64.
  static Result<Amount> from_euros(std::int64_t euros);
  static constexpr Amount zero() { return Amount(0); }

  constexpr std::int64_t cents() const { return cents_; }
  // Whole euros, truncated towards zero; cents_part() is the remainder (sign of the amount).
  constexpr std::int64_t euros_part() const { return cents_ / 100; }
  constexpr std::int64_t cents_part() const { return cents_ % 100; }
  constexpr bool is_zero() const { return cents_ == 0; }
  constexpr bool is_negative() const { return cents_ < 0; }

  // Checked arithmetic: kAmountOverflow when the exact result does not fit.
  Result<Amount> plus(Amount other) const;
  Result<Amount> minus(Amount other) const;
  Result<Amount> times(std::int64_t factor) const;
  Result<Amount> negated() const;

  // Convenience operators for amounts known to be small (documents, tests):
  // they throw std::overflow_error, a programming error, on overflow.
  friend Amount operator+(Amount a, Amount b);
  friend Amount operator-(Amount a, Amount b);
  Amount& operator+=(Amount other);
  Amount& operator-=(Amount other);

  // clang-tidy 14 misreads the defaulted comparison's literal 0 as a null pointer.
  // NOLINTNEXTLINE(modernize-use-nullptr)
  friend constexpr auto operator<=>(Amount, Amount) = default;
  friend constexpr bool operator==(Amount, Amount) = default;

 private:
  constexpr explicit Amount(std::int64_t cents) : cents_(cents) {}
  std::int64_t cents_ = 0;
};

// The checked sum of a list of amounts (zero for an empty list).
Result<Amount> sum(std::span<const Amount> amounts);

}  // namespace octroi
