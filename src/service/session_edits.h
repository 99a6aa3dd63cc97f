// The use cases that change a recorded session, shared by the CLI and the web
// API. Each reads the session, applies one change, re-validates the whole
// session (domain rules: one proxy per member, recusals of listed members...)
// and saves it with its journal entry, given the version the user read
// (0: the current one, for the CLI); a stale version is refused (kConflict).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "service/session_repository.h"
#include "service/session_rules.h"

namespace octroi {

// Reads session `id`, applies `change`, validates and saves. Returns the new
// version. kNotFound for an unknown session; the change's own errors.
Result<int> change_session(SessionRepository& repository, const SessionId& id, int read_version,
                           const std::function<Status(Session&)>& change, const Stamp& stamp);

// Adds a report to the agenda. kDuplicate when it is already on it.
Result<int> add_agenda_item(SessionRepository& repository, const SessionId& id, int read_version,
                            AgendaItem item, const Stamp& stamp);

// Sets a member's attendance (adding the member to the session when unlisted).
Result<int> set_attendance(SessionRepository& repository, const SessionId& id, int read_version,
                           SessionMember attendance, const Stamp& stamp);

// Records a proxy: giver to holder.
Result<int> add_proxy(SessionRepository& repository, const SessionId& id, int read_version,
                      Proxy proxy, const Stamp& stamp);

// Records a member's recusal from a report.
Result<int> add_recusal(SessionRepository& repository, const SessionId& id, int read_version,
                        Recusal recusal, const Stamp& stamp);

struct VoteRecord {
  SessionId session{};
  ReportId report{};
  Vote vote{};
  std::optional<bool> casting_vote_for{};
  int read_version = 0;
};

// Records the vote on a report. The members the register of interests says
// must be recused (an interest in one of `funded`) are recused from it if the
// session does not say so already; the vote is refused (kInvalidValue, naming
// the field and every problem) when its figures exceed who could vote, its
// absents without proxy contradict the attendance, or the quorum is not met.
Result<int> record_vote(SessionRepository& repository, const VoteRecord& record,
                        const std::vector<FundedOrganisation>& funded, const Stamp& stamp);

}  // namespace octroi
