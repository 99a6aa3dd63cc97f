// ProgrammeRepository: what the use cases need from storage, implemented by
// the store module's backends (SQLite today). Every write is one transaction:
// it happens whole or not at all.
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "domain/unit_quantity.h"
#include "money/amount.h"
#include "service/annex_table.h"

namespace octroi {

// The files of a dataset folder, kept verbatim, and their digest.
struct DatasetSource {
  std::string origin{};                        // the folder or file it was read from
  std::map<std::string, std::string> files{};  // file name -> content
  std::string digest{};                        // SHA-256 (hex) over names and contents
};

struct ProgrammeSummary {
  std::string id{};
  std::string title{};
  int year = 0;
  int phase = 0;
  int award_count = 0;
  Amount total{};
  std::string imported_at{};  // ISO 8601, UTC
  std::string imported_by{};
  std::string digest{};
};

// Who and when, for records and the journal; passed in, never read from a clock below service/.
struct Stamp {
  std::string user{};
  std::string time{};  // ISO 8601, UTC
};

// One award as stored, with what optimistic concurrency needs: its version
// (1 at import, +1 at each change) and who changed it last, and when.
struct AwardRecord {
  std::string programme_id{};
  std::string award_id{};
  std::string description{};
  Amount amount{};
  std::optional<UnitQuantity> quantity{};
  std::int64_t version = 0;
  std::string updated_at{};  // ISO 8601, UTC
  std::string updated_by{};
};

// What an edit changes; a field left empty keeps its stored value.
struct AwardChanges {
  std::optional<Amount> amount{};
  std::optional<std::string> description{};
  std::optional<UnitQuantity> quantity{};
  bool empty() const { return !amount && !description && !quantity; }
};

// One entry of the audit journal about an entity, as the award page shows it.
struct HistoryEntry {
  std::int64_t seq = 0;
  std::string time{};
  std::string user{};
  std::string action{};                      // "create", "update", "import"...
  std::optional<std::string> before_json{};  // canonical JSON, as journaled
  std::optional<std::string> after_json{};
};

// The text of a programme revision (see ProgrammeRepository::programme_revision):
// "<digest>:<award count>:<sum of award versions>".
inline std::string programme_revision_text(std::string_view digest, std::int64_t awards,
                                           std::int64_t versions) {
  return fmt::format("{}:{}:{}", digest, awards, versions);
}

class ProgrammeRepository {
 public:
  virtual ~ProgrammeRepository() = default;

  virtual Result<std::vector<ProgrammeSummary>> list_programmes() = 0;
  virtual Result<std::optional<ProgrammeSummary>> find_programme(const std::string& id) = 0;
  // The programme already imported from files with this digest, if any.
  virtual Result<std::optional<ProgrammeSummary>> find_by_digest(const std::string& digest) = 0;

  // Writes the whole programme in one transaction, replacing an existing
  // programme of the same id when `replace` is set (kDuplicate otherwise).
  virtual Status save_programme(const ProgrammeDataset& dataset, const DatasetSource& source,
                                const Stamp& stamp, bool replace) = 0;

  // Annex 4 rows of a programme, in printed order (kNotFound for an unknown id).
  virtual Result<std::vector<AnnexLine>> annex_lines(const std::string& id) = 0;
  // The dataset files of a programme, as imported.
  virtual Result<DatasetSource> dataset_source(const std::string& id) = 0;

  // One award with its version (empty when the programme or the award is unknown).
  virtual Result<std::optional<AwardRecord>> find_award(const std::string& programme_id,
                                                        const std::string& award_id) = 0;
  // Applies `changes` to the award if it is still at `expected_version`, in one
  // transaction with its journal entry, and returns the award as now stored
  // (version + 1). kConflict, naming who changed it and when, when the award
  // has moved on since it was read: never a silent overwrite. kNotFound for an
  // unknown award.
  virtual Result<AwardRecord> update_award(const std::string& programme_id,
                                           const std::string& award_id,
                                           std::int64_t expected_version,
                                           const AwardChanges& changes, const Stamp& stamp) = 0;

  // What changes whenever the programme does: its files' digest, its award
  // count and the sum of its award versions ("<digest>:<count>:<sum>"); empty
  // for an unknown programme. One cheap query, so caches can check it on
  // every request.
  virtual Result<std::string> programme_revision(const std::string& programme_id) = 0;
  // Every award of a programme with its version, in printed order (kNotFound
  // for an unknown programme).
  virtual Result<std::vector<AwardRecord>> award_records(const std::string& programme_id) = 0;
  // The journal entries about one entity ("award", "programme/t1-o1-01"), oldest first.
  virtual Result<std::vector<HistoryEntry>> history(const std::string& entity,
                                                    const std::string& entity_id) = 0;
};

}  // namespace octroi
