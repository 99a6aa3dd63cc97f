// SessionRecord: what session.yaml records of the sitting that voted the
// deliberation: body, date, chair, the members and the printed attendance
// lists, the recusal statements and the vote tally, all as printed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "domain/attendance.h"
#include "domain/civility.h"
#include "domain/dataset_reference.h"
#include "domain/deliberative_body.h"
#include "domain/id.h"
#include "domain/printed.h"

namespace octroi {

struct SessionMemberEntry {
  MemberId id{};
  std::string name{};  // spelling of the attendance list
  std::optional<Civility> civility{};
  std::optional<std::string> notes{};
};

struct AttendanceList {
  Attendance status = Attendance::kPresent;
  std::string heading{};
  SourceLines source{};
  std::vector<MemberReference> members{};
};

struct RecusalStatement {
  std::string id{};
  std::string quote{};
  SourceLines source{};
  std::vector<MemberReference> members{};
  std::optional<bool> took_part_in_debate{};
  std::optional<bool> took_part_in_vote{};
  std::optional<bool> proxy_given{};
  std::optional<Attendance> stated_status{};
  std::optional<std::string> notes{};
};

// "Pour : 36 voix" and the groups printed after it.
struct PrintedTally {
  std::string printed{};
  Printed<int> count{};
  std::vector<std::string> groups{};
};

struct PrintedVote {
  std::optional<PrintedBlock> intro{};
  std::string quote{};
  SourceLines source{};
  PrintedTally for_votes{};
  PrintedTally against_votes{};
  PrintedTally abstain_votes{};
  std::optional<PrintedTally> absent_without_proxy{};
  PrintedBlock outcome{};
  bool adopted = true;
  std::optional<std::string> notes{};
};

// A printed element naming a member: "PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY".
struct PrintedMemberRole {
  std::string printed{};
  MemberId member{};
  SourceLines source{};
};

struct SessionRecord {
  PrintedBlock body{};
  DeliberativeBody body_value = DeliberativeBody::kStandingCommittee;
  std::string body_key{};
  PrintedBlock date_printed{};
  Printed<Date> date{};
  std::optional<PrintedBlock> place{};
  std::optional<std::string> place_name{};
  std::optional<Printed<Date>> place_date{};
  std::optional<PrintedMemberRole> chair{};
  std::optional<PrintedMemberRole> secretary{};
  std::vector<SessionMemberEntry> members{};
  std::vector<AttendanceList> attendance{};
  std::vector<RecusalStatement> recusals{};
  PrintedVote vote{};
};

}  // namespace octroi
