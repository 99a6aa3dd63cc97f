#include "calendar/date.h"

#include <algorithm>
#include <fmt/format.h>
#include <stdexcept>

#include "calendar/text.h"

namespace octroi {
namespace {

namespace chrono = std::chrono;

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

std::int64_t days_of(int year, int month, int day) {
  const chrono::year_month_day ymd{chrono::year{year}, chrono::month{static_cast<unsigned>(month)},
                                   chrono::day{static_cast<unsigned>(day)}};
  return chrono::sys_days{ymd}.time_since_epoch().count();
}

// The first and last days a Date may hold: 0001-01-01 and 9999-12-31.
std::int64_t min_days() { return days_of(kMinYear, 1, 1); }
std::int64_t max_days() { return days_of(kMaxYear, 12, 31); }

chrono::year_month_day civil(chrono::sys_days days) { return chrono::year_month_day{days}; }

}  // namespace

Result<Date> Date::create(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) {
    return Error(ErrorCode::kInvalidDate,
                 fmt::format("date invalide : année {} hors de {} à {}", year, kMinYear, kMaxYear));
  }
  if (month < 1 || month > 12) {
    return Error(ErrorCode::kInvalidDate,
                 fmt::format("date invalide : mois {} inexistant (1 à 12)", month));
  }
  if (day < 1 || day > 31) {
    return Error(ErrorCode::kInvalidDate,
                 fmt::format("date invalide : jour {} inexistant (1 à 31)", day));
  }
  const int length = days_in_month(year, month);
  if (day > length) {
    return Error(ErrorCode::kImpossibleDate,
                 fmt::format("date impossible « {:02}/{:02}/{:04} » : {}", day, month, year,
                             calendar_text::short_month_reason(year, month, day)));
  }
  return Date(chrono::sys_days{chrono::days{days_of(year, month, day)}});
}

Date Date::from_days(std::int64_t days_since_epoch) {
  if (days_since_epoch < min_days() || days_since_epoch > max_days()) {
    throw std::out_of_range(
        fmt::format("Date::from_days({}): outside years 1..9999", days_since_epoch));
  }
  return Date(chrono::sys_days{chrono::days{days_since_epoch}});
}

int Date::year() const { return static_cast<int>(civil(days_).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(civil(days_).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(civil(days_).day())); }

std::int64_t Date::days_since_epoch() const { return days_.time_since_epoch().count(); }

int Date::day_of_week() const { return static_cast<int>(chrono::weekday{days_}.iso_encoding()); }

Date Date::plus_days(std::int64_t days) const {
  const std::int64_t current = days_since_epoch();
  // Refuse before adding, so that the sum itself cannot overflow.
  if (days > max_days() - current || days < min_days() - current) {
    throw std::out_of_range(fmt::format("{} plus {} days: outside years 1..9999", iso(), days));
  }
  return from_days(current + days);
}

Date Date::plus_months(int months) const {
  const std::int64_t index = std::int64_t{year()} * 12 + (month() - 1) + months;
  const std::int64_t target_year = index >= 0 ? index / 12 : (index - 11) / 12;
  if (target_year < kMinYear || target_year > kMaxYear) {
    throw std::out_of_range(fmt::format("{} plus {} months: outside years 1..9999", iso(), months));
  }
  const int new_year = static_cast<int>(target_year);
  const int new_month = static_cast<int>(index - target_year * 12) + 1;
  const int new_day = std::min(day(), days_in_month(new_year, new_month));
  return Date(chrono::sys_days{chrono::days{days_of(new_year, new_month, new_day)}});
}

Date Date::last_day_of_month() const {
  const int y = year();
  const int m = month();
  return Date(chrono::sys_days{chrono::days{days_of(y, m, days_in_month(y, m))}});
}

bool Date::is_leap_year(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int Date::days_in_month(int year, int month) {
  static constexpr int kLengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) {
    throw std::out_of_range(fmt::format("Date::days_in_month: month {} outside 1..12", month));
  }
  if (month == 2 && is_leap_year(year)) return 29;
  return kLengths[month - 1];
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year(), month(), day()); }

}  // namespace octroi
