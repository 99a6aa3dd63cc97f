// Applies the embedded migrations that a SQLite database has not seen yet,
// each in its own transaction, recording them in schema_migrations.
#pragma once

#include "base/result.h"
#include "store/sqlite/sqlite_database.h"

namespace octroi::store {

// Returns how many migrations were applied (0 when the schema is current).
// kIo when the database is newer than this program (an unknown version is recorded).
Result<int> migrate(sqlite::Database& database);

}  // namespace octroi::store
