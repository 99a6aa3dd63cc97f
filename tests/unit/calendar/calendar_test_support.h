// Helpers shared by the calendar tests: building known-good dates and
// printing dates and periods readably when an expectation fails.
#pragma once

#include <ostream>

#include "calendar/calendar.h"

namespace octroi {

// REQUIRES: a date of the calendar (a test's own constant).
inline Date make_date(int year, int month, int day) {
  return Date::create(year, month, day).value();
}

inline Period make_period(const Date& start, const Date& end) {
  return Period::create(start, end).value();
}

// GoogleTest finds these through argument-dependent lookup.
inline void PrintTo(const Date& date, std::ostream* out) { *out << date.iso(); }
inline void PrintTo(const Period& period, std::ostream* out) {
  *out << period.start().iso() << ".." << period.end().iso();
}

}  // namespace octroi
