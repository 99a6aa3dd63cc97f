// Migrations: the numbered SQL files of src/store/migrations/ (SQLite) and
// src/store/migrations/postgres/ (PostgreSQL, same numbers and names),
// embedded in the binary at build time, applied in order, each once and in
// its own transaction.
#pragma once

#include <string_view>
#include <vector>

namespace octroi::store {

struct Migration {
  int version;            // from the file name: 001_initial.sql -> 1
  std::string_view name;  // "001_initial"
  std::string_view sql;
};

// Every SQLite migration, sorted by version (generated from migrations/*.sql).
const std::vector<Migration>& migrations();
// Every PostgreSQL migration, sorted by version (from migrations/postgres/*.sql).
const std::vector<Migration>& postgres_migrations();

}  // namespace octroi::store
