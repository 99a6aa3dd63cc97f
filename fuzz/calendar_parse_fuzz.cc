// libFuzzer target for the calendar parsers: parse_date and parse_period must
// never crash, and every date parse_date accepts must read back unchanged
// from both its French long form and its short form.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "calendar/calendar.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  octroi::Result<octroi::Date> date = octroi::parse_date(text);
  if (date.ok()) {
    octroi::Result<octroi::Date> from_long = octroi::parse_date(octroi::format_date_long(*date));
    if (!from_long.ok() || *from_long != *date) __builtin_trap();
    octroi::Result<octroi::Date> from_short = octroi::parse_date(octroi::format_date_short(*date));
    if (!from_short.ok() || *from_short != *date) __builtin_trap();
  } else if (date.error().message().empty()) {
    __builtin_trap();
  }

  octroi::Result<octroi::Period> period = octroi::parse_period(text);
  if (period.ok()) {
    if (period->end() < period->start()) __builtin_trap();
    octroi::Result<octroi::Period> again =
        octroi::parse_period(octroi::format_period_long(*period));
    if (!again.ok() || *again != *period) __builtin_trap();
    // Both ends included: a period lasts at least one day.
    if (period->length_in_days() < 1 || period->whole_months() < 0) __builtin_trap();
  } else if (period.error().message().empty()) {
    __builtin_trap();
  }
  return 0;
}
