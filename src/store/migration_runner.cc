#include "store/migration_runner.h"

#include <fmt/format.h>

#include "store/migration.h"

namespace octroi::store {

Result<int> migrate(sqlite::Database& database) {
  OCTROI_TRY_STATUS(database.execute(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
      " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"));
  OCTROI_TRY(auto latest,
             database.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations"));
  OCTROI_TRY(bool has_row, latest.step());
  std::int64_t current = has_row ? latest.int64(0) : 0;
  latest.reset();

  const auto& all = migrations();
  std::int64_t known = all.empty() ? 0 : all.back().version;
  if (current > known) {
    return Error(ErrorCode::kIo,
                 fmt::format("la base « {} » est au schéma {} mais ce programme ne connaît que le "
                             "schéma {} : mettez Octroi à jour",
                             database.path(), current, known));
  }
  int applied = 0;
  for (const Migration& migration : all) {
    if (migration.version <= current) continue;
    OCTROI_TRY(auto transaction, sqlite::Transaction::begin(database));
    OCTROI_TRY_STATUS(database.execute(migration.sql));
    OCTROI_TRY(auto record,
               database.prepare("INSERT INTO schema_migrations(version, name) VALUES (?, ?)"));
    record.bind(1, static_cast<std::int64_t>(migration.version)).bind(2, migration.name);
    OCTROI_TRY_STATUS(record.run());
    OCTROI_TRY_STATUS(transaction.commit());
    ++applied;
  }
  return applied;
}

}  // namespace octroi::store
