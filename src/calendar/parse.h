// Parsing of dates and periods as French documents write them. Errors quote
// the text and say what is wrong ("« 31/11/2024 » : novembre n'a que 30 jours").
#pragma once

#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "calendar/period.h"

namespace octroi {

// "01/09/23" (two-digit years are 20yy), "01/09/2023", "1/9/2023",
// "1er janvier 2023", "1^{er} novembre 2023", "1 er janvier 2023",
// "31 décembre 2024" (month names in any case, with or without accents),
// ISO 8601 "2023-09-18". Surrounding spaces are ignored.
// kImpossibleDate for a well-formed date absent from the calendar, with the
// text quoted; kInvalidDate for anything else, with the text quoted.
Result<Date> parse_date(std::string_view text);

// "du 01/12/2023 au 31/11/2024", "01/01/2022 au 30/06/2022",
// "du 1er janvier au 31 décembre 2023" (the start takes the end's year, or
// the previous year when it would fall after the end), "du 1^{er} septembre
// 2023 au 31 décembre 2024", "sur la période du ... au ...".
// Errors as parse_date (naming which end is wrong), or kInvalidPeriod when
// the end precedes the start.
Result<Period> parse_period(std::string_view text);

}  // namespace octroi
