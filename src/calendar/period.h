// Period: a closed interval of days [start, end], start <= end (both included,
// as in "du 1er janvier au 31 décembre 2023").
#pragma once

#include <cstdint>

#include "base/result.h"
#include "calendar/date.h"

namespace octroi {

class Period {
 public:
  // kInvalidPeriod when end is before start; the message gives both dates in French.
  static Result<Period> create(Date start, Date end);

  const Date& start() const { return start_; }
  const Date& end() const { return end_; }

  // Days covered, both ends included: 01/01/2023-31/12/2023 -> 365.
  std::int64_t length_in_days() const;
  // Largest n such that start + n months - 1 day <= end:
  // 01/01/2023-31/12/2023 -> 12, 01/09/2023-31/08/2024 -> 12,
  // 15/12/2023-15/12/2024 -> 12 (one day more than 12 months), 01/09/2023-01/12/2023 -> 3.
  // plus_months clamps, so 31/01/2023-27/02/2023 -> 1 (31/01 + 1 month is 28/02).
  int whole_months() const;
  // True when the period lasts more than `months` months (15/12/2023-15/12/2024 exceeds 12).
  bool exceeds_months(int months) const;

  bool contains(const Date& date) const { return start_ <= date && date <= end_; }
  bool contains(const Period& other) const { return start_ <= other.start_ && other.end_ <= end_; }
  bool overlaps(const Period& other) const { return start_ <= other.end_ && other.start_ <= end_; }

  friend bool operator==(const Period&, const Period&) = default;

 private:
  Period(Date start, Date end) : start_(start), end_(end) {}
  Date start_;
  Date end_;
};

}  // namespace octroi
