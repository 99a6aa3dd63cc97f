#include "money/quantity.h"

#include <limits>
#include <string>

#include "money/format.h"

namespace octroi {
namespace {

Error overflow(const std::string& operation) {
  constexpr auto kLimits = std::numeric_limits<std::int64_t>();
  return Error(ErrorCode::kQuantityOverflow,
               "quantité hors limites : " + operation + " sort de l'intervalle des quantités (de " +
                   format_quantity(Quantity::from_units(kLimits.min())) + " à " +
                   format_quantity(Quantity::from_units(kLimits.max())) + ")");
}

}  // namespace

Result<Quantity> Quantity::from_integer(std::int64_t value) {
  std::int64_t units = 0;
  if (__builtin_mul_overflow(value, kScale, &units)) return overflow(std::to_string(value));
  return Quantity(units);
}

Result<Quantity> Quantity::plus(Quantity other) const {
  std::int64_t units = 0;
  if (__builtin_add_overflow(units_, other.units_, &units)) {
    return overflow(format_quantity(*this) + " + " + format_quantity(other));
  }
  return Quantity(units);
}

Result<Quantity> Quantity::minus(Quantity other) const {
  std::int64_t units = 0;
  if (__builtin_sub_overflow(units_, other.units_, &units)) {
    return overflow(format_quantity(*this) + " − " + format_quantity(other));
  }
  return Quantity(units);
}

Result<Quantity> Quantity::times(Quantity other) const {
  // Both factors are below 2^63, so their product fits in 127 bits.
  Int128 product = static_cast<Int128>(units_) * other.units_;
  if (product % kScale != 0) {
    return Error(ErrorCode::kInvalidQuantity, "quantité inexacte : " + format_quantity(*this) +
                                                  " × " + format_quantity(other) +
                                                  " a plus de 4 décimales");
  }
  product /= kScale;
  if (product < std::numeric_limits<std::int64_t>::min() ||
      product > std::numeric_limits<std::int64_t>::max()) {
    return overflow(format_quantity(*this) + " × " + format_quantity(other));
  }
  return Quantity(static_cast<std::int64_t>(product));
}

Result<Amount> multiply(Quantity quantity, Amount amount, Rounding rounding) {
  // units × cents is the exact product in 1/10 000 of a cent.
  return round_cents(static_cast<Int128>(quantity.units()) * amount.cents(), Quantity::kScaleDigits,
                     rounding);
}

Result<Amount> divide(Amount amount, Quantity quantity, Rounding rounding) {
  if (quantity.is_zero()) {
    return Error(ErrorCode::kDivisionByZero,
                 "division par zéro : " + format_amount(amount) + " ÷ une quantité nulle");
  }
  // cents / (units / 10 000) = cents × 10 000 / units.
  return round_fraction(static_cast<Int128>(amount.cents()) * Quantity::kScale, quantity.units(),
                        rounding);
}

}  // namespace octroi
