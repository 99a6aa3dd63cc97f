#include "calendar/format.h"

#include <array>
#include <fmt/format.h>
#include <stdexcept>

namespace octroi {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "janvier", "février", "mars",      "avril",   "mai",      "juin",
    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

}  // namespace

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
