// Loading an SCDL "subventions" file into the database on two threads: a
// worker reads, digests and validates the file (scdl_subventions_validator.h)
// while the calling thread — the one that owns the database connection —
// writes the valid rows it hands over in batches. On two cores the load takes
// about the longer of the two, not their sum (bench/README.md, "Open data").
#pragma once

#include <cstddef>

#include "base/result.h"
#include "opendata/scdl_subventions_validator.h"

namespace octroi {

// Validates every record of `reader` on a worker thread; `on_finding` runs on
// that worker, one finding at a time. `store` runs on the calling thread, in
// the file's order, for each valid row — until the first finding: a file with
// any finding is refused whole, so nothing more is written once one is seen.
// The first error of `store` stops the worker and is returned; otherwise the
// validation's summary (or its kIo / kParse error). `reader` is used only by
// the worker, and only until this returns. `batch_rows` rows travel together
// (at most four batches wait, so memory stays flat).
Result<ScdlValidationSummary> import_scdl_subventions(CsvReader& reader,
                                                      const ScdlFindingSink& on_finding,
                                                      const ScdlRowSink& store,
                                                      std::size_t batch_rows = 2048);

}  // namespace octroi
