#include "api/http_exchange.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "api/error_status.h"

namespace octroi::api {

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
