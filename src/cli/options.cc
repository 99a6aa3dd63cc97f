#include "cli/options.h"

#include <chrono>
#include <cstdlib>

#include "api/clock.h"
#include "calendar/parse.h"
#include "cli/text.h"

namespace octroi::cli {

Result<Date> date_option(const std::string& text, std::string_view option) {
  auto date = parse_date(text);
  if (!date.ok()) {
    return Error(date.error().code(), date.error().message(),
                 Location::of_field(std::string(option)));
  }
  return date;
}

Result<Date> day_option(const std::string& text, std::string_view option) {
  if (!text.empty()) return date_option(text, option);
  if (const char* variable = std::getenv("OCTROI_TODAY"); variable != nullptr && *variable != 0) {
    return date_option(variable, "OCTROI_TODAY");
  }
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::from_days(days.time_since_epoch().count());
}

Stamp journal_stamp() { return Stamp{current_user(), api::utc_iso()}; }

}  // namespace octroi::cli
