#include "money/rate.h"

#include <limits>

#include "money/format.h"

namespace octroi {

Result<Amount> apply_rate(Amount amount, Rate rate, Rounding rounding) {
  // cents × millionths is the exact share in millionths of a cent.
  return round_cents(static_cast<Int128>(amount.cents()) * rate.millionths(), Rate::kScaleDigits,
                     rounding);
}

Result<Rate> ratio(Amount part, Amount whole) {
  if (whole.is_zero()) {
    return Error(ErrorCode::kDivisionByZero,
                 "division par zéro : rapport de " + format_amount(part) + " à un montant nul");
  }
  Int128 millionths =
      divide_half_away_from_zero(static_cast<Int128>(part.cents()) * Rate::kScale, whole.cents());
  if (millionths < std::numeric_limits<std::int64_t>::min() ||
      millionths > std::numeric_limits<std::int64_t>::max()) {
    return Error(ErrorCode::kInvalidRate, "taux hors limites : rapport de " + format_amount(part) +
                                              " à " + format_amount(whole));
  }
  return Rate::from_millionths(static_cast<std::int64_t>(millionths));
}

}  // namespace octroi
