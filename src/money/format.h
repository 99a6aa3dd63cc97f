// French formatting: "1 614 364,36 €" with a narrow no-break space (U+202F) as
// the thousands separator and a no-break space (U+00A0) before the euro sign.
#pragma once

#include <string>

#include "money/amount.h"
#include "money/quantity.h"
#include "money/rate.h"

namespace octroi {

enum class CentsDisplay {
  kAlways,       // "1 122 000,00 €" (tables, annexes)
  kWhenNonZero,  // "1 122 000 €" but "783 128,51 €" (running text, articles)
};
enum class CurrencySymbol { kShown, kHidden };

std::string format_amount(Amount amount, CentsDisplay cents = CentsDisplay::kAlways,
                          CurrencySymbol symbol = CurrencySymbol::kShown);

// "2,05", "8,1", "230", "1 200" (no trailing zeros, French separators).
std::string format_quantity(Quantity quantity);

// "60 %", "12,5 %" (no-break space before %).
std::string format_rate(Rate rate);

}  // namespace octroi
