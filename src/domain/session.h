// Session: one sitting of a deliberative body ("Réunion du 18 septembre 2023"
// of the Commission Permanente): who presided and kept the minutes, each
// member's attendance, the proxies given, and the members recused for a
// report ("intéressés à l'affaire": they neither debate nor vote on it).
#pragma once

#include <optional>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/attendance.h"
#include "domain/deliberative_body.h"
#include "domain/id.h"

namespace octroi {

// One member's attendance.
struct SessionMember {
  MemberId member{};
  Attendance attendance = Attendance::kPresent;

  friend bool operator==(const SessionMember&, const SessionMember&) = default;
};

// A vote delegation (délégation de vote): `giver`, not present, votes through `holder`.
struct Proxy {
  MemberId giver{};
  MemberId holder{};

  friend bool operator==(const Proxy&, const Proxy&) = default;
};

// A member recused for one report (intéressé à l'affaire).
struct Recusal {
  ReportId report{};
  MemberId member{};

  friend bool operator==(const Recusal&, const Recusal&) = default;
};

struct Session {
  SessionId id{};  // "cp-2023-09-18"
  Date date;       // 18/09/2023 (required)
  DeliberativeBody body = DeliberativeBody::kStandingCommittee;
  MemberId president{};  // "jean-claude-leroy"
  MemberId secretary{};  // "zohra-ouaguef"
  std::vector<SessionMember> members{};
  std::vector<Proxy> proxies{};
  std::vector<Recusal> recusals{};

  // nullopt when the member is not listed.
  std::optional<Attendance> attendance_of(const MemberId& member) const;
  // How many members are listed with `attendance` (38 present in the reference).
  int count(Attendance attendance) const;
  // The holder of `giver`'s proxy, if any.
  std::optional<MemberId> proxy_holder(const MemberId& giver) const;
  bool is_recused(const MemberId& member, const ReportId& report) const;

  // kMissingField for an empty id, president or secretary; kInvalidValue (or
  // kDuplicate) when:
  //  - a member is listed twice, or the president or secretary is not listed present;
  //  - a proxy's giver or holder is not listed, the giver is in the room or has
  //    no deliberative vote, the holder is not present with a vote, a member
  //    gives two proxies, or holds more than one (the CGCT allows one
  //    delegation per member);
  //  - a recusal names a member not listed, or is repeated.
  Status validate() const;
  static Result<Session> create(Session fields);
};

}  // namespace octroi
