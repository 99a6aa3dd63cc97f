#include "api/clock.h"

#include <array>
#include <ctime>

namespace octroi::api {

std::string utc_iso(std::chrono::seconds offset) {
  const std::time_t at =
      std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + offset);
  std::tm parts{};
  gmtime_r(&at, &parts);
  std::array<char, 32> buffer{};
  const std::size_t size =
      std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
  return std::string(buffer.data(), size);
}

Date utc_today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::from_days(days.time_since_epoch().count());
}

std::int64_t monotonic_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace octroi::api
