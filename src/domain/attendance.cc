// Attendance keys, labels and predicates.
#include "domain/attendance.h"

#include "domain/enum_table.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<Attendance, 5> kTable{{{
    {Attendance::kPresent, "present", "Présent"},
    {Attendance::kExcused, "excused", "Excusé"},
    {Attendance::kAbsent, "absent", "Absent"},
    {Attendance::kNonVotingPresent, "non_voting_present", "Présent sans voix délibérative"},
    {Attendance::kNonVotingExcused, "non_voting_excused", "Excusé sans voix délibérative"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

}  // namespace

std::span<const Attendance> all_attendances() { return kValues; }

std::string_view to_key(Attendance attendance) { return kTable.key(attendance); }

std::string_view to_label(Attendance attendance) { return kTable.label(attendance); }

Result<Attendance> attendance_from_key(std::string_view key) {
  return kTable.from_key(key, "la présence");
}

bool has_deliberative_vote(Attendance attendance) {
  return attendance == Attendance::kPresent || attendance == Attendance::kExcused ||
         attendance == Attendance::kAbsent;
}

bool is_in_room(Attendance attendance) {
  return attendance == Attendance::kPresent || attendance == Attendance::kNonVotingPresent;
}

}  // namespace octroi
