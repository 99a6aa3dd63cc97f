// FindingJson: the JSON form of the checker's findings, one shape for
// `octroi check --format json` and the web API (docs/api.md, DESIGN.md):
// severity, code, where, message (French) and the values compared.
#pragma once

#include <nlohmann/json.hpp>
#include <span>

#include "checks/checks.h"

namespace octroi::api {

nlohmann::json finding_json(const Finding& finding);
nlohmann::json findings_json(std::span<const Finding> findings);

}  // namespace octroi::api
