// After the vote (issue 12, « Décision », docs/calls.md): the awards a
// session decided on a call become the call's programme in the database, so
// that the life after the vote — agreements, payments, reviews, open data —
// works on them as on any imported deliberation. The programme is stored as
// the session's Annex 4 table (docs/annex_csv.h: every row, total and its
// operation's budget line) with the deliberation's identity (the session's
// date and body, the deliberation's number, the authority), read back by the
// table reader like any annex a member of staff imports; the stored awards
// are checked to be exactly the annex's before anything is written. When the
// programme is stored already — the deliberation was imported, or this ran
// before — nothing is written: each award of the annex is found there.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/authority.h"
#include "domain/programme_dataset.h"
#include "domain/session.h"
#include "service/call_repository.h"
#include "service/programme_repository.h"

namespace octroi {

struct DecidedProgramme {
  std::string programme{};  // its id: the call's programme
  bool stored_now = false;  // false: it was stored before
  // The stored awards the session granted (refusals aside), in annex order:
  // those that need an agreement.
  std::vector<std::string> awards{};
  Amount total{};  // their sum
};

// The first difference between two programmes' awards (row count, then each
// row by id: organisation, amount, quantity), in French; nullopt when the
// same.
std::optional<std::string> awards_difference(const ProgrammeDataset& stored,
                                             const ProgrammeDataset& annex);

// For each award of `annex` but the refusals, in order, the award of
// `stored` it is: same theme, operation, organisation and amount (the one
// of the same id first; each stored award answers once). kConflict naming
// the first that has none.
Result<std::vector<std::string>> stored_awards_of(const ProgrammeDataset& stored,
                                                  const ProgrammeDataset& annex);

// Stores the session's annex for `call` as the call's programme, once the
// session adopted the report funding it (adopted_item's errors otherwise).
// When the programme is already stored, nothing is written: each award of
// the annex must be found in it (stored_awards_of's kConflict). kMissingField
// when the deliberation has no number yet (an agreement cites it).
Result<DecidedProgramme> store_decided_programme(ProgrammeRepository& programmes,
                                                 CallRepository& calls, const std::string& call,
                                                 const Session& session, const Authority& authority,
                                                 const Stamp& stamp);

}  // namespace octroi
