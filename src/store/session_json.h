// Canonical JSON (sorted keys, no spaces) of a Session, kept whole in
// sessions.document and journaled, and the decoder back; the register's
// values (members, interests, the authority) are in store/register_json.h.
// Dates are ISO 8601 text ("2023-09-18"); an absent optional value is null.
// The decoder never throws: a text that is not JSON is kIo, a field of the
// wrong type or value kInvalidValue naming the field
// ("agenda[2].vote.for.count"); it then runs Session::create(), so a decoded
// session is always valid.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/session.h"

namespace octroi::store {

std::string session_json(const Session& session);

Result<Session> session_from_json(std::string_view text);

}  // namespace octroi::store
