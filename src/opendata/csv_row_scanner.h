// CsvRowScanner: the rows of an SCDL subventions file from a record boundary
// on, checked fast where that is exact. A window of the file is mapped (or
// read with pread() near its end); its structural characters are found 64 bytes at a time
// (csv_block_masks.h); a row whose quoted fields are plain ("…" with no
// quote, line end or bad UTF-8 inside), whose bytes are UTF-8 and whose
// values all pass (ScdlSubventionsChecks::row_is_valid) is counted from
// views into the window. Any other row — a finding, a doubled quote, a
// quoted line end, Windows-1252, a wrong number of fields, a row longer than
// the window — is read again by a CsvReader from its first byte and checked
// by ScdlSubventionsChecks::check_row, exactly as the streaming validator
// does. Private to the opendata module; one scanner per thread.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "opendata/csv_block_masks.h"
#include "opendata/csv_reader.h"
#include "opendata/pread_file.h"
#include "opendata/scdl_subventions_checks.h"

namespace octroi {

// Where a scanner is: a record boundary, the line it starts and the number
// of records before it (header included).
struct CsvRowPosition {
  std::int64_t offset = 0;
  int line = 1;
  std::int64_t records = 0;
};

class CsvRowScanner {
 public:
  enum class End { kFileEnd, kStop, kPassedStop, kCancelled };
  static constexpr std::int64_t kNoStop = -1;

  // `checks` has read the header; `path` names the file in errors.
  // `map_file`: windows are mapped (mmap) rather than read where they can
  // be (the file must then not shrink while it is read).
  CsvRowScanner(const PreadFile& file, const std::string& path, char separator,
                ScdlSubventionsChecks& checks, std::size_t window_size, bool avx2, bool map_file);
  ~CsvRowScanner();
  CsvRowScanner(const CsvRowScanner&) = delete;
  CsvRowScanner& operator=(const CsvRowScanner&) = delete;

  // Called after each row read again (it may have reported findings):
  // false stops the scan (kCancelled). So is a set `cancelled`.
  void set_hooks(std::function<bool()> after_findings, const std::atomic<bool>* cancelled);

  // Checks the rows from `at` to the end of the file; stops as soon as it
  // reaches `stop` (kStop: `at` is there) or goes past it (kPassedStop: `at`
  // is the first record boundary after it). Errors: the CsvReader's (an
  // unclosed quote, a record too long, a read error).
  Result<End> run(CsvRowPosition& at, std::int64_t stop = kNoStop);

  bool windows1252() const { return windows1252_; }
  std::int64_t file_end() const { return file_end_; }

 private:
  struct Exact;
  enum class Scan { kRestart, kRefill, kFileEnd, kCancelled };
  enum class Row { kGoOn, kRestart, kCancelled };
  using ComputeMasks = void (*)(const char*, std::size_t, char, csv_blocks::BlockMasks*);

  Status load(std::int64_t offset);
  void unmap();
  Result<Scan> scan_window(CsvRowPosition& at);
  Result<Row> finish_row(CsvRowPosition& at, std::size_t row_start, std::size_t row_end,
                         std::size_t next, std::size_t fields, int quotes, bool anomaly);
  Result<bool> read_exact(CsvRowPosition& at, Exact& exact);

  const PreadFile& file_;
  char separator_;
  ScdlSubventionsChecks& checks_;
  ComputeMasks compute_;
  std::size_t window_size_;
  bool map_files_;
  std::int64_t file_size_ = 0;
  std::vector<char> window_;    // room for a whole block past the last byte held
  const char* data_ = nullptr;  // the window: window_ or mapped pages
  void* mapped_ = nullptr;
  std::size_t mapped_size_ = 0;
  std::int64_t window_offset_ = 0;
  std::size_t length_ = 0;  // bytes held in window_
  bool eof_ = false;
  bool loaded_ = false;
  std::int64_t stop_ = 0;
  std::int64_t file_end_ = 0;
  bool windows1252_ = false;
  std::unique_ptr<Exact> small_;
  std::unique_ptr<Exact> large_;
  std::function<bool()> after_findings_;
  const std::atomic<bool>* cancelled_ = nullptr;
  std::vector<csv_blocks::BlockMasks> masks_;
  std::vector<std::uint32_t> field_begins_;
  std::vector<std::uint32_t> field_ends_;
  std::vector<std::string_view> views_;
  CsvRecord record_;
};

}  // namespace octroi
