// CsvReader: a streaming reader of CSV files as authorities publish them.
// It reads its input in chunks (memory bounded by the chunk size and the
// longest record, never by the file), detects the separator (',' or ';')
// from the header line, skips a UTF-8 byte order mark, accepts CRLF, LF or
// CR line ends, quoted fields with embedded separators, newlines and doubled
// quotes, and decodes each field as UTF-8 or, when its bytes are not valid
// UTF-8, as Windows-1252 (counted and reported, never silent).
// Pull API: next() yields one record at a time with the line and column of
// each field. Thread safety: one reader per thread.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/utf8.h"

namespace octroi {

// Where a reader takes its bytes from: a file, a string (tests, fuzzing).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Fills up to buffer.size() bytes; 0 at the end. kIo on a read error.
  virtual Result<std::size_t> read(std::span<char> buffer) = 0;
};

// A file read with fread in the reader's chunks. open(): kIo naming the file.
class FileByteSource final : public ByteSource {
 public:
  static Result<std::unique_ptr<FileByteSource>> open(const std::string& path);
  Result<std::size_t> read(std::span<char> buffer) override;

 private:
  struct Closer {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  FileByteSource(std::string path, std::FILE* file) : path_(std::move(path)), file_(file) {}
  std::string path_;
  std::unique_ptr<std::FILE, Closer> file_;
};

// Bytes held in memory, handed out `step` at a time (0: all at once) so tests
// can cut records anywhere.
class StringByteSource final : public ByteSource {
 public:
  explicit StringByteSource(std::string text, std::size_t step = 0)
      : text_(std::move(text)), step_(step) {}
  Result<std::size_t> read(std::span<char> buffer) override;

 private:
  std::string text_;
  std::size_t step_;
  std::size_t position_ = 0;
};

enum class CsvEncoding {
  kUtf8,         // valid UTF-8 throughout (so far), no byte order mark
  kUtf8WithBom,  // valid UTF-8 after a byte order mark
  kWindows1252,  // some fields were not UTF-8 and were decoded as Windows-1252
};

// One field: its decoded text (UTF-8), where it starts (1-based line and
// column in characters; a quoted field starts at its opening quote).
struct CsvField {
  std::string_view text{};
  int line = 0;
  int column = 0;
  bool quoted = false;
  bool windows1252 = false;  // its bytes were not UTF-8: decoded as Windows-1252
};

// Something odd the reader tolerated, for the caller to report:
// text after a closing quote ("ab"c), kept as part of the field.
struct CsvIssue {
  int line = 0;
  int column = 0;
  std::string message{};  // French
};

// One record. The views stay valid until the next call to next().
struct CsvRecord {
  std::vector<CsvField> fields{};
  std::vector<CsvIssue> issues{};
  std::int64_t number = 0;  // 1 for the header (the first record), 2 for the next…
  int line = 0;             // line of its first field
};

struct CsvOptions {
  std::size_t chunk_size = std::size_t{1} << 20;        // bytes read at once
  std::size_t max_record_size = std::size_t{16} << 20;  // a longer record is refused
  char separator = '\0';  // '\0': detected from the first line (',' or ';')
  bool skip_empty_lines = true;
};

class CsvReader {
 public:
  // `file` names the input in errors ("subventions.csv").
  CsvReader(std::unique_ptr<ByteSource> source, std::string file, CsvOptions options = {});
  // Reads the file at `path` (kIo when it cannot be opened).
  static Result<std::unique_ptr<CsvReader>> open(const std::string& path, CsvOptions options = {});

  // Fills `record` with the next record; false at the end of the input.
  // kParse (file and line) for a quoted field still open at the end of the
  // input or a record longer than max_record_size; kIo for a read error.
  Result<bool> next(CsvRecord& record);

  char separator() const { return separator_; }
  CsvEncoding encoding() const { return encoding_; }
  // Fields decoded as Windows-1252, and the line of the first one (0: none).
  std::int64_t windows1252_fields() const { return windows1252_fields_; }
  int first_windows1252_line() const { return first_windows1252_line_; }
  std::int64_t bytes_read() const { return bytes_read_; }
  const std::string& file() const { return file_; }
  // The line the next record starts on (lines read so far + 1).
  int line() const { return line_; }
  // Bytes of the input taken by the records given so far (since resume()).
  std::int64_t consumed() const { return bytes_read_ - static_cast<std::int64_t>(end_ - start_); }
  // Bytes read from the source and not yet taken by a record.
  std::size_t buffered() const { return end_ - start_; }
  // Forgets what is buffered and goes on with what the source gives next as
  // if it followed a record boundary: no byte order mark nor separator
  // detection (the separator is options.separator, or the one detected so
  // far), the next record numbered `records` + 1 and starting on `line`.
  // consumed() counts from here. Lets a caller re-read one record exactly
  // from the middle of a file (scdl_subventions_fast_validator.h).
  void resume(int line, std::int64_t records);

 private:
  struct RawField {
    std::size_t begin = 0;  // in buffer_ (raw) or scratch_ (decoded)
    std::size_t size = 0;
    bool in_scratch = false;
    int line = 0;
    std::size_t line_start = 0;  // offset in buffer_ of that line's first byte
    std::size_t raw_begin = 0;   // offset in buffer_ of the field's first byte
    bool quoted = false;
    bool windows1252 = false;
    // Every byte from raw_begin up to the next field's raw_begin is ASCII, so
    // the next field's column is a byte count (no character counting).
    bool ascii_span = false;
  };
  enum class Parse { kRecord, kNeedMore, kEnd };

  Status fill();
  Status detect_start();
  void set_classes();
  Result<Parse> parse_record(CsvRecord& record);
  void finish_field(RawField& field, std::size_t begin, std::size_t end, bool quoted,
                    bool doubled_quotes, bool non_ascii);
  int column_of(const RawField& field) const;

  std::unique_ptr<ByteSource> source_;
  std::string file_;
  CsvOptions options_;
  std::vector<char> buffer_;
  std::size_t start_ = 0;  // first unread byte
  std::size_t end_ = 0;    // one past the last byte read
  bool eof_ = false;
  bool started_ = false;
  char separator_ = ',';
  CsvEncoding encoding_ = CsvEncoding::kUtf8;
  std::int64_t windows1252_fields_ = 0;
  int first_windows1252_line_ = 0;
  std::int64_t bytes_read_ = 0;
  std::int64_t records_ = 0;
  int line_ = 1;
  std::array<unsigned char, 256> classes_{};
  std::string scratch_;
  std::vector<RawField> raw_;
};

// Appends `text` decoded as Windows-1252 to `out` as UTF-8.
void append_windows1252_as_utf8(std::string_view text, std::string& out);
// Number of characters (code points) of valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

}  // namespace octroi
