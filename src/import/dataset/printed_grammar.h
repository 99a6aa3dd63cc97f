// The grammars of printed values (docs/data-format.md 3.3): amounts, dates,
// periods, quantities, counts, rates and durations as the source document
// prints them. Each is exactly the specified grammar; the values are computed
// by the money and calendar parsers.
#pragma once

#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "calendar/period.h"
#include "money/amount.h"
#include "money/quantity.h"
#include "money/rate.h"

namespace octroi::import {

// "8 000,00 €", "42 000 €", "86 453.34 €", "6 875€", "250 euros", "6 193 643,00".
Result<Amount> parse_printed_amount(std::string_view text);
// "18/09/2023", "01/09/23", "1^{er} novembre 2023", "18 SEPTEMBRE 2023", "2023-09-18".
Result<Date> parse_printed_date(std::string_view text);
// "du 01/09/23 au 31/08/24", "sur la période du 1er janvier au 31 décembre 2023".
Result<Period> parse_printed_period(std::string_view text);
// "2,05", "0,5", "230", "1 200".
Result<Quantity> parse_printed_quantity(std::string_view text);
// "7", "36", "1 534".
Result<int> parse_printed_count(std::string_view text);
// "20%", "50 %", "12,5 %".
Result<Rate> parse_printed_rate(std::string_view text);
// "12 mois" -> 12.
Result<int> parse_printed_duration(std::string_view text);

}  // namespace octroi::import
