// StoredDataset: a programme read back from the database as it stands now:
// its dataset files as imported, loaded by the strict loader, with the
// awards' current values (staff edits) applied (service/current_awards.h).
// Shared by the CLI and the web API so both see the same programme.
#pragma once

#include <string>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "import/import.h"
#include "service/programme_repository.h"
#include "service/session_rules.h"

namespace octroi {

// kNotFound naming the programme when the base does not hold it; the loader's
// errors otherwise.
Result<ProgrammeDataset> load_stored_dataset(ProgrammeRepository& repository,
                                             const std::string& programme_id,
                                             const DatasetLoadOptions& options = {});

// The folder name a stored dataset's programme.yaml must match: the last
// component of its origin ("data/pas-de-calais-2023-phase4/").
std::string stored_folder_name(const DatasetSource& source);

// For each report on the session's agenda, in order, the organisations its
// programme funds (current awards); none for a report without a programme.
// kNotFound naming the programme when the base does not hold it.
Result<std::vector<std::vector<FundedOrganisation>>> funded_by_agenda(
    ProgrammeRepository& repository, const Session& session);

}  // namespace octroi
