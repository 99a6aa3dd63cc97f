// Attendance: how a member took part in a session, as the deliberation's
// heading lists them ("Étaient présents", "Excusé(s)", "Absent(s)",
// "Assistant également sans voix délibérative", "Excusé(s) sans voix délibérative").
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class Attendance {
  kPresent,           // "present": présent, with a deliberative vote.
  kExcused,           // "excused": excusé; may have given a proxy.
  kAbsent,            // "absent": absent; may have given a proxy.
  kNonVotingPresent,  // "non_voting_present": present without a deliberative vote.
  kNonVotingExcused,  // "non_voting_excused": excused, would have had no deliberative vote.
};

std::span<const Attendance> all_attendances();

// "non_voting_present"
std::string_view to_key(Attendance attendance);
// "Présent", "Excusé", "Absent", "Présent sans voix délibérative", "Excusé sans voix délibérative".
std::string_view to_label(Attendance attendance);

// kInvalidValue, listing the keys, for an unknown key.
Result<Attendance> attendance_from_key(std::string_view key);

// Present or excused or absent, as opposed to the two non-voting kinds.
bool has_deliberative_vote(Attendance attendance);
// In the room: kPresent or kNonVotingPresent.
bool is_in_room(Attendance attendance);

}  // namespace octroi
