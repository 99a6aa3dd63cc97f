// Session: one sitting of a deliberative body ("Réunion du 18 septembre 2023"
// of the Commission Permanente): who presided and kept the minutes, its
// agenda of reports (each with the deliberation it adopts and its vote), each
// member's attendance (arriving or leaving during the sitting), the proxies
// given, and the members recused for a report ("intéressés à l'affaire": they
// neither debate nor vote on it).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/attendance.h"
#include "domain/deliberation_number.h"
#include "domain/deliberative_body.h"
#include "domain/id.h"
#include "domain/vote.h"

namespace octroi {

// One member's attendance. A member in the room may arrive after the first
// report or leave before the last: `arrives_at_item` and `leaves_after_item`
// are 1-based positions on the agenda (nullopt: from the start, to the end).
struct SessionMember {
  MemberId member{};
  Attendance attendance = Attendance::kPresent;
  std::optional<int> arrives_at_item{};
  std::optional<int> leaves_after_item{};

  // In the room when the report at `item` (1-based) is debated and voted.
  bool in_room_at(int item) const;

  friend bool operator==(const SessionMember&, const SessionMember&) = default;
};

// A vote delegation (délégation de vote): `giver`, not present, votes through
// `holder`. An empty holder records a proxy the minutes mention without naming
// who held it (the reference's tally implies three such proxies).
struct Proxy {
  MemberId giver{};
  MemberId holder{};

  friend bool operator==(const Proxy&, const Proxy&) = default;
};

// A member recused for one report (intéressé à l'affaire).
struct Recusal {
  ReportId report{};
  MemberId member{};
  bool took_part_in_debate = false;  // "n'a pas pris part au vote" only

  friend bool operator==(const Recusal&, const Recusal&) = default;
};

// A report on the agenda and what the session decided on it.
struct AgendaItem {
  ReportId report{};                                 // "rapport-70"
  std::string number{};                              // "70": "rapport n°70"
  std::string title{};                               // the deliberation's title
  std::optional<DeliberationNumber> deliberation{};  // 2023-405
  std::string programme{};     // the programme whose awards it funds ("" if none)
  std::string subject_code{};  // ACTES subject ("7.5": finances locales/subventions)
  std::optional<Vote> vote{};  // absent until voted
  // Breaks a tie (as many for as against): the president's casting vote (CGCT
  // L3121-15), recorded only when there is a tie.
  std::optional<bool> casting_vote_for{};

  // Adopted: more votes for than against, or a tie broken by the casting vote.
  // nullopt before the vote.
  std::optional<bool> adopted() const;
};

struct Session {
  SessionId id{};  // "cp-2023-09-18"
  Date date;       // 18/09/2023 (required)
  DeliberativeBody body = DeliberativeBody::kStandingCommittee;
  std::string place{};   // "ARRAS"
  MemberId president{};  // "jean-claude-leroy"
  MemberId secretary{};  // "zohra-ouaguef"
  // A sitting convened again because the first lacked its quorum: it may
  // deliberate whatever the number present, held three days at least after
  // the first (CGCT L3121-14).
  std::optional<Date> reconvened_from{};
  std::vector<AgendaItem> agenda{};
  std::vector<SessionMember> members{};
  std::vector<Proxy> proxies{};
  std::vector<Recusal> recusals{};

  // The agenda item for `report` and its 1-based position, or nullopt.
  std::optional<int> position_of(const ReportId& report) const;
  const AgendaItem* item(const ReportId& report) const;
  const SessionMember* member(const MemberId& wanted) const;

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
  //  - a recusal names a member not listed, or is repeated, or a report not
  //    on the agenda;
  //  - an agenda report is empty or repeated, or its vote is invalid;
  //  - an arrival or departure is outside the agenda, or the member is not
  //    in the room, or leaves before arriving;
  //  - a reconvened sitting is held less than three days after the first.
  Status validate() const;
  static Result<Session> create(Session fields);
};

}  // namespace octroi
