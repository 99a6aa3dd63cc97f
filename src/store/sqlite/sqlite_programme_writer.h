// Writes one ProgrammeDataset into the SQLite schema of migrations/. The
// caller holds the transaction: this only inserts, and stops at the first error.
#pragma once

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "service/programme_repository.h"
#include "store/sqlite/sqlite_database.h"

namespace octroi::store {

Status write_programme(sqlite::Database& database, const ProgrammeDataset& dataset,
                       const DatasetSource& source, const Stamp& stamp);

}  // namespace octroi::store
