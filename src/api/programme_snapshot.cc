#include "api/programme_snapshot.h"

#include <fmt/format.h>

#include "api/views.h"
#include "import/import.h"
#include "import/stored_dataset.h"
#include "service/current_awards.h"

namespace octroi::api {

const AwardRecord* ProgrammeSnapshot::find_record(std::string_view award_id) const {
  for (const AwardRecord& record : records) {
    if (record.award_id == award_id) return &record;
  }
  return nullptr;
}

Result<std::shared_ptr<const ProgrammeDataset>> SnapshotCache::base_dataset(
    ProgrammeRepository& repository, const ProgrammeSummary& summary) {
  {
    std::lock_guard lock(mutex_);
    auto found = by_digest_.find(summary.digest);
    if (found != by_digest_.end()) return found->second;
  }
  OCTROI_TRY(DatasetSource source, repository.dataset_source(summary.id));
  DatasetLoadOptions options;
  options.parameters = parameters_;
  OCTROI_TRY(options.stored_as, ProgrammeId::parse(summary.id));  // imported --as another id
  OCTROI_TRY(ProgrammeDataset dataset,
             load_dataset_files(stored_folder_name(source), source.files, options));
  auto shared = std::make_shared<const ProgrammeDataset>(std::move(dataset));
  std::lock_guard lock(mutex_);
  by_digest_[summary.digest] = shared;
  return shared;
}

Result<std::shared_ptr<const ProgrammeSnapshot>> SnapshotCache::snapshot(
    ProgrammeRepository& repository, const std::string& programme_id) {
  // The common case, a programme unchanged since the last request, costs one query.
  OCTROI_TRY(std::string revision, repository.programme_revision(programme_id));
  if (revision.empty()) {
    return Error(ErrorCode::kNotFound, fmt::format("programme inconnu « {} »", programme_id));
  }
  {
    std::lock_guard lock(mutex_);
    auto found = by_programme_.find(programme_id);
    if (found != by_programme_.end() && found->second->revision == revision) {
      return found->second;
    }
  }
  OCTROI_TRY(auto summary, repository.find_programme(programme_id));
  if (!summary) {
    return Error(ErrorCode::kNotFound, fmt::format("programme inconnu « {} »", programme_id));
  }
  OCTROI_TRY(std::vector<AwardRecord> records, repository.award_records(programme_id));
  // The snapshot's revision is computed from what it holds (programme_revision's
  // form): a change made while reading gives a revision that the next request
  // will not match, so the snapshot is rebuilt then, never kept stale.
  std::int64_t versions = 0;
  for (const AwardRecord& record : records) versions += record.version;
  revision =
      programme_revision_text(summary->digest, static_cast<std::int64_t>(records.size()), versions);

  OCTROI_TRY(auto base, base_dataset(repository, *summary));
  auto snapshot = std::make_shared<ProgrammeSnapshot>();
  snapshot->summary = std::move(*summary);
  snapshot->dataset = *base;
  OCTROI_TRY_STATUS(apply_award_records(snapshot->dataset, records));
  snapshot->records = std::move(records);
  snapshot->revision = std::move(revision);
  snapshot->date_of_effect = snapshot->dataset.session.date.value;
  if (parameters_) {
    auto parameters = ParameterSet::create(snapshot->dataset.parameters);
    if (parameters.ok()) snapshot->parameters = std::move(*parameters);
  }
  if (snapshot->parameters && snapshot->date_of_effect) {
    snapshot->findings =
        check_programme(snapshot->dataset, *snapshot->parameters, *snapshot->date_of_effect);
  } else {
    snapshot->findings = check_programme(snapshot->dataset);
    snapshot->findings.push_back(rules_not_checked(
        snapshot->parameters ? "date de la séance absente : date d'effet inconnue"
                             : "paramètres des règles de financement indisponibles"));
  }
  snapshot->annex_body = annex_json(*snapshot).dump();
  snapshot->dashboard_body = dashboard_json(*snapshot).dump();
  std::shared_ptr<const ProgrammeSnapshot> result = std::move(snapshot);
  std::lock_guard lock(mutex_);
  by_programme_[programme_id] = result;
  return result;
}

}  // namespace octroi::api
