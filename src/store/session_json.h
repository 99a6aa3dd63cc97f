// Canonical JSON (sorted keys, no spaces) of what the sessions part of Octroi
// stores: a Session (kept whole in sessions.document and journaled), a
// Member with its mandates, an Interest of the register and the Authority;
// and the decoders back. Dates are ISO 8601 text ("2023-09-18"); an absent
// optional value is null. The decoders never throw: a text that is not JSON
// is kIo, a field of the wrong type or value kInvalidValue naming the field
// ("agenda[2].vote.for.count"); they then run the domain's create(), so a
// decoded value is always valid.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/authority.h"
#include "domain/interest.h"
#include "domain/member.h"
#include "domain/session.h"

namespace octroi::store {

std::string session_json(const Session& session);
std::string member_json(const Member& member);
std::string interest_json(const Interest& interest);
std::string authority_json(const Authority& authority);

Result<Session> session_from_json(std::string_view text);
Result<Member> member_from_json(std::string_view text);
Result<Interest> interest_from_json(std::string_view text);
Result<Authority> authority_from_json(std::string_view text);

}  // namespace octroi::store
