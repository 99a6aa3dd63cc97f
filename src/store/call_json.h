// Canonical JSON (sorted keys, no spaces) of a Call and of an Application,
// kept whole in calls.document and applications.document and journaled
// before and after each change; and the decoders back. Dates are ISO 8601
// text, amounts integer cents, quantities ten-thousandths (exact integers:
// no floating point); an absent optional value is null. The decoders never
// throw: a malformed document is kIo; a decoded value is validated.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/application.h"
#include "domain/call.h"

namespace octroi::store {

std::string call_json(const Call& call);
Result<Call> call_from_json(std::string_view text);

std::string application_json(const Application& application);
Result<Application> application_from_json(std::string_view text);

}  // namespace octroi::store
