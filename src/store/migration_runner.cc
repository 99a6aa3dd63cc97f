#include "store/migration_runner.h"

#include <fmt/format.h>

#include "store/migration.h"

namespace octroi::store {
namespace {

// The PostgreSQL advisory lock that serialises migrations ("octroi" in ASCII).
constexpr std::int64_t kMigrationLock = 0x6f6374726f69;

template <typename Database, typename Transaction>
Result<int> apply(Database& database, const std::vector<Migration>& all,
                  std::string_view create_table) {
  OCTROI_TRY_STATUS(database.execute(create_table));
  OCTROI_TRY(auto latest,
             database.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations"));
  OCTROI_TRY(bool has_row, latest.step());
  std::int64_t current = has_row ? latest.int64(0) : 0;
  latest.reset();

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
    OCTROI_TRY(auto transaction, Transaction::begin(database));
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

}  // namespace

Result<int> migrate(sqlite::Database& database) {
  return apply<sqlite::Database, sqlite::Transaction>(
      database, migrations(),
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
      " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
}

Result<int> migrate(postgres::Database& database) {
  // Two programs opening a fresh database at once: the second waits here,
  // then finds the schema current. The lock ends with the session at worst.
  OCTROI_TRY(auto lock, database.prepare("SELECT pg_advisory_lock(?1)"));
  OCTROI_TRY_STATUS(lock.bind(1, kMigrationLock).run());
  auto applied = apply<postgres::Database, postgres::Transaction>(
      database, postgres_migrations(),
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
      " applied_at TEXT NOT NULL"
      " DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))");
  OCTROI_TRY(auto unlock, database.prepare("SELECT pg_advisory_unlock(?1)"));
  OCTROI_TRY_STATUS(unlock.bind(1, kMigrationLock).run());
  return applied;
}

}  // namespace octroi::store
