#include "api/http_exchange.h"

#include <fmt/format.h>
#include <limits>
#include <spdlog/spdlog.h>

#include "api/error_status.h"
#include "calendar/parse.h"

namespace octroi::api {

Reply download(std::string content, std::string content_type, const std::string& file_name) {
  Reply reply;
  reply.raw = std::move(content);
  reply.content_type = std::move(content_type);
  reply.headers.emplace("Content-Disposition",
                        fmt::format("attachment; filename=\"{}\"", file_name));
  return reply;
}

Reply json_reply(std::string serialised) {
  Reply reply;
  reply.raw = std::move(serialised);
  reply.content_type = "application/json; charset=utf-8";
  return reply;
}

std::string cookie_value(const httplib::Request& request, std::string_view name) {
  const std::string header = request.get_header_value("Cookie");
  std::string_view rest = header;
  while (!rest.empty()) {
    const std::size_t end = rest.find(';');
    std::string_view part = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    const std::size_t equals = part.find('=');
    if (equals != std::string_view::npos && part.substr(0, equals) == name) {
      return std::string(part.substr(equals + 1));
    }
  }
  return {};
}

bool is_mutation(const httplib::Request& request) {
  return request.method != "GET" && request.method != "HEAD" && request.method != "OPTIONS";
}

Result<Json> parse_body(const httplib::Request& request) {
  Json body = Json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return Error(ErrorCode::kParse, "corps de requête illisible : un objet JSON est attendu");
  }
  return body;
}

Error field_error(ErrorCode code, std::string message, std::string field) {
  return Error(code, std::move(message), Location::of_field(std::move(field)));
}

Result<std::string> string_field(const Json& body, const std::string& name, bool required) {
  auto found = body.find(name);
  if (found == body.end() || found->is_null()) {
    if (!required) return std::string();
    return field_error(ErrorCode::kMissingField, fmt::format("champ « {} » manquant", name), name);
  }
  if (!found->is_string()) {
    return field_error(ErrorCode::kInvalidValue,
                       fmt::format("champ « {} » : une chaîne de caractères est attendue", name),
                       name);
  }
  return found->get<std::string>();
}

Result<std::string> required_text(const Json& body, const std::string& name,
                                  std::string_view label) {
  OCTROI_TRY(std::string value, string_field(body, name, false));
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
    return field_error(ErrorCode::kMissingField, fmt::format("{} : champ obligatoire", label),
                       name);
  }
  return value;
}

Result<Date> date_field(const Json& body, const std::string& name, std::string_view label) {
  OCTROI_TRY(std::string text, required_text(body, name, label));
  auto date = parse_date(text);
  if (!date.ok()) {
    return field_error(date.error().code(), fmt::format("{} : {}", label, date.error().message()),
                       name);
  }
  return *date;
}

Result<int> version_field(const Json& body, std::string_view message) {
  auto version = body.find("version");
  if (version == body.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1 ||
      version->get<std::int64_t>() > std::numeric_limits<int>::max()) {
    return field_error(ErrorCode::kMissingField, std::string(message), "version");
  }
  return static_cast<int>(version->get<std::int64_t>());
}

void send_reply(httplib::Response& response, const Reply& reply) {
  response.status = reply.status;
  for (const auto& [name, value] : reply.headers) response.set_header(name, value);
  response.set_header("Cache-Control", "no-store");
  if (reply.no_content) return;
  if (!reply.raw.empty()) {
    response.set_content(reply.raw, reply.content_type);
  } else {
    response.set_content(reply.body.dump(-1, ' ', false, Json::error_handler_t::replace),
                         "application/json; charset=utf-8");
  }
}

void send_error(const httplib::Request& request, httplib::Response& response, const Error& error) {
  Reply reply;
  reply.status = http_status(error.code());
  reply.body = error_json(error);
  if (reply.status >= 500) {
    spdlog::error("{} {} : {}", request.method, request.path, error.message());
  }
  send_reply(response, reply);
}

}  // namespace octroi::api
