// Session edits (see session_edits.h).
#include "service/session_edits.h"

#include <algorithm>
#include <fmt/format.h>

namespace octroi {

Result<int> change_session(SessionRepository& repository, const SessionId& id, int read_version,
                           const std::function<Status(Session&)>& change, const Stamp& stamp) {
  OCTROI_TRY(std::optional<StoredSession> stored, repository.find_session(id));
  if (!stored) {
    return Error(ErrorCode::kNotFound, fmt::format("séance inconnue : « {} »", id.key()),
                 Location::of_field("session"));
  }
  const int version = read_version == 0 ? stored->version : read_version;
  Session session = stored->session;
  OCTROI_TRY_STATUS(change(session));
  OCTROI_TRY(Session valid, Session::create(std::move(session)));
  return repository.save_session(valid, version, stamp);
}

Result<int> add_agenda_item(SessionRepository& repository, const SessionId& id, int read_version,
                            AgendaItem item, const Stamp& stamp) {
  return change_session(
      repository, id, read_version,
      [&](Session& session) -> Status {
        if (session.position_of(item.report)) {
          return Error(ErrorCode::kDuplicate,
                       fmt::format("le rapport « {} » est déjà à l'ordre du jour de la séance {}",
                                   item.report.key(), session.id.key()),
                       Location::of_field("report"));
        }
        session.agenda.push_back(item);
        return ok_status();
      },
      stamp);
}

Result<int> set_attendance(SessionRepository& repository, const SessionId& id, int read_version,
                           SessionMember attendance, const Stamp& stamp) {
  OCTROI_TRY(std::vector<Member> members, repository.members());
  const bool known = std::any_of(members.begin(), members.end(), [&](const Member& member) {
    return member.id == attendance.member;
  });
  if (!known) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("élu inconnu du registre : « {} »", attendance.member.key()),
                 Location::of_field("member"));
  }
  return change_session(
      repository, id, read_version,
      [&](Session& session) -> Status {
        for (SessionMember& entry : session.members) {
          if (entry.member == attendance.member) {
            entry = attendance;
            return ok_status();
          }
        }
        session.members.push_back(attendance);
        return ok_status();
      },
      stamp);
}

Result<int> add_proxy(SessionRepository& repository, const SessionId& id, int read_version,
                      Proxy proxy, const Stamp& stamp) {
  return change_session(
      repository, id, read_version,
      [&](Session& session) -> Status {
        session.proxies.push_back(proxy);
        return ok_status();
      },
      stamp);
}

Result<int> add_recusal(SessionRepository& repository, const SessionId& id, int read_version,
                        Recusal recusal, const Stamp& stamp) {
  return change_session(
      repository, id, read_version,
      [&](Session& session) -> Status {
        session.recusals.push_back(recusal);
        return ok_status();
      },
      stamp);
}

Result<int> record_vote(SessionRepository& repository, const VoteRecord& record,
                        const std::vector<FundedOrganisation>& funded, const Stamp& stamp) {
  OCTROI_TRY(Vote vote, Vote::create(record.vote));
  OCTROI_TRY(std::vector<Interest> interests, repository.interests());
  return change_session(
      repository, record.session, record.read_version,
      [&](Session& session) -> Status {
        const std::optional<int> position = session.position_of(record.report);
        if (!position) {
          return Error(ErrorCode::kNotFound,
                       fmt::format("le rapport « {} » n'est pas à l'ordre du jour de la séance {}",
                                   record.report.key(), session.id.key()),
                       Location::of_field("report"));
        }
        const std::vector<RequiredRecusal> required =
            required_recusals(interests, funded, session.date);
        const std::vector<Recusal> recusals = effective_recusals(session, record.report, required);
        const std::vector<VoteProblem> problems = vote_problems(
            vote, voting_roll(session, *position, recusals), quorum_at(session, *position));
        if (!problems.empty()) {
          std::string message =
              fmt::format("vote refusé sur le rapport « {} » :", record.report.key());
          for (const VoteProblem& problem : problems) message += " " + problem.message;
          return Error(ErrorCode::kInvalidValue, std::move(message),
                       Location::of_field(problems.front().field));
        }
        for (const RequiredRecusal& entry : required) {
          if (!session.is_recused(entry.member, record.report)) {
            session.recusals.push_back({.report = record.report, .member = entry.member});
          }
        }
        AgendaItem& item = session.agenda[static_cast<std::size_t>(*position - 1)];
        item.vote = vote;
        item.casting_vote_for = record.casting_vote_for;
        return ok_status();
      },
      stamp);
}

}  // namespace octroi
