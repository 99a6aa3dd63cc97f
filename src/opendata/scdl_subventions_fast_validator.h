// The validation of an SCDL subventions file on both cores: the findings,
// their order and the summary of validate_scdl_subventions (the streaming
// validator), faster. The file is mapped (or read) in fixed windows (memory
// does not grow with it); each window's structural characters are found 64
// bytes at a time (csv_block_masks.h, AVX2 when the processor has it); a row
// whose quotes are plain, whose bytes are UTF-8 and whose values all pass is
// counted without copying anything; any other row is read again by a
// CsvReader and checked by ScdlSubventionsChecks, so every finding is worded
// by the one code path. Above a size, the rows after a line end near the
// middle are checked by a second thread, its findings held back (the first
// few thousand in memory, the others in a temporary file, so memory stays
// bounded and that thread never waits) and given after the first
// half's, renumbered; that guess of a record boundary is confirmed when the
// first thread lands on it, else the second thread's work is dropped.
// Findings go to `on_finding` on the calling thread. What is not a regular
// file (a pipe) is read by the streaming validator.
#pragma once

#include <cstddef>
#include <string>

#include "base/result.h"
#include "opendata/scdl_subventions_validator.h"

namespace octroi {

struct ScdlFastValidationOptions {
  std::size_t window_size = std::size_t{1} << 20;    // bytes each thread reads at once
  std::size_t split_minimum = std::size_t{4} << 20;  // smaller files: one thread
  bool split = true;                                 // false: one thread
  bool avx2 = true;                                  // false: SSE2 even on an AVX2 processor
  // Windows mapped (mmap, unmapped once read: memory stays flat) rather than
  // copied by pread(); the file must not shrink while it is read.
  bool map_file = true;
  // Findings of the second thread kept in memory while the first works;
  // the others wait in a temporary file.
  std::size_t findings_in_memory = 4096;
};

// As validate_scdl_subventions on CsvReader::open(path) (without a row sink):
// the same findings in the same order, the same summary, the same errors.
Result<ScdlValidationSummary> validate_scdl_subventions_file(
    const std::string& path, const ScdlFindingSink& on_finding,
    const ScdlFastValidationOptions& options = {});

}  // namespace octroi
