// StoredProgramme: a programme read back from the database for the rule
// commands (explain, payments, simulate): its dataset as imported, the
// parameters it is computed with, and its date of effect (the session date).
// Parameters are not stored with the dataset: they are read at computation
// time from the folder given by --parameters, else OCTROI_PARAMETERS, else
// data/parameters/ under the current directory (docs/cli.md).
#pragma once

#include <string>

#include "base/result.h"
#include "calendar/date.h"
#include "cli/command.h"
#include "domain/programme_dataset.h"
#include "rules/rules.h"

namespace octroi::cli {

struct StoredProgramme {
  ProgrammeDataset dataset;
  ParameterSet parameters;
  Date date_of_effect;
  std::string parameters_folder;
};

// The parameters folder: `requested` when given, else OCTROI_PARAMETERS, else
// data/parameters under the current directory.
std::string parameters_folder_for(const std::string& requested);

// The parameters of that folder as a ParameterSet (the loader's errors: a
// missing folder, a malformed file).
Result<ParameterSet> load_parameter_set(const std::string& folder);

// kNotFound for an unknown programme; the loader's errors otherwise
// (kMissingField when the session has no date).
Result<StoredProgramme> load_stored_programme(const GlobalOptions& options,
                                              const std::string& programme_id,
                                              const std::string& parameters_folder);

}  // namespace octroi::cli
