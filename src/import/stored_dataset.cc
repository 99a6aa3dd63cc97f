#include "import/stored_dataset.h"

#include <filesystem>
#include <fmt/format.h>

#include "service/current_awards.h"

namespace octroi {

std::string stored_folder_name(const DatasetSource& source) {
  std::filesystem::path origin(source.origin);
  if (!origin.has_filename()) origin = origin.parent_path();
  return origin.filename().string();
}

Result<ProgrammeDataset> load_stored_dataset(ProgrammeRepository& repository,
                                             const std::string& programme_id,
                                             const DatasetLoadOptions& options) {
  OCTROI_TRY(auto programme, repository.find_programme(programme_id));
  if (!programme) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("programme inconnu « {} » (octroi list affiche ceux de la base)",
                             programme_id));
  }
  OCTROI_TRY(DatasetSource source, repository.dataset_source(programme_id));
  // Imported under another id (--as): the id it was stored as.
  DatasetLoadOptions stored = options;
  OCTROI_TRY(stored.stored_as, ProgrammeId::parse(programme_id));
  OCTROI_TRY(ProgrammeDataset dataset,
             load_dataset_files(stored_folder_name(source), source.files, stored));
  OCTROI_TRY(auto records, repository.award_records(programme_id));
  OCTROI_TRY_STATUS(apply_award_records(dataset, records));
  return dataset;
}

Result<std::vector<std::vector<FundedOrganisation>>> funded_by_agenda(
    ProgrammeRepository& repository, const Session& session) {
  std::vector<std::vector<FundedOrganisation>> funded;
  for (const AgendaItem& item : session.agenda) {
    if (item.programme.empty()) {
      funded.emplace_back();
      continue;
    }
    OCTROI_TRY(ProgrammeDataset dataset, load_stored_dataset(repository, item.programme));
    funded.push_back(funded_organisations(dataset));
  }
  return funded;
}

}  // namespace octroi
