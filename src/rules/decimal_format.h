// French rendering of a Decimal for explanations: "10 803,5", "0,2",
// "42 000,00 €" (the thousands separator is U+202F and a U+00A0 precedes the
// euro sign, as money/format.h writes them). A value whose expansion does not
// end, or is longer than asked, is cut and marked with "…" ("0,333333…"): the
// value itself stays exact, only its display is shortened.
#pragma once

#include <string>

#include "rules/decimal.h"

namespace octroi {

// At least `minimum_fraction_digits` and at most `maximum_fraction_digits`
// decimals (trailing zeros beyond the minimum dropped). REQUIRES: 0 <= minimum <= maximum.
std::string format_decimal(const Decimal& value, int minimum_fraction_digits = 0,
                           int maximum_fraction_digits = 6);

// A number of euros: "42 000,00 €", "10 803,50 €", "333,333333… €".
std::string format_decimal_euros(const Decimal& value);

// A proportion as a percentage: 0.2 -> "20 %", 0.125 -> "12,5 %".
std::string format_decimal_percent(const Decimal& value);

}  // namespace octroi
