// French formatting of dates and periods.
#pragma once

#include <string>

#include "calendar/date.h"
#include "calendar/period.h"

namespace octroi {

// "18 septembre 2023", "1er janvier 2023". The year always has four digits
// ("1er mars 0999"), so that parse_date reads back every date it writes.
std::string format_date_long(const Date& date);
// "18/09/2023".
std::string format_date_short(const Date& date);
// "du 1er janvier 2023 au 31 décembre 2023".
std::string format_period_long(const Period& period);
// "du 01/01/2023 au 31/12/2023".
std::string format_period_short(const Period& period);
// "septembre". REQUIRES: month in 1..12 (std::out_of_range otherwise).
std::string month_name(int month);

}  // namespace octroi
