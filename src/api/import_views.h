// The JSON of the imports screen (docs/api.md, « Imports »): what a reader
// made of an uploaded text or table — its kind, how it was read (encoding,
// separator, sheet, columns; the annex's lines in a text), the programme it
// describes, rows and sums per theme, and every line it could not read —,
// then what the import did or would do.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "import/import_input.h"
#include "service/import_programme.h"

namespace octroi::api {

nlohmann::json import_report_json(const ImportInput& input, const std::string& file_name);
nlohmann::json import_outcome_json(const ImportOutcome& outcome);

}  // namespace octroi::api
