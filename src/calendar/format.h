// French formatting of dates and periods.
#pragma once

#include <string>
#include <string_view>

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
// A journal stamp ("2026-11-29T07:39:57Z", UTC) as staff read it, in Paris
// time: "29 novembre 2026 à 08:39". The European summer-time rule (from the
// last Sunday of March to the last Sunday of October, 01:00 UTC) gives the
// offset, +2 h in summer, +1 h otherwise. Text that is not such a stamp is
// returned as is.
std::string format_timestamp(std::string_view iso_utc);
// "septembre". REQUIRES: month in 1..12 (std::out_of_range otherwise).
std::string month_name(int month);

}  // namespace octroi
