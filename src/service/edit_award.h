// The "edit an award" use case, shared by the CLI and the web API: changes an
// award's amount, description or quantity, given the version the user read.
// Promises: a valid edit is stored with its journal entry in one transaction;
// an edit based on a stale version is refused (kConflict, naming who changed
// the award and when), never silently written over the other change.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "service/programme_repository.h"

namespace octroi {

struct AwardEdit {
  std::string programme_id{};
  std::string award_id{};
  std::int64_t read_version = 0;  // the version the user's change is based on
  AwardChanges changes{};
};

// kInvalidValue for nothing to change, a negative amount or quantity, or an
// empty description or user; kNotFound, kConflict from the repository.
Result<AwardRecord> edit_award(ProgrammeRepository& repository, const AwardEdit& edit,
                               const Stamp& stamp);

}  // namespace octroi
