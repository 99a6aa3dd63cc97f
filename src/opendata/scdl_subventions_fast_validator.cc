// Parallel SCDL subventions validation (see scdl_subventions_fast_validator.h).
#include "opendata/scdl_subventions_fast_validator.h"

#include <array>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <utility>
#include <vector>

#include "opendata/csv_row_scanner.h"
#include "opendata/scdl_subventions_checks.h"

namespace octroi {
namespace {

constexpr std::size_t kBoundarySearch = std::size_t{64} << 10;

// A finding of the second half, numbered from its first row.
struct HeldFinding {
  ScdlFinding finding;
  bool encoding = false;  // the file's first Windows-1252 field, if the first half has none
};

// The second half's findings past those it keeps in memory: written to an
// unnamed temporary file, read back in order once the first half is done.
class FindingSpill {
 public:
  FindingSpill() = default;
  ~FindingSpill() {
    if (file_ != nullptr) std::fclose(file_);
  }
  FindingSpill(const FindingSpill&) = delete;
  FindingSpill& operator=(const FindingSpill&) = delete;

  bool write(const HeldFinding& held) {
    if (file_ == nullptr) file_ = std::tmpfile();
    if (file_ == nullptr) return false;
    const ScdlFinding& finding = held.finding;
    const std::array<std::int64_t, 5> numbers = {finding.location.line, finding.location.column,
                                                 finding.record, finding.old_format ? 1 : 0,
                                                 held.encoding ? 1 : 0};
    return std::fwrite(numbers.data(), sizeof(std::int64_t), numbers.size(), file_) ==
               numbers.size() &&
           write_text(finding.location.field) && write_text(finding.value) &&
           write_text(finding.message);
  }
  bool start_reading() { return file_ == nullptr || std::fseek(file_, 0, SEEK_SET) == 0; }
  // The next finding written (its file: `path`); false at the end.
  bool read(HeldFinding& held, const std::string& path) {
    if (file_ == nullptr) return false;
    std::array<std::int64_t, 5> numbers{};
    if (std::fread(numbers.data(), sizeof(std::int64_t), numbers.size(), file_) != numbers.size()) {
      return false;
    }
    ScdlFinding& finding = held.finding;
    finding.location.file = path;
    finding.location.line = static_cast<int>(numbers[0]);
    finding.location.column = static_cast<int>(numbers[1]);
    finding.record = numbers[2];
    finding.old_format = numbers[3] != 0;
    held.encoding = numbers[4] != 0;
    return read_text(finding.location.field) && read_text(finding.value) &&
           read_text(finding.message);
  }

 private:
  bool write_text(const std::string& text) {
    const std::uint64_t size = text.size();
    return std::fwrite(&size, sizeof(size), 1, file_) == 1 &&
           std::fwrite(text.data(), 1, text.size(), file_) == text.size();
  }
  bool read_text(std::string& text) {
    std::uint64_t size = 0;
    if (std::fread(&size, sizeof(size), 1, file_) != 1) return false;
    text.resize(size);
    return std::fread(text.data(), 1, text.size(), file_) == text.size();
  }
  std::FILE* file_ = nullptr;
};

struct SecondHalfOutcome {
  Status status = ok_status();
  ScdlValidationSummary summary{};
  bool total_overflowed = false;
  bool windows1252 = false;
  std::int64_t file_end = 0;
};

// The second half: from `start` (a line end near the middle, guessed to be a
// record boundary) to the end of the file, on its own thread. Its findings
// wait, the first ones in memory, the others in a temporary file: the thread
// never waits for the first half.
class SecondHalf {
 public:
  SecondHalf(const PreadFile& file, const std::string& path, char separator,
             const ScdlSubventionsChecks& header, std::int64_t start,
             const ScdlFastValidationOptions& options)
      : sink_([this](const ScdlFinding& finding) { hold(finding); }),
        checks_(header, sink_),
        scanner_(file, path, separator, checks_, options.window_size, options.avx2,
                 options.map_file),
        in_memory_(options.findings_in_memory),
        start_(start) {
    scanner_.set_hooks({}, &cancelled_);
    thread_ = std::thread([this] { run(); });
  }
  ~SecondHalf() { cancel(); }
  SecondHalf(const SecondHalf&) = delete;
  SecondHalf& operator=(const SecondHalf&) = delete;

  void cancel() {
    cancelled_.store(true, std::memory_order_relaxed);
    join();
  }
  void join() {
    if (thread_.joinable()) thread_.join();
  }
  // After join(): its findings could not all be kept (no temporary file).
  bool gave_up() const { return gave_up_; }
  const SecondHalfOutcome& outcome() const { return outcome_; }
  // After join(): each finding in order, to `emit`; false on a read error.
  template <typename Emit>
  bool for_each_finding(const std::string& path, Emit emit) {
    for (HeldFinding& held : held_) emit(held);
    if (!spill_.start_reading()) return false;
    HeldFinding held;
    while (spill_.read(held, path)) emit(held);
    return true;
  }

 private:
  void hold(const ScdlFinding& finding) {
    if (gave_up_) return;
    const bool encoding = !encoding_seen_ && checks_.encoding_reported();
    encoding_seen_ = encoding_seen_ || encoding;
    HeldFinding held{finding, encoding};
    if (held_.size() < in_memory_) {
      held_.push_back(std::move(held));
    } else if (!spill_.write(held)) {
      gave_up_ = true;
      cancelled_.store(true, std::memory_order_relaxed);
    }
  }
  void run() {
    CsvRowPosition at{start_, 1, 0};
    auto end = scanner_.run(at);
    if (!end.ok()) outcome_.status = end.error();
    outcome_.summary = checks_.summary();
    outcome_.total_overflowed = checks_.total_overflowed();
    outcome_.windows1252 = scanner_.windows1252();
    outcome_.file_end = scanner_.file_end();
  }

  ScdlFindingSink sink_;
  ScdlSubventionsChecks checks_;
  CsvRowScanner scanner_;
  std::size_t in_memory_;
  std::int64_t start_;
  std::vector<HeldFinding> held_;
  FindingSpill spill_;
  bool encoding_seen_ = false;
  bool gave_up_ = false;
  SecondHalfOutcome outcome_;
  std::atomic<bool> cancelled_{false};
  std::thread thread_;
};

// The first line end at or after the middle of [begin, size), +1; 0: none.
Result<std::int64_t> guess_middle_boundary(const PreadFile& file, std::int64_t begin,
                                           std::int64_t size) {
  const std::int64_t middle = begin + (size - begin) / 2;
  std::vector<char> bytes(kBoundarySearch);
  OCTROI_TRY(std::size_t count, file.read_at(bytes.data(), bytes.size(), middle));
  const void* found = std::memchr(bytes.data(), '\n', count);
  if (found == nullptr) return std::int64_t{0};
  const std::int64_t boundary = middle + (static_cast<const char*>(found) - bytes.data()) + 1;
  return boundary < size ? boundary : std::int64_t{0};
}

Error renumbered(const Error& error, int line_offset) {
  Location location = error.location();
  if (location.line > 0) location.line += line_offset;
  return Error(error.code(), error.message(), location);
}

}  // namespace

Result<ScdlValidationSummary> validate_scdl_subventions_file(
    const std::string& path, const ScdlFindingSink& on_finding,
    const ScdlFastValidationOptions& options) {
  // The header, read as the streaming validator reads it.
  OCTROI_TRY(auto header_reader, CsvReader::open(path));
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) {
    // A pipe, a device: no offsets to read at; the streaming validator.
    return validate_scdl_subventions(*header_reader, on_finding, {}, ScdlReading::kReadAhead);
  }
  const ScdlRowSink no_rows;
  ScdlSubventionsChecks checks(path, ',', on_finding, no_rows);
  CsvRecord header;
  OCTROI_TRY(bool any, header_reader->next(header));
  const char separator = header_reader->separator();
  checks.set_separator(separator);
  const auto finish = [&](ScdlValidationSummary summary, std::int64_t bytes, bool windows1252) {
    summary.bytes = bytes;
    summary.separator = separator;
    summary.encoding = windows1252 ? CsvEncoding::kWindows1252 : header_reader->encoding();
    return summary;
  };
  if (!any) {
    checks.report_file(
        "fichier vide : l'en-tête des 16 colonnes du schéma SCDL subventions 2.1.1 est attendu");
    return finish(checks.summary(), header_reader->bytes_read(), false);
  }
  checks.check_encoding(header);
  checks.read_header(header);
  CsvRowPosition at{header_reader->consumed(), header_reader->line(), header.number};
  const bool header_windows1252 = header_reader->windows1252_fields() > 0;

  OCTROI_TRY(auto file, PreadFile::open(path));
  CsvRowScanner scanner(*file, path, separator, checks, options.window_size, options.avx2,
                        options.map_file);
  OCTROI_TRY(std::int64_t size, file->size());
  std::int64_t middle = 0;
  if (options.split && size - at.offset >= static_cast<std::int64_t>(options.split_minimum) &&
      size > at.offset) {
    OCTROI_TRY(middle, guess_middle_boundary(*file, at.offset, size));
  }
  std::unique_ptr<SecondHalf> second;
  if (middle > at.offset) {
    second = std::make_unique<SecondHalf>(*file, path, separator, checks, middle, options);
  }
  auto end = scanner.run(at, second ? middle : CsvRowScanner::kNoStop);
  if (!end.ok()) return end.error();  // ~SecondHalf stops the second thread
  if (*end == CsvRowScanner::End::kPassedStop) {
    // The guess was inside a quoted field: the first thread reads on alone.
    second.reset();
    OCTROI_TRY(end, scanner.run(at));
  } else if (second) {
    second->join();
    if (second->gave_up()) {  // its findings could not be kept: read its half here
      second.reset();
      OCTROI_TRY(end, scanner.run(at));
    }
  }
  if (!second) {
    return finish(checks.summary(), scanner.file_end(),
                  header_windows1252 || scanner.windows1252());
  }
  // The guess was a record boundary: the second half's findings follow,
  // renumbered from where the first half ended.
  const int line_offset = at.line - 1;
  bool encoding_reported = checks.encoding_reported();
  std::int64_t dropped = 0;
  const bool read_back = second->for_each_finding(path, [&](HeldFinding& held) {
    if (held.encoding && encoding_reported) {
      ++dropped;
      return;
    }
    encoding_reported = encoding_reported || held.encoding;
    ScdlFinding& finding = held.finding;
    if (finding.location.line > 0) finding.location.line += line_offset;
    if (finding.record > 0) finding.record += at.records;
    if (on_finding) on_finding(finding);
  });
  if (!read_back) {
    return Error(ErrorCode::kIo, "relecture impossible du fichier temporaire des constats");
  }
  const SecondHalfOutcome& outcome = second->outcome();
  if (!outcome.status.ok()) return renumbered(outcome.status.error(), line_offset);
  ScdlValidationSummary summary = checks.summary();
  const ScdlValidationSummary& more = outcome.summary;
  summary.rows += more.rows;
  summary.valid_rows += more.valid_rows;
  summary.invalid_rows += more.invalid_rows;
  summary.findings += more.findings - dropped;
  summary.old_format_findings += more.old_format_findings;
  for (std::size_t f = 0; f < kScdlSubventionFieldCount; ++f) {
    summary.findings_by_field[f] += more.findings_by_field[f];
  }
  auto total = summary.total.plus(more.total);
  if (!outcome.total_overflowed && total.ok()) {
    summary.total = *total;
  } else {
    // Some amount was left out of a total that overflowed: which one depends
    // on the order, so add the second half's amounts again after the first's.
    const ScdlFindingSink none;
    ScdlSubventionsChecks again(checks, none);
    again.summary().total = summary.total;
    CsvRowScanner rescan(*file, path, separator, again, options.window_size, options.avx2,
                         options.map_file);
    CsvRowPosition from{middle, 1, 0};
    OCTROI_TRY(auto ignored, rescan.run(from));
    (void)ignored;
    summary.total = again.summary().total;
  }
  return finish(summary, outcome.file_end,
                header_windows1252 || scanner.windows1252() || outcome.windows1252);
}

}  // namespace octroi
