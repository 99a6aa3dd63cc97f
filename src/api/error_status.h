// ErrorStatus: the one place where an Error becomes an HTTP status and a JSON
// body {"error": {"code", "message", "field"}} (docs/api.md).
#pragma once

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace octroi::api {

int http_status(ErrorCode code);
nlohmann::json error_json(const Error& error);

}  // namespace octroi::api
