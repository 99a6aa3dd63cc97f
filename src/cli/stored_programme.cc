// StoredProgramme: the dataset from the store, parameters from their folder.
#include "cli/stored_programme.h"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>

#include "import/import.h"
#include "import/stored_dataset.h"
#include "store/store.h"

namespace octroi::cli {

std::string parameters_folder_for(const std::string& requested) {
  if (!requested.empty()) return requested;
  if (const char* folder = std::getenv("OCTROI_PARAMETERS"); folder != nullptr && *folder != '\0') {
    return folder;
  }
  return (std::filesystem::path("data") / "parameters").string();
}

Result<ParameterSet> load_parameter_set(const std::string& folder) {
  OCTROI_TRY(std::vector<Parameter> parameters, load_parameters(folder));
  return ParameterSet::create(std::move(parameters));
}

Result<StoredProgramme> load_stored_programme(const GlobalOptions& options,
                                              const std::string& programme_id,
                                              const std::string& parameters_folder) {
  OCTROI_TRY(auto repository, store::open_repository(options.database_url));
  const std::filesystem::path folder = parameters_folder_for(parameters_folder);
  DatasetLoadOptions load_options;
  OCTROI_TRY(load_options.parameters, load_parameters(folder));
  OCTROI_TRY(ProgrammeDataset dataset,
             load_stored_dataset(*repository, programme_id, load_options));
  if (!dataset.session.date.value) {
    return Error(ErrorCode::kMissingField,
                 "date de la séance absente de session.yaml : date d'effet inconnue");
  }
  OCTROI_TRY(ParameterSet parameters, ParameterSet::create(dataset.parameters));
  const Date date = *dataset.session.date.value;
  return StoredProgramme{std::move(dataset), std::move(parameters), date, folder.string()};
}

}  // namespace octroi::cli
