// Review: the qualitative and quantitative report (bilan) an organisation owes
// at the end of an operation, "au plus tard le 31 mars 2024", which the
// balance payment waits for. A plain aggregate.
#pragma once

#include <optional>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/id.h"

namespace octroi {

struct Review {
  ReviewId id{};                      // "t1-o5-passeport-forma-2023"
  AwardId award{};                    // "t1-o5-passeport-forma"
  Date due;                           // 31/03/2024 (required: no default)
  std::optional<Date> received_on{};  // absent until received

  bool is_received() const { return received_on.has_value(); }
  // Not received and `today` after the due date. The date is passed in:
  // nothing below service/ reads the clock.
  bool is_overdue(const Date& today) const { return !is_received() && today > due; }

  // kMissingField for an empty id or award.
  Status validate() const;
  static Result<Review> create(Review fields);
};

}  // namespace octroi
