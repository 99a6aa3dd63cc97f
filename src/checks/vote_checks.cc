// Vote: the printed tally against the members able to vote (present, minus
// those who took no part in the vote, plus at most one proxy per voting
// member not in the room who is not said to have given none), the attendance
// lists against the statements about the same members, and the quorum (a
// majority of the voting members listed must be present).
#include <fmt/format.h>
#include <map>
#include <set>

#include "checks/check_support.h"
#include "checks/checks.h"

namespace octroi {
namespace {

using namespace check_support;  // NOLINT(google-build-using-namespace)

ComparedValue count_value(std::string label, int count, std::string printed = {}, int line = 0) {
  return ComparedValue{std::move(label), std::move(printed), std::to_string(count), line};
}

}  // namespace

std::vector<Finding> check_votes(const ProgrammeDataset& dataset) {
  std::vector<Finding> findings;
  const SessionRecord& session = dataset.session;
  if (session.attendance.empty()) return findings;
  std::map<std::string, Attendance> status;
  std::map<std::string, SourceLines> listed_on;
  for (const AttendanceList& list : session.attendance) {
    for (const MemberReference& member : list.members) {
      status[member.member.key()] = list.status;
      listed_on[member.member.key()] = list.source;
    }
  }
  std::set<std::string> not_voting;  // in the room but took no part in the vote
  std::set<std::string> no_proxy;    // said to have given no proxy
  std::vector<SourceLines> recusal_lines;
  for (const RecusalStatement& recusal : session.recusals) {
    for (const MemberReference& member : recusal.members) {
      if (recusal.took_part_in_vote == false) not_voting.insert(member.member.key());
      if (recusal.proxy_given == false) no_proxy.insert(member.member.key());
      auto found = status.find(member.member.key());
      if (recusal.stated_status && found != status.end() &&
          found->second != *recusal.stated_status) {
        Where where;
        where.member = member.member.key();
        where.lines = {listed_on[member.member.key()], recusal.source};
        findings.push_back(make_finding(
            Severity::kError, "vote.attendance_mismatch", where,
            fmt::format("« {} » figure parmi les « {} » (l. {}) mais est dit(e) « {} » (l. {}).",
                        member.printed, to_label(found->second),
                        listed_on[member.member.key()].line, to_label(*recusal.stated_status),
                        recusal.source.line),
            {{"liste de présence", "", std::string(to_label(found->second)),
              listed_on[member.member.key()].line},
             {"déclaration", recusal.quote, std::string(to_label(*recusal.stated_status)),
              recusal.source.line}}));
      }
    }
    if (recusal.took_part_in_vote == false) recusal_lines.push_back(recusal.source);
  }
  int voting_members = 0;
  int present = 0;
  int recused_present = 0;
  int possible_proxies = 0;
  for (const auto& [member, attendance] : status) {
    if (!has_deliberative_vote(attendance)) continue;
    ++voting_members;
    if (attendance == Attendance::kPresent) {
      ++present;
      if (not_voting.count(member) != 0) ++recused_present;
    } else if (no_proxy.count(member) == 0) {
      ++possible_proxies;
    }
  }
  const PrintedVote& vote = session.vote;
  if (vote.for_votes.count.value && vote.against_votes.count.value &&
      vote.abstain_votes.count.value) {
    const int cast = *vote.for_votes.count.value + *vote.against_votes.count.value +
                     *vote.abstain_votes.count.value;
    const int able = present - recused_present + possible_proxies;
    if (cast > able) {
      Where where;
      where.article = "vote";
      where.lines.push_back(vote.source);
      for (const AttendanceList& list : session.attendance) {
        if (list.status == Attendance::kPresent) where.lines.push_back(list.source);
      }
      where.lines.insert(where.lines.end(), recusal_lines.begin(), recusal_lines.end());
      findings.push_back(make_finding(
          Severity::kError, "vote.votes_exceed_voters", where,
          fmt::format("Le vote compte {} voix ({} pour, {} contre, {} abstentions) alors que {} "
                      "présents moins {} élus intéressés qui n'ont pas pris part au vote, plus au "
                      "plus {} délégations, ne font que {} votants possibles.",
                      cast, *vote.for_votes.count.value, *vote.against_votes.count.value,
                      *vote.abstain_votes.count.value, present, recused_present, possible_proxies,
                      able),
          {count_value("pour", *vote.for_votes.count.value, vote.for_votes.printed,
                       vote.source.line),
           count_value("contre", *vote.against_votes.count.value, vote.against_votes.printed,
                       vote.source.line),
           count_value("abstention", *vote.abstain_votes.count.value, vote.abstain_votes.printed,
                       vote.source.line),
           count_value("présents avec voix délibérative", present),
           count_value("présents intéressés, hors vote", recused_present),
           count_value("délégations possibles au plus", possible_proxies),
           count_value("votants possibles au plus", able)}));
    }
  }
  if (voting_members > 0 && present * 2 <= voting_members) {
    Where where;
    where.article = "quorum";
    for (const AttendanceList& list : session.attendance) where.lines.push_back(list.source);
    findings.push_back(make_finding(
        Severity::kError, "vote.no_quorum", where,
        fmt::format("Quorum non atteint : {} présents sur {} membres avec voix délibérative.",
                    present, voting_members),
        {count_value("présents", present), count_value("membres", voting_members)}));
  }
  return findings;
}

}  // namespace octroi
