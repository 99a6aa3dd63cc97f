#include "api/finding_json.h"

#include <algorithm>
#include <string>

namespace octroi::api {
namespace {

nlohmann::json where_json(const Where& where) {
  nlohmann::json json = nlohmann::json::object();
  if (where.theme) json["theme"] = *where.theme;
  if (where.operation) json["operation"] = *where.operation;
  if (!where.organisation.empty()) json["organisation"] = where.organisation;
  if (!where.row.empty()) json["row"] = where.row;
  if (!where.article.empty()) json["article"] = where.article;
  if (!where.member.empty()) json["member"] = where.member;
  nlohmann::json lines = nlohmann::json::array();
  for (const SourceLines& source : where.lines) {
    if (source.line == 0) continue;
    lines.push_back({{"line", source.line}, {"to_line", std::max(source.line, source.to_line)}});
  }
  json["lines"] = lines;
  return json;
}

}  // namespace

nlohmann::json finding_json(const Finding& finding) {
  nlohmann::json values = nlohmann::json::array();
  for (const ComparedValue& value : finding.values) {
    nlohmann::json item = {
        {"label", value.label}, {"printed", value.printed}, {"value", value.value}};
    if (value.line != 0) item["line"] = value.line;
    values.push_back(item);
  }
  return {{"severity", std::string(to_key(finding.severity))},
          {"code", finding.code},
          {"where", where_json(finding.where)},
          {"message", finding.message},
          {"values", values}};
}

nlohmann::json findings_json(std::span<const Finding> findings) {
  nlohmann::json array = nlohmann::json::array();
  for (const Finding& finding : findings) array.push_back(finding_json(finding));
  return array;
}

}  // namespace octroi::api
