// Parsing of amounts, quantities and rates as staff and documents write them.
// Errors name the text and the column (1-based, in bytes) where it goes wrong.
#pragma once

#include <string_view>

#include "base/result.h"
#include "money/amount.h"
#include "money/quantity.h"
#include "money/rate.h"

namespace octroi {

// Accepts every form of the reference document and plain machine forms:
// "8 000,00 €", "42 000 €", "86 453.34 €", "1 545 780,28", "16 137,96 €",
// "6 875€", "1614364.36", "-12,50 €", "EUR" as a synonym of "€"; thousands
// separated by ordinary (U+0020), no-break (U+00A0) or narrow no-break
// (U+202F) spaces, or by '.' when ',' is the decimal mark ("1.234,56").
// At most two decimals. Refuses, with kInvalidAmount and the text quoted:
// letters, an empty text, misplaced or mixed separators ("1 23,00"), two decimal
// marks, a lone '.' between one to three digits and exactly three ("1.234":
// ambiguous; "0.125" is not), more than two decimals, anything after the symbol.
// The column of Error::location() points at the offending byte (1-based).
// kAmountOverflow beyond int64 cents.
Result<Amount> parse_amount(std::string_view text);

// "2,05", "8,10", "0.5", "230", "1 200" with up to 4 decimals. kInvalidQuantity otherwise.
Result<Quantity> parse_quantity(std::string_view text);

// "60 %", "20%", "12,5 %", "0,6" (a plain fraction when there is no '%'). kInvalidRate otherwise.
Result<Rate> parse_rate(std::string_view text);

}  // namespace octroi
