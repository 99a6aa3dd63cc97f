// SessionRepository: what the sessions part of Octroi needs from storage —
// the authority, the register of members (with their mandates) and of their
// declared interests, and the sessions with their agenda, attendance,
// proxies, recusals and votes. Implemented once for both backends in
// store/sql_session_repository.h. Every write is one transaction with its
// audit-journal entries (entities "authority", "member", "interest",
// "session"; before and after as canonical JSON).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/authority.h"
#include "domain/interest.h"
#include "domain/member.h"
#include "domain/session.h"
#include "service/programme_repository.h"

namespace octroi {

// A session as stored: the version optimistic concurrency compares (1 when
// recorded, +1 at each change) and who changed it last.
struct StoredSession {
  Session session;
  int version = 0;
  std::string updated_at{};
  std::string updated_by{};
};

struct SessionSummary {
  SessionId id{};
  std::string date{};  // ISO 8601
  DeliberativeBody body = DeliberativeBody::kStandingCommittee;
  int agenda_items = 0;
  int version = 0;
};

// What `octroi session record` writes at once: the authority, the members
// (created or replaced) and a new session.
struct SessionBundle {
  std::optional<Authority> authority{};
  std::vector<Member> members{};
  std::optional<Session> session{};
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;

  // The authority; empty fields when it was never set.
  virtual Result<Authority> authority() = 0;
  virtual Status save_authority(const Authority& authority, const Stamp& stamp) = 0;

  // Every member with its mandates, by rank then id.
  virtual Result<std::vector<Member>> members() = 0;
  // Creates the member or replaces it (mandates included).
  virtual Status save_member(const Member& member, const Stamp& stamp) = 0;

  // Every interest of the register, by member then id.
  virtual Result<std::vector<Interest>> interests() = 0;
  // Records the interest and returns it with its id. kNotFound for an unknown member.
  virtual Result<Interest> add_interest(Interest interest, const Stamp& stamp) = 0;
  // Closes interest `id` on `end`. kNotFound for an unknown id.
  virtual Status end_interest(std::int64_t id, Date end, const Stamp& stamp) = 0;

  virtual Result<std::vector<SessionSummary>> sessions() = 0;
  virtual Result<std::optional<StoredSession>> find_session(const SessionId& id) = 0;
  // Creates the session when `expected_version` is 0 (kDuplicate when it
  // exists), else replaces it when its stored version is `expected_version`
  // (kConflict naming who changed it and when otherwise). Returns the new version.
  virtual Result<int> save_session(const Session& session, int expected_version,
                                   const Stamp& stamp) = 0;

  // All of `bundle` in one transaction: nothing is written when one part fails.
  virtual Status record(const SessionBundle& bundle, const Stamp& stamp) = 0;
};

}  // namespace octroi
