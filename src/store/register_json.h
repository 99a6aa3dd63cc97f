// Canonical JSON (sorted keys, no spaces) of the register of the sessions
// part of Octroi, as the journal records it: a Member with its mandates, an
// Interest and the Authority; and the decoders back. Written and read like a
// session (store/session_json.h): dates as ISO 8601 text, an absent optional
// value as null, a bad document an Error naming the field, never an
// exception; the decoders then run the domain's create(), so a decoded value
// is always valid.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/authority.h"
#include "domain/interest.h"
#include "domain/member.h"

namespace octroi::store {

std::string member_json(const Member& member);
std::string interest_json(const Interest& interest);
std::string authority_json(const Authority& authority);

Result<Member> member_from_json(std::string_view text);
Result<Interest> interest_from_json(std::string_view text);
Result<Authority> authority_from_json(std::string_view text);

}  // namespace octroi::store
