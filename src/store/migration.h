// Migrations: the numbered SQL files of src/store/migrations/, embedded in the
// binary at build time, applied in order, each once and in its own transaction.
#pragma once

#include <string_view>
#include <vector>

namespace octroi::store {

struct Migration {
  int version;            // from the file name: 001_initial.sql -> 1
  std::string_view name;  // "001_initial"
  std::string_view sql;
};

// Every migration, sorted by version (generated from migrations/*.sql).
const std::vector<Migration>& migrations();

}  // namespace octroi::store
