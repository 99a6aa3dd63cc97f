// A dataset's printed sitting as a recorded session (see session_from_dataset.h).
#include "service/session_from_dataset.h"

#include <algorithm>
#include <map>
#include <set>

namespace octroi {

SessionId session_id_for(DeliberativeBody body, Date date) {
  return SessionId((body == DeliberativeBody::kStandingCommittee ? "cp-" : "cd-") + date.iso());
}

namespace {

VoteTally tally_of(const PrintedTally& printed) {
  return VoteTally{.count = printed.count.value.value_or(0), .groups = printed.groups};
}

}  // namespace

Result<SessionBundle> session_bundle_from_dataset(const ProgrammeDataset& dataset) {
  const SessionRecord& record = dataset.session;
  if (!record.date.value || record.attendance.empty()) {
    return Error(ErrorCode::kMissingField,
                 "le jeu de données n'enregistre pas de séance (date ou listes de présence "
                 "absentes de session.yaml)");
  }
  const Date date = *record.date.value;
  SessionBundle bundle;
  Authority authority;
  authority.name = dataset.programme.programme.authority;
  authority.heading = dataset.programme.authority_printed;
  authority.seat = record.place_name.value_or("");
  bundle.authority = authority;

  std::map<std::string, Attendance> status;
  for (const AttendanceList& list : record.attendance) {
    for (const MemberReference& member : list.members) status[member.member.key()] = list.status;
  }
  int rank = 0;
  for (const SessionMemberEntry& entry : record.members) {
    Member member;
    member.id = entry.id;
    member.civility = entry.civility.value_or(Civility::kMister);
    member.name = entry.name;
    member.rank = ++rank;
    auto found = status.find(entry.id.key());
    member.mandates.push_back(Mandate{
        .body = record.body_value,
        .start = std::nullopt,
        .end = std::nullopt,
        .deliberative_vote = found == status.end() || has_deliberative_vote(found->second)});
    OCTROI_TRY(Member created, Member::create(std::move(member)));
    bundle.members.push_back(std::move(created));
  }

  AgendaItem item;
  item.report = ReportId("rapport-" + dataset.programme.report_number);
  item.number = dataset.programme.report_number;
  item.title = dataset.deliberation.title.printed.empty() ? dataset.programme.title.printed
                                                          : dataset.deliberation.title.printed;
  if (!dataset.programme.deliberation_number.empty()) {
    OCTROI_TRY(item.deliberation, DeliberationNumber::parse(dataset.programme.deliberation_number));
  }
  item.programme = dataset.programme.programme.id.key();
  item.subject_code = "7.5";
  if (record.vote.for_votes.count.value) {
    Vote vote{.for_votes = tally_of(record.vote.for_votes),
              .against_votes = tally_of(record.vote.against_votes),
              .abstain_votes = tally_of(record.vote.abstain_votes),
              .absent_without_proxy = record.vote.absent_without_proxy
                                          ? tally_of(*record.vote.absent_without_proxy)
                                          : VoteTally{}};
    OCTROI_TRY(item.vote, Vote::create(std::move(vote)));
  }

  Session session{.id = session_id_for(record.body_value, date), .date = date};
  session.body = record.body_value;
  session.place = record.place_name.value_or("");
  if (record.chair) session.president = record.chair->member;
  if (record.secretary) session.secretary = record.secretary->member;
  for (const AttendanceList& list : record.attendance) {
    for (const MemberReference& member : list.members) {
      session.members.push_back({.member = member.member, .attendance = list.status});
    }
  }
  std::set<std::string> said_no_proxy;
  std::set<std::string> recused;
  for (const RecusalStatement& statement : record.recusals) {
    for (const MemberReference& member : statement.members) {
      if (statement.proxy_given == false) said_no_proxy.insert(member.member.key());
      if (!recused.insert(member.member.key()).second) continue;
      session.recusals.push_back(
          {.report = item.report,
           .member = member.member,
           .took_part_in_debate = statement.took_part_in_debate.value_or(false)});
    }
  }
  const bool printed_absents_match =
      record.vote.absent_without_proxy && record.vote.absent_without_proxy->count.value &&
      *record.vote.absent_without_proxy->count.value == static_cast<int>(said_no_proxy.size());
  if (printed_absents_match) {
    for (const SessionMember& member : session.members) {
      const bool away =
          member.attendance == Attendance::kExcused || member.attendance == Attendance::kAbsent;
      if (away && said_no_proxy.count(member.member.key()) == 0) {
        session.proxies.push_back({.giver = member.member, .holder = MemberId()});
      }
    }
  }
  session.agenda.push_back(std::move(item));
  OCTROI_TRY(Session created, Session::create(std::move(session)));
  bundle.session = std::move(created);
  return bundle;
}

}  // namespace octroi
