#include "api/error_status.h"

#include <string>

namespace octroi::api {

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kForbidden:
    case ErrorCode::kCsrf:
      return 403;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
    case ErrorCode::kDuplicate:
      return 409;
    case ErrorCode::kRateLimited:
      return 429;
    case ErrorCode::kIo:
    case ErrorCode::kInternal:
    case ErrorCode::kDocumentMismatch:
      return 500;
    default:
      // Every other code says that an input was wrong: an amount, a date, a
      // field, a formula, a file uploaded...
      return 400;
  }
}

nlohmann::json error_json(const Error& error) {
  nlohmann::json body = {{"code", std::string(error_code_name(error.code()))},
                         {"message", error.message()}};
  if (!error.location().field.empty()) body["field"] = error.location().field;
  return {{"error", body}};
}

}  // namespace octroi::api
