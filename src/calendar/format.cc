#include "calendar/format.h"

#include <array>
#include <fmt/format.h>
#include <stdexcept>

namespace octroi {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "janvier", "février", "mars",      "avril",   "mai",      "juin",
    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

// The last Sunday of `month` in `year`.
Date last_sunday(int year, int month) {
  const Date last = Date::create(year, month, Date::days_in_month(year, month)).value();
  return last.plus_days(-(last.day_of_week() % 7));
}

// Two digits at `at`, or -1.
int two_digits(std::string_view text, std::size_t at) {
  if (at + 2 > text.size()) return -1;
  const char tens = text[at];
  const char units = text[at + 1];
  if (tens < '0' || tens > '9' || units < '0' || units > '9') return -1;
  return (tens - '0') * 10 + (units - '0');
}

}  // namespace

std::string format_timestamp(std::string_view iso_utc) {
  // "YYYY-MM-DDTHH:MM:SS" then "Z" (fractions of a second allowed before it).
  if (iso_utc.size() < 20 || iso_utc.back() != 'Z' || iso_utc[4] != '-' || iso_utc[7] != '-' ||
      iso_utc[10] != 'T' || iso_utc[13] != ':' || iso_utc[16] != ':') {
    return std::string(iso_utc);
  }
  const int century = two_digits(iso_utc, 0);
  const int years = two_digits(iso_utc, 2);
  const int month = two_digits(iso_utc, 5);
  const int day = two_digits(iso_utc, 8);
  const int hour = two_digits(iso_utc, 11);
  const int minute = two_digits(iso_utc, 14);
  if (century < 0 || years < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 ||
      minute > 59) {
    return std::string(iso_utc);
  }
  auto date = Date::create(century * 100 + years, month, day);
  if (!date.ok()) return std::string(iso_utc);
  // Summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on
  // the last Sunday of October.
  const int year = date->year();
  const std::int64_t minutes = date->days_since_epoch() * 1440 + std::int64_t{hour} * 60 + minute;
  const std::int64_t summer_from = last_sunday(year, 3).days_since_epoch() * 1440 + 60;
  const std::int64_t summer_to = last_sunday(year, 10).days_since_epoch() * 1440 + 60;
  const std::int64_t local = minutes + (minutes >= summer_from && minutes < summer_to ? 120 : 60);
  const std::int64_t days = local >= 0 ? local / 1440 : (local - 1439) / 1440;
  const std::int64_t of_day = local - days * 1440;
  return fmt::format("{} à {:02}:{:02}", format_date_long(Date::from_days(days)), of_day / 60,
                     of_day % 60);
}

std::string month_name(int month) {
  if (month < 1 || month > 12) {
    throw std::out_of_range(fmt::format("month_name: month {} outside 1..12", month));
  }
  return std::string(kMonthNames[static_cast<std::size_t>(month - 1)]);
}

std::string format_date_long(const Date& date) {
  // French writes the first day of a month as an ordinal: "1er janvier".
  const std::string_view ordinal = date.day() == 1 ? "er" : "";
  return fmt::format("{}{} {} {:04}", date.day(), ordinal, month_name(date.month()), date.year());
}

std::string format_date_short(const Date& date) {
  return fmt::format("{:02}/{:02}/{:04}", date.day(), date.month(), date.year());
}

std::string format_period_long(const Period& period) {
  return fmt::format("du {} au {}", format_date_long(period.start()),
                     format_date_long(period.end()));
}

std::string format_period_short(const Period& period) {
  return fmt::format("du {} au {}", format_date_short(period.start()),
                     format_date_short(period.end()));
}

}  // namespace octroi
