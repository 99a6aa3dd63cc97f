// SqliteProgrammeRepository: the ProgrammeRepository on the embedded SQLite
// database (WAL, foreign keys, migrations applied at open). Every write runs
// in one immediate transaction; only prepared statements are used.
#pragma once

#include <memory>
#include <string>

#include "store/sql_programme_repository.h"
#include "store/sqlite/sqlite_database.h"

namespace octroi::store {

class SqliteProgrammeRepository final
    : public SqlProgrammeRepository<sqlite::Database, sqlite::Transaction> {
 public:
  // Opens or creates the database at `path` and brings its schema up to date.
  static Result<std::unique_ptr<SqliteProgrammeRepository>> open(const std::string& path);

  // Copies the whole database, while others may keep reading and writing,
  // into `file` (SQLite online backup API): written under a temporary name
  // in the same folder, then renamed, so `file` is never half-written.
  Status backup_to(const std::string& file);

 private:
  explicit SqliteProgrammeRepository(sqlite::Database database)
      : SqlProgrammeRepository(std::move(database)) {}
};

}  // namespace octroi::store
