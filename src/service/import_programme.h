// The "import a programme" use case, shared by the CLI and the web API: refuses
// a second import of the same document or a programme id already taken unless
// replacing, and writes everything in one transaction (or nothing on dry run).
#pragma once

#include <string>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "service/programme_repository.h"

namespace octroi {

struct ImportOptions {
  std::string programme_id{};  // --as: empty keeps the dataset's id
  bool dry_run = false;
  bool replace = false;
};

struct ImportOutcome {
  std::string programme_id{};
  int award_count = 0;
  int declared_total_count = 0;
  int organisation_count = 0;
  Amount total{};
  bool written = false;   // false on a dry run
  bool replaced = false;  // an existing programme was replaced
};

// kDuplicate, saying which programme holds the same document or the same id
// and since when; the caller adds how to go on (--replace, --as; a checkbox).
Result<ImportOutcome> import_programme(ProgrammeRepository& repository, ProgrammeDataset dataset,
                                       const DatasetSource& source, const ImportOptions& options,
                                       const Stamp& stamp);

}  // namespace octroi
