// Clock: the web application's reading of time (an edge: the core never
// reads the clock). Wall time as ISO 8601 UTC for records and session
// expiry; monotonic seconds for the login limiter.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "calendar/date.h"

namespace octroi::api {

// "2026-11-28T18:07:05Z", `offset` after now.
std::string utc_iso(std::chrono::seconds offset = std::chrono::seconds(0));
std::int64_t monotonic_seconds();
// Today in UTC: the default day of lists that depend on it (overdue reviews).
Date utc_today();

}  // namespace octroi::api
