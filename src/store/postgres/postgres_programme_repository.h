// PostgresProgrammeRepository: the ProgrammeRepository on a PostgreSQL server
// (libpqxx), with the same SQL and behaviour as the SQLite one; migrations of
// migrations/postgres/ applied at open. Every write runs in one transaction.
#pragma once

#include <memory>
#include <string>

#include "store/postgres/postgres_database.h"
#include "store/sql_programme_repository.h"

namespace octroi::store {

class PostgresProgrammeRepository final
    : public SqlProgrammeRepository<postgres::Database, postgres::Transaction> {
 public:
  // Connects to `url` (postgresql://user@host:port/dbname) and brings its schema up to date.
  static Result<std::unique_ptr<PostgresProgrammeRepository>> open(const std::string& url);

 private:
  explicit PostgresProgrammeRepository(postgres::Database database)
      : SqlProgrammeRepository(std::move(database)) {}
};

}  // namespace octroi::store
