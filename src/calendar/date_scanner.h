// Private to the calendar module: reads the parts of a date as French
// documents write it ("1er janvier 2023", "01/09/23", "2023-09-18"), before
// the calendar is consulted, and reports what is wrong with a byte position.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "base/error_code.h"
#include "calendar/date.h"

namespace octroi::calendar_detail {

// A date as written, before the calendar is consulted. Positions are byte
// offsets in the whole text handed to the parser, for error columns.
struct DateParts {
  int day = 0;
  int month = 0;
  std::optional<int> year;
  std::size_t day_position = 0;
  std::size_t month_position = 0;
  std::size_t year_position = 0;
};

enum class YearRule { kRequired, kOptional };

// A reason why a date cannot be read; the callers put it into a sentence
// that quotes the text.
struct Problem {
  ErrorCode code;
  std::string reason;
  std::size_t position;
};

// Reads one date in [begin, end) of `text` (without surrounding spaces).
class DateScanner {
 public:
  DateScanner(std::string_view text, std::size_t begin, std::size_t end)
      : text_(text.substr(0, end)), position_(begin) {}

  std::variant<DateParts, Problem> scan(YearRule year_rule);

 private:
  std::variant<DateParts, Problem> scan_iso(std::size_t first, std::size_t length);
  std::variant<DateParts, Problem> scan_numeric(DateParts parts, YearRule year_rule);
  std::variant<DateParts, Problem> scan_words(DateParts parts, YearRule year_rule);
  std::size_t ordinal_marker(std::size_t at) const;
  std::variant<DateParts, Problem> finish(const DateParts& parts);

  bool at_end() const { return position_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[position_]; }
  std::size_t digits();
  int number(std::size_t at, std::size_t length) const;
  Problem fail(std::string reason) const { return fail_at(position_, std::move(reason)); }
  Problem fail_at(std::size_t at, std::string reason) const {
    return Problem{ErrorCode::kInvalidDate, std::move(reason), at};
  }

  std::string_view text_;
  std::size_t position_;
};

// The calendar's verdict on parts that carry a year: the day, or why there
// is no such day (kInvalidDate for a day, month or year out of range,
// kImpossibleDate for a day its month lacks).
std::variant<Date, Problem> to_date(const DateParts& parts);

}  // namespace octroi::calendar_detail
