// CurrentAwards: a programme as it stands now, not only as imported. The
// store keeps the dataset's files verbatim and, beside them, each award's
// current amount, description and quantity with its version; staff edits
// change the latter. apply_award_records() brings a dataset loaded from the
// files up to date, so that the checks, the rules and the documents see the
// edited values. Records never edited (version 1) are left alone: the
// imported row keeps its printed text and its flags exactly as loaded.
#pragma once

#include <span>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "service/programme_repository.h"

namespace octroi {

// kReferenceUnknown for a record naming an award the dataset lacks (the
// stored files and the stored awards disagree: a bug or a tampered base).
Status apply_award_records(ProgrammeDataset& dataset, std::span<const AwardRecord> records);

}  // namespace octroi
