// SqliteProgrammeRepository: the ProgrammeRepository on the embedded SQLite
// database (WAL, foreign keys, migrations applied at open). Every write runs
// in one immediate transaction; only prepared statements are used.
#pragma once

#include <memory>
#include <string>

#include "service/programme_repository.h"
#include "store/sqlite/sqlite_database.h"

namespace octroi::store {

class SqliteProgrammeRepository final : public ProgrammeRepository {
 public:
  // Opens or creates the database at `path` and brings its schema up to date.
  static Result<std::unique_ptr<SqliteProgrammeRepository>> open(const std::string& path);

  Result<std::vector<ProgrammeSummary>> list_programmes() override;
  Result<std::optional<ProgrammeSummary>> find_programme(const std::string& id) override;
  Result<std::optional<ProgrammeSummary>> find_by_digest(const std::string& digest) override;
  Status save_programme(const ProgrammeDataset& dataset, const DatasetSource& source,
                        const Stamp& stamp, bool replace) override;
  Result<std::vector<AnnexLine>> annex_lines(const std::string& id) override;
  Result<DatasetSource> dataset_source(const std::string& id) override;

  sqlite::Database& database() { return database_; }

 private:
  explicit SqliteProgrammeRepository(sqlite::Database database) : database_(std::move(database)) {}
  Result<std::vector<ProgrammeSummary>> summaries(const std::string& where,
                                                  const std::string& argument);

  sqlite::Database database_;
};

}  // namespace octroi::store
