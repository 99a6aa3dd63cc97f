// Applies the embedded migrations that a database has not seen yet, each in
// its own transaction, recording them in schema_migrations. SQLite databases
// take migrations/*.sql, PostgreSQL ones migrations/postgres/*.sql.
#pragma once

#include "base/result.h"
#include "store/postgres/postgres_database.h"
#include "store/sqlite/sqlite_database.h"

namespace octroi::store {

// Returns how many migrations were applied (0 when the schema is current).
// kIo when the database is newer than this program (an unknown version is recorded).
Result<int> migrate(sqlite::Database& database);
Result<int> migrate(postgres::Database& database);

}  // namespace octroi::store
