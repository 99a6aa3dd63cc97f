// ProgrammeSnapshot: one programme as the web application shows it at one
// revision: its dataset with the current award values, its award records
// (versions), its parameters and date of effect, and the checker's findings.
// SnapshotCache keeps the parsed dataset files per digest (parsing is the
// costly part) and the last snapshot per programme, rebuilt only when the
// programme's revision (file digest + award versions) changes — so an edit
// made by another process, or by the CLI, shows on the next request.
// Thread safety: SnapshotCache may be used from every server thread.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "checks/checks.h"
#include "domain/parameter.h"
#include "domain/programme_dataset.h"
#include "rules/rules.h"
#include "service/programme_repository.h"

namespace octroi::api {

struct ProgrammeSnapshot {
  ProgrammeSummary summary;
  ProgrammeDataset dataset;          // current values (edits applied)
  std::vector<AwardRecord> records;  // in printed order
  std::optional<ParameterSet> parameters;
  std::optional<Date> date_of_effect;  // the session date
  std::vector<Finding> findings;
  std::string revision;
  // The annex and dashboard JSON, serialised once per revision: the two
  // screens every user opens first, and the benchmark's endpoint.
  std::string annex_body;
  std::string dashboard_body;

  const AwardRecord* find_record(std::string_view award_id) const;
};

class SnapshotCache {
 public:
  // `parameters`: the parameter files the datasets are loaded with (nullopt:
  // none available; the rules family then reports itself not checked).
  explicit SnapshotCache(std::optional<std::vector<Parameter>> parameters)
      : parameters_(std::move(parameters)) {}

  // kNotFound for an unknown programme; loader errors otherwise.
  Result<std::shared_ptr<const ProgrammeSnapshot>> snapshot(ProgrammeRepository& repository,
                                                            const std::string& programme_id);

 private:
  Result<std::shared_ptr<const ProgrammeDataset>> base_dataset(ProgrammeRepository& repository,
                                                               const ProgrammeSummary& summary);

  std::optional<std::vector<Parameter>> parameters_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const ProgrammeDataset>> by_digest_;
  std::map<std::string, std::shared_ptr<const ProgrammeSnapshot>> by_programme_;
};

}  // namespace octroi::api
