// Date: a day of the proleptic Gregorian calendar, always valid (created
// through Date::create, which refuses 31/11/2024). A value type.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <string>

#include "base/result.h"

namespace octroi {

class Date {
 public:
  // kImpossibleDate for a day absent from its month (31/11/2024, 29/02/2023),
  // kInvalidDate for a day outside 1..31, a month outside 1..12 or a year
  // outside 1..9999. Messages are French and quote the date.
  static Result<Date> create(int year, int month, int day);
  // From a count of days since 1970-01-01 (may be negative).
  // REQUIRES: the day lies in years 1..9999 (std::out_of_range otherwise,
  // as for plus_days and plus_months: a programming error).
  static Date from_days(std::int64_t days_since_epoch);

  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  std::int64_t days_since_epoch() const;
  int day_of_week() const;  // 1 = Monday .. 7 = Sunday (ISO 8601)

  Date plus_days(std::int64_t days) const;
  // Same day n months later, clamped to the month's last day (31/01 + 1 -> 28 or 29/02).
  Date plus_months(int months) const;
  Date last_day_of_month() const;
  static bool is_leap_year(int year);
  // REQUIRES: month in 1..12 (std::out_of_range otherwise).
  static int days_in_month(int year, int month);

  // "2023-09-18"
  std::string iso() const;

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const Date&, const Date&) = default;
  friend bool operator==(const Date&, const Date&) = default;

 private:
  explicit Date(std::chrono::sys_days days) : days_(days) {}
  std::chrono::sys_days days_{};
};

}  // namespace octroi
