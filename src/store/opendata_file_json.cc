// Canonical JSON of a loaded SCDL file, as the journal records it.
#include <nlohmann/json.hpp>

#include "store/sql_opendata_repository.h"

namespace octroi::store {

std::string opendata_file_json(const OpendataFileSummary& summary) {
  nlohmann::json json;  // keys sorted, no spaces: canonical
  json["digest"] = summary.digest;
  json["file"] = summary.file_name;
  json["rows"] = summary.rows;
  json["total_cents"] = summary.total.cents();
  return json.dump();
}

}  // namespace octroi::store
