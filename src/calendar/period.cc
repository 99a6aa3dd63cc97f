#include "calendar/period.h"

#include <algorithm>
#include <fmt/format.h>

#include "calendar/format.h"

namespace octroi {
namespace {

// A day as plain numbers, so that probes past 9999-12-31 (the day after a
// period ending then, or its start plus n months) need no Date.
struct Civil {
  std::int64_t year;
  int month;
  int day;

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const Civil&, const Civil&) = default;
};

Civil civil(const Date& date) { return {date.year(), date.month(), date.day()}; }

bool is_leap_year(std::int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int days_in_month(std::int64_t year, int month) {
  if (month == 2) return is_leap_year(year) ? 29 : 28;
  return Date::days_in_month(2001, month);
}

// `start` plus `months` months, clamped to the last day of the month reached.
Civil plus_months(const Civil& start, std::int64_t months) {
  const std::int64_t index = start.year * 12 + (start.month - 1) + months;
  const std::int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  const int month = static_cast<int>(index - year * 12) + 1;
  return {year, month, std::min(start.day, days_in_month(year, month))};
}

Civil next_day(const Civil& day) {
  if (day.day < days_in_month(day.year, day.month)) return {day.year, day.month, day.day + 1};
  if (day.month < 12) return {day.year, day.month + 1, 1};
  return {day.year + 1, 1, 1};
}

}  // namespace

Result<Period> Period::create(Date start, Date end) {
  if (end < start) {
    return Error(ErrorCode::kInvalidPeriod,
                 fmt::format("période invalide : la fin ({}) précède le début ({})",
                             format_date_long(end), format_date_long(start)));
  }
  return Period(start, end);
}

std::int64_t Period::length_in_days() const {
  return end_.days_since_epoch() - start_.days_since_epoch() + 1;
}

int Period::whole_months() const {
  // start + n months - 1 day <= end  <=>  start + n months <= end + 1 day.
  // plus_months grows with n, so start from the month count, which is at
  // least the answer, and step down.
  const Civil start = civil(start_);
  const Civil limit = next_day(civil(end_));
  std::int64_t months = (limit.year - start.year) * 12 + (limit.month - start.month);
  while (months > 0 && plus_months(start, months) > limit) --months;
  return static_cast<int>(months);
}

bool Period::exceeds_months(int months) const {
  // More than n months: the period reaches the day n months after its start.
  return plus_months(civil(start_), months) <= civil(end_);
}

}  // namespace octroi
