// HttpExchange: what every route shares about one request and its answer:
// the Reply a handler returns (JSON by default, or a file), reading the JSON
// body and its fields with French errors naming the field, the cookie, and
// writing a Reply or an Error (through error_status.h) into the response.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/date.h"

namespace octroi::api {

using Json = nlohmann::json;

// What a handler answers: JSON (the default) or a file.
struct Reply {
  int status = 200;
  Json body = Json::object();
  std::string raw{};           // when not empty: sent as is, with content_type
  std::string content_type{};  // of raw
  httplib::Headers headers{};
  bool no_content = false;
};

// A reply whose JSON is already serialised (the snapshot's cached bodies).
Reply json_reply(std::string serialised);
// A file to download: its bytes, media type and the name the browser saves
// it under (Content-Disposition: attachment).
Reply download(std::string content, std::string content_type, const std::string& file_name);

std::string cookie_value(const httplib::Request& request, std::string_view name);
bool is_mutation(const httplib::Request& request);
// kParse unless the body is a JSON object.
Result<Json> parse_body(const httplib::Request& request);
Error field_error(ErrorCode code, std::string message, std::string field);
// A string field; "" when absent and not required (kMissingField otherwise),
// kInvalidValue when not a string. Errors name the field.
Result<std::string> string_field(const Json& body, const std::string& name, bool required);
// A required text field, blank refused with a French message naming it by `label`.
Result<std::string> required_text(const Json& body, const std::string& name,
                                  std::string_view label);
// A required date (JJ/MM/AAAA, AAAA-MM-JJ, « 1er janvier 2022 »…).
Result<Date> date_field(const Json& body, const std::string& name, std::string_view label);
// The version of the record the user read: a JSON integer ≥ 1, else
// kMissingField with `message` (« rechargez … »).
Result<int> version_field(const Json& body, std::string_view message);

void send_reply(httplib::Response& response, const Reply& reply);
// The error's status and JSON body; server errors are logged with the path.
void send_error(const httplib::Request& request, httplib::Response& response, const Error& error);

}  // namespace octroi::api
