#include "store/postgres/postgres_programme_repository.h"

#include "store/migration_runner.h"

namespace octroi::store {

Result<std::unique_ptr<PostgresProgrammeRepository>> PostgresProgrammeRepository::open(
    const std::string& url) {
  OCTROI_TRY(auto database, postgres::Database::open(url));
  OCTROI_TRY(int applied, migrate(database));
  (void)applied;
  return std::unique_ptr<PostgresProgrammeRepository>(
      new PostgresProgrammeRepository(std::move(database)));
}

}  // namespace octroi::store
