#include "money/amount.h"

#include <limits>
#include <stdexcept>
#include <string>

#include "money/format.h"

namespace octroi {
namespace {

// The French message for an arithmetic result outside int64 cents.
Error overflow(const std::string& operation) {
  constexpr auto kLimits = std::numeric_limits<std::int64_t>();
  return Error(ErrorCode::kAmountOverflow,
               "montant hors limites : " + operation + " sort de l'intervalle des montants (de " +
                   format_amount(Amount::from_cents(kLimits.min())) + " à " +
                   format_amount(Amount::from_cents(kLimits.max())) + ")");
}

Amount value_or_throw(const Result<Amount>& result) {
  if (!result.ok()) throw std::overflow_error(result.error().message());
  return result.value();
}

}  // namespace

Result<Amount> Amount::from_euros(std::int64_t euros) {
  std::int64_t cents = 0;
  if (__builtin_mul_overflow(euros, std::int64_t{100}, &cents)) {
    return overflow(std::to_string(euros) + " euros");
  }
  return Amount(cents);
}

Result<Amount> Amount::plus(Amount other) const {
  std::int64_t cents = 0;
  if (__builtin_add_overflow(cents_, other.cents_, &cents)) {
    return overflow(format_amount(*this) + " + " + format_amount(other));
  }
  return Amount(cents);
}

Result<Amount> Amount::minus(Amount other) const {
  std::int64_t cents = 0;
  if (__builtin_sub_overflow(cents_, other.cents_, &cents)) {
    return overflow(format_amount(*this) + " − " + format_amount(other));
  }
  return Amount(cents);
}

Result<Amount> Amount::times(std::int64_t factor) const {
  std::int64_t cents = 0;
  if (__builtin_mul_overflow(cents_, factor, &cents)) {
    return overflow(format_amount(*this) + " × " + std::to_string(factor));
  }
  return Amount(cents);
}

Result<Amount> Amount::negated() const {
  std::int64_t cents = 0;
  if (__builtin_sub_overflow(std::int64_t{0}, cents_, &cents)) {
    return overflow("l'opposé de " + format_amount(*this));
  }
  return Amount(cents);
}

Amount operator+(Amount a, Amount b) { return value_or_throw(a.plus(b)); }

Amount operator-(Amount a, Amount b) { return value_or_throw(a.minus(b)); }

Amount& Amount::operator+=(Amount other) { return *this = value_or_throw(plus(other)); }

Amount& Amount::operator-=(Amount other) { return *this = value_or_throw(minus(other)); }

Result<Amount> sum(std::span<const Amount> amounts) {
  Amount total;
  for (Amount amount : amounts) {
    OCTROI_TRY(total, total.plus(amount));
  }
  return total;
}

}  // namespace octroi
