// The attendance a session.yaml status key (and the text reader's list of the
// same name) stands for: "present", "excused", "absent",
// "attending_non_voting", "excused_non_voting" (docs/data-format.md). These
// keys are the dataset's, not the domain's (attendance.h): both readers of a
// sitting — the YAML file and the deliberation's text — map them here.
#pragma once

#include <string_view>

#include "domain/attendance.h"

namespace octroi {

inline Attendance attendance_of_status(std::string_view status) {
  if (status == "excused") return Attendance::kExcused;
  if (status == "absent") return Attendance::kAbsent;
  if (status == "attending_non_voting") return Attendance::kNonVotingPresent;
  if (status == "excused_non_voting") return Attendance::kNonVotingExcused;
  return Attendance::kPresent;
}

}  // namespace octroi
