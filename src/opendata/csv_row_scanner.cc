// The fast row scan (see csv_row_scanner.h). Why it is exact: from a record
// boundary, when every field of a row either holds no quote or starts and
// ends with one and holds no other, the structural characters outside
// quotes (quote parity, as a prefix XOR of the quote bits) are where
// CsvReader ends fields and the record; such a row's values are the views
// between them, and it leaves the parity even for the next row. Whatever
// else (a row with any finding included) goes through CsvReader itself,
// from the row's first byte, and the scan starts again where it stopped.
#include "opendata/csv_row_scanner.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <span>
#include <sys/mman.h>
#include <unistd.h>

#include "base/utf8.h"

namespace octroi {
namespace {

using csv_blocks::BlockMasks;

constexpr std::size_t kBlock = 64;
constexpr std::size_t kBatchBlocks = 16;  // masks computed ahead of the rows
constexpr std::size_t kMaxFields = 64;    // a row with more is read again
constexpr std::size_t kSmallRow = 1000;   // rows re-read by the small reader
constexpr std::size_t kSmallChunk = 1024;
constexpr std::size_t kLargeChunk = std::size_t{64} << 10;
constexpr std::uint64_t kAll = ~std::uint64_t{0};

void portable_batch(const char* data, std::size_t blocks, char separator, BlockMasks* out) {
  for (std::size_t k = 0; k < blocks; ++k) {
    out[k] = csv_blocks::portable_masks(data + k * kBlock, separator);
  }
}

#if defined(OCTROI_CSV_X86)
__attribute__((target("avx2"))) void avx2_batch(const char* data, std::size_t blocks,
                                                char separator, BlockMasks* out) {
  for (std::size_t k = 0; k < blocks; ++k) {
    out[k] = csv_blocks::avx2_masks(data + k * kBlock, separator);
  }
}
#endif

// The non-ASCII run at `at` is well-formed UTF-8 (up to the next ASCII byte).
bool valid_utf8_run(std::string_view text, std::size_t at) {
  do {
    // Two-byte sequences (é, è, à…) here; the others by the one decoder.
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead >= 0xC2 && lead <= 0xDF && at + 1 < text.size() &&
        (static_cast<unsigned char>(text[at + 1]) & 0xC0) == 0x80) {
      at += 2;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) return false;
    at += length;
  } while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0x80) != 0);
  return true;
}

// Quotes are few in a row: cheaper than popcount without -mpopcnt.
int popcount(std::uint64_t bits) {
  int count = 0;
  for (; bits != 0; bits &= bits - 1) ++count;
  return count;
}
int lowest(std::uint64_t bits) { return __builtin_ctzll(bits); }

}  // namespace

// A CsvReader that re-reads rows: its source gives the window's bytes from
// the row on, then the file after the window.
struct CsvRowScanner::Exact {
  class Source final : public ByteSource {
   public:
    explicit Source(const PreadFile& file) : file_(file) {}
    void reset(std::string_view held, std::int64_t next_offset) {
      held_ = held;
      next_offset_ = next_offset;
    }
    Result<std::size_t> read(std::span<char> buffer) override {
      if (!held_.empty()) {
        const std::size_t count = std::min(buffer.size(), held_.size());
        std::memcpy(buffer.data(), held_.data(), count);
        held_.remove_prefix(count);
        return count;
      }
      OCTROI_TRY(std::size_t count, file_.read_at(buffer.data(), buffer.size(), next_offset_));
      next_offset_ += static_cast<std::int64_t>(count);
      return count;
    }

   private:
    const PreadFile& file_;
    std::string_view held_;
    std::int64_t next_offset_ = 0;
  };

  Exact(const PreadFile& file, const std::string& path, char separator, std::size_t chunk) {
    auto owned = std::make_unique<Source>(file);
    source = owned.get();
    CsvOptions options;
    options.chunk_size = chunk;
    options.separator = separator;
    reader = std::make_unique<CsvReader>(std::move(owned), path, options);
  }
  // Where the reader is in the file (valid once used).
  std::int64_t position() const { return start + reader->consumed(); }

  Source* source = nullptr;
  std::unique_ptr<CsvReader> reader;
  std::int64_t start = -1;  // the file offset it resumed at; -1: never used
};

CsvRowScanner::CsvRowScanner(const PreadFile& file, const std::string& path, char separator,
                             ScdlSubventionsChecks& checks, std::size_t window_size, bool avx2,
                             bool map_file)
    : file_(file),
      separator_(separator),
      checks_(checks),
      compute_(portable_batch),
      window_size_(std::max<std::size_t>(window_size, kBlock)),
      map_files_(map_file),
      small_(std::make_unique<Exact>(file, path, separator, kSmallChunk)),
      large_(std::make_unique<Exact>(file, path, separator, kLargeChunk)),
      masks_(kBatchBlocks),
      field_begins_(kMaxFields),
      field_ends_(kMaxFields),
      views_(kMaxFields) {
#if defined(OCTROI_CSV_X86)
  if (avx2 && csv_blocks::has_avx2()) compute_ = avx2_batch;
#else
  (void)avx2;
#endif
  auto size = file.size();
  file_size_ = size.ok() ? *size : 0;
}

CsvRowScanner::~CsvRowScanner() { unmap(); }

void CsvRowScanner::unmap() {
  if (mapped_ == nullptr) return;
  ::munmap(mapped_, mapped_size_);
  mapped_ = nullptr;
}

void CsvRowScanner::set_hooks(std::function<bool()> after_findings,
                              const std::atomic<bool>* cancelled) {
  after_findings_ = std::move(after_findings);
  cancelled_ = cancelled;
}

Status CsvRowScanner::load(std::int64_t offset) {
  unmap();
  window_offset_ = offset;
  loaded_ = true;
  // Mapped when the window and a page after it are in the file (the blocks
  // read up to 63 bytes past the window); the pages are unmapped with the
  // next window, so memory stays flat. Else read into window_.
  const auto page = static_cast<std::int64_t>(::sysconf(_SC_PAGESIZE));
  const std::int64_t aligned = offset - offset % page;
  const auto mapped_size =
      static_cast<std::size_t>(offset - aligned) + window_size_ + static_cast<std::size_t>(page);
  if (map_files_ && aligned + static_cast<std::int64_t>(mapped_size) <= file_size_) {
    void* mapped = ::mmap(nullptr, mapped_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                          file_.descriptor(), static_cast<off_t>(aligned));
    if (mapped != MAP_FAILED) {
      mapped_ = mapped;
      mapped_size_ = mapped_size;
      data_ = static_cast<const char*>(mapped) + (offset - aligned);
      length_ = window_size_;
      eof_ = false;
      small_->start = -1;
      large_->start = -1;
      return ok_status();
    }
  }
  if (window_.empty()) window_.resize(window_size_ + kBlock);
  OCTROI_TRY(std::size_t count, file_.read_at(window_.data(), window_size_, offset));
  data_ = window_.data();
  length_ = count;
  eof_ = count < window_size_;
  // The readers' sources point into the window: make them start afresh.
  small_->start = -1;
  large_->start = -1;
  return ok_status();
}

Result<bool> CsvRowScanner::read_exact(CsvRowPosition& at, Exact& exact) {
  CsvReader& reader = *exact.reader;
  if (exact.start < 0 || exact.position() != at.offset || reader.line() != at.line) {
    const bool held = loaded_ && at.offset >= window_offset_ &&
                      at.offset <= window_offset_ + static_cast<std::int64_t>(length_);
    if (held) {
      const auto from = static_cast<std::size_t>(at.offset - window_offset_);
      exact.source->reset(std::string_view(data_ + from, length_ - from),
                          window_offset_ + static_cast<std::int64_t>(length_));
    } else {
      exact.source->reset({}, at.offset);
    }
    reader.resume(at.line, at.records);
    exact.start = at.offset;
  }
  OCTROI_TRY(bool more, reader.next(record_));
  at.offset = exact.position();
  at.line = reader.line();
  if (!more) return false;
  at.records = record_.number;
  checks_.check_encoding(record_);
  OCTROI_TRY_STATUS(checks_.check_row(record_));
  if (reader.windows1252_fields() > 0) windows1252_ = true;
  return true;
}

Result<CsvRowScanner::Row> CsvRowScanner::finish_row(CsvRowPosition& at, std::size_t row_start,
                                                     std::size_t row_end, std::size_t next,
                                                     std::size_t fields, int quotes, bool anomaly) {
  const char* data = data_;
  bool plain = !anomaly && fields <= kMaxFields;
  int quoted = 0;
  for (std::size_t i = 0; plain && i < fields; ++i) {
    const std::size_t begin = field_begins_[i];
    const std::size_t end = field_ends_[i];
    if (data[begin] == '"') {
      // Opening and closing quote, nothing after it (the quote count below
      // makes sure there is none inside).
      if (end - begin < 2 || data[end - 1] != '"') plain = false;
      ++quoted;
      views_[i] = std::string_view(data + begin + 1, end - begin - (end - begin < 2 ? 1 : 2));
    } else {
      views_[i] = std::string_view(data + begin, end - begin);
    }
  }
  plain = plain && quotes == 2 * quoted;
  Amount amount;
  if (plain &&
      checks_.row_is_valid(std::span<const std::string_view>(views_.data(), fields), amount)) {
    checks_.count_valid_row(amount);
    ++at.line;
    ++at.records;
    at.offset = window_offset_ + static_cast<std::int64_t>(next);
    return Row::kGoOn;
  }
  at.offset = window_offset_ + static_cast<std::int64_t>(row_start);
  const bool small = plain && row_end - row_start < kSmallRow;
  OCTROI_TRY(bool more, read_exact(at, small ? *small_ : *large_));
  (void)more;  // a row was there: the reader found it
  if (after_findings_ && !after_findings_()) return Row::kCancelled;
  // A plain row ends where the scan saw it end, and leaves the quote parity
  // even: go on in the same blocks.
  if (plain && at.offset == window_offset_ + static_cast<std::int64_t>(next)) return Row::kGoOn;
  return Row::kRestart;
}

Result<CsvRowScanner::Scan> CsvRowScanner::scan_window(CsvRowPosition& at) {
  const char* data = data_;
  const std::size_t length = length_;
  const std::string_view text(data, length);
  std::size_t row_start = static_cast<std::size_t>(at.offset - window_offset_);
  std::size_t field_start = row_start;
  std::size_t fields = 0;
  int row_quotes = 0;
  bool row_anomaly = false;
  std::size_t skip_line_feed = std::numeric_limits<std::size_t>::max();
  std::uint64_t quote_carry = 0;
  std::uint64_t non_ascii_carry = 0;  // the previous block, checked byte by byte, ends in a run
  std::uint64_t pending_lead = 0;     // the previous block ends with a two-byte lead
  std::size_t block = row_start;
  while (block < length) {
    const std::size_t blocks = std::min(kBatchBlocks, (length - block + kBlock - 1) / kBlock);
    compute_(data + block, blocks, separator_, masks_.data());
    for (std::size_t k = 0; k < blocks; ++k, block += kBlock) {
      const BlockMasks& masks = masks_[k];
      const std::size_t left = length - block;
      const std::uint64_t valid = left >= kBlock ? kAll : (std::uint64_t{1} << left) - 1;
      const std::uint64_t inside = csv_blocks::prefix_xor(masks.quotes) ^ quote_carry;
      quote_carry = static_cast<std::uint64_t>(static_cast<std::int64_t>(inside) >> 63);
      std::uint64_t ends = (masks.separators | masks.line_ends) & ~inside & valid;
      std::uint64_t anomalies = masks.line_ends & inside & valid;
      const std::uint64_t quotes = masks.quotes & valid;
      const std::uint64_t non_ascii = masks.non_ascii & valid;
      if (non_ascii != 0 || pending_lead != 0) {
        // Only two-byte sequences, each lead followed by one continuation
        // (the one after a lead ending the block is checked in the next).
        const std::uint64_t leads = masks.two_byte_leads & valid;
        const std::uint64_t continuations = masks.continuations & valid;
        const bool last_lead_cut = valid != kAll && (leads & (valid ^ (valid >> 1))) != 0;
        if ((non_ascii & ~(leads | continuations)) == 0 && !last_lead_cut &&
            continuations == (((leads << 1) | pending_lead) & valid)) {
          pending_lead = leads >> 63;
          non_ascii_carry = 0;
        } else {
          // Byte by byte. A sequence begun in a block checked above is not
          // followed here: its row is read again (rare: a cut sequence,
          // three or four bytes, or bad bytes).
          if (pending_lead != 0) anomalies |= 1;
          std::uint64_t runs = non_ascii & ~((non_ascii << 1) | non_ascii_carry);
          non_ascii_carry = non_ascii >> 63;
          pending_lead = 0;
          while (runs != 0) {
            const int bit = lowest(runs);
            runs &= runs - 1;
            if (!valid_utf8_run(text, block + static_cast<std::size_t>(bit))) {
              anomalies |= std::uint64_t{1} << bit;
            }
          }
        }
      } else {
        non_ascii_carry = 0;
      }
      int from = 0;  // bits below `from` are counted in a row already
      while (ends != 0) {
        const int bit = lowest(ends);
        ends &= ends - 1;
        const std::size_t p = block + static_cast<std::size_t>(bit);
        if (p == skip_line_feed) {  // the LF of a CRLF
          from = bit + 1;
          continue;
        }
        if (fields < kMaxFields) {
          field_begins_[fields] = static_cast<std::uint32_t>(field_start);
          field_ends_[fields] = static_cast<std::uint32_t>(p);
        }
        ++fields;
        if (data[p] == separator_) {
          field_start = p + 1;
          continue;
        }
        const std::uint64_t span = ((std::uint64_t{1} << bit) - 1) & (kAll << from);
        row_quotes += popcount(quotes & span);
        row_anomaly = row_anomaly || (anomalies & span) != 0;
        from = bit + 1;
        std::size_t next = p + 1;
        if (data[p] == '\r') {
          if (next == length) {
            if (!eof_) return Scan::kRefill;
          } else if (data[next] == '\n') {
            skip_line_feed = next;
            ++next;
          }
        }
        if (p == row_start) {  // an empty line, skipped as CsvReader skips it
          ++at.line;
          at.offset = window_offset_ + static_cast<std::int64_t>(next);
        } else {
          OCTROI_TRY(Row row, finish_row(at, row_start, p, next, std::min(fields, kMaxFields + 1),
                                         row_quotes, row_anomaly));
          if (row == Row::kCancelled) return Scan::kCancelled;
          if (row == Row::kRestart) return Scan::kRestart;
        }
        row_start = next;
        field_start = next;
        fields = 0;
        row_quotes = 0;
        row_anomaly = false;
        if (at.offset >= stop_) return Scan::kRestart;
      }
      if (from < 64) {
        const std::uint64_t rest = kAll << from;
        row_quotes += popcount(quotes & rest);
        row_anomaly = row_anomaly || (anomalies & rest) != 0;
      }
    }
  }
  if (!eof_) return Scan::kRefill;
  if (row_start == length) return Scan::kFileEnd;
  // The last record has no line end: CsvReader reads it.
  OCTROI_TRY(bool more, read_exact(at, *large_));
  (void)more;
  if (after_findings_ && !after_findings_()) return Scan::kCancelled;
  return Scan::kRestart;
}

Result<CsvRowScanner::End> CsvRowScanner::run(CsvRowPosition& at, std::int64_t stop) {
  stop_ = stop == kNoStop ? std::numeric_limits<std::int64_t>::max() : stop;
  while (true) {
    if (at.offset == stop_) return End::kStop;
    if (at.offset > stop_) return End::kPassedStop;
    if (cancelled_ != nullptr && cancelled_->load(std::memory_order_relaxed)) {
      return End::kCancelled;
    }
    const std::int64_t held_end = window_offset_ + static_cast<std::int64_t>(length_);
    if (!loaded_ || at.offset < window_offset_ || at.offset > held_end ||
        (at.offset == held_end && !eof_)) {
      OCTROI_TRY_STATUS(load(at.offset));
    }
    if (at.offset == window_offset_ + static_cast<std::int64_t>(length_)) {  // eof_
      file_end_ = at.offset;
      return End::kFileEnd;
    }
    OCTROI_TRY(Scan scan, scan_window(at));
    switch (scan) {
      case Scan::kRestart:
        continue;
      case Scan::kCancelled:
        return End::kCancelled;
      case Scan::kFileEnd:
        file_end_ = window_offset_ + static_cast<std::int64_t>(length_);
        return End::kFileEnd;
      case Scan::kRefill:
        if (at.offset == window_offset_) {
          // One record fills the window: CsvReader reads it.
          OCTROI_TRY(bool more, read_exact(at, *large_));
          (void)more;
          if (after_findings_ && !after_findings_()) return End::kCancelled;
        } else {
          OCTROI_TRY_STATUS(load(at.offset));
        }
        continue;
    }
  }
}

}  // namespace octroi
