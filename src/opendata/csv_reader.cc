// Streaming CSV reader (see csv_reader.h). A record is parsed from the bytes
// in the buffer; when it runs past them, the unread part is moved to the
// front, more is read (the buffer grows up to max_record_size) and the
// record is parsed again from its start.
#include "opendata/csv_reader.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>

namespace octroi {
namespace {

// U+0080..U+009F as Windows-1252 reads bytes 0x80..0x9F (0xFFFD: unassigned).
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void append_code_point(std::uint32_t code, std::string& out) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Characters of `bytes`: every byte but UTF-8 continuation bytes.
int count_characters(const char* begin, const char* end) {
  int count = 0;
  for (const char* p = begin; p < end; ++p) {
    count += (static_cast<unsigned char>(*p) & 0xC0) != 0x80 ? 1 : 0;
  }
  return count;
}

constexpr std::size_t kMinimumChunk = 1;

// The offset of the first byte at or after `at` that is a separator, a quote,
// a line end or not ASCII: 16 bytes at a time where SSE2 is available (every
// x86-64), one at a time for the tail. Unquoted fields are mostly such runs.
std::size_t skip_plain_ascii(const char* data, std::size_t at, std::size_t end, char separator) {
#if defined(__SSE2__)
  const __m128i separators = _mm_set1_epi8(separator);
  const __m128i quotes = _mm_set1_epi8('"');
  const __m128i line_feeds = _mm_set1_epi8('\n');
  const __m128i returns = _mm_set1_epi8('\r');
  while (end - at >= 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
    const __m128i special = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(chunk, separators), _mm_cmpeq_epi8(chunk, quotes)),
        _mm_or_si128(_mm_cmpeq_epi8(chunk, line_feeds), _mm_cmpeq_epi8(chunk, returns)));
    // The sign bit of a byte is set by a match or by a non-ASCII byte.
    const int mask = _mm_movemask_epi8(_mm_or_si128(special, chunk));
    if (mask != 0) return at + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    at += 16;
  }
#else
  (void)data;
  (void)end;
  (void)separator;
#endif
  return at;
}

}  // namespace

void append_windows1252_as_utf8(std::string_view text, std::string& out) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else if (byte < 0xA0) {
      append_code_point(kWindows1252High[byte - 0x80], out);
    } else {
      append_code_point(byte, out);
    }
  }
}

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(count_characters(text.data(), text.data() + text.size()));
}

Result<std::unique_ptr<FileByteSource>> FileByteSource::open(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    const int cause = errno;
    const std::string reason = cause == ENOENT   ? std::string("fichier introuvable")
                               : cause == EACCES ? std::string("accès refusé")
                                                 : std::string(std::strerror(cause));
    return Error(ErrorCode::kIo, fmt::format("lecture impossible de « {} » : {}", path, reason));
  }
  std::setvbuf(file, nullptr, _IONBF, 0);  // the reader's chunks are the buffer
  return std::unique_ptr<FileByteSource>(new FileByteSource(path, file));
}

Result<std::size_t> FileByteSource::read(std::span<char> buffer) {
  const std::size_t count = std::fread(buffer.data(), 1, buffer.size(), file_.get());
  if (count < buffer.size() && std::ferror(file_.get()) != 0) {
    return Error(ErrorCode::kIo,
                 fmt::format("lecture impossible de « {} »{}", path_,
                             errno == EISDIR ? std::string(" : c'est un dossier") : std::string()));
  }
  return count;
}

Result<std::size_t> StringByteSource::read(std::span<char> buffer) {
  std::size_t count = std::min(buffer.size(), text_.size() - position_);
  if (step_ > 0) count = std::min(count, step_);
  std::memcpy(buffer.data(), text_.data() + position_, count);
  position_ += count;
  return count;
}

CsvReader::CsvReader(std::unique_ptr<ByteSource> source, std::string file, CsvOptions options)
    : source_(std::move(source)), file_(std::move(file)), options_(options) {
  options_.chunk_size = std::max(options_.chunk_size, kMinimumChunk);
  options_.max_record_size = std::max(options_.max_record_size, options_.chunk_size);
  buffer_.resize(options_.chunk_size);
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string& path, CsvOptions options) {
  OCTROI_TRY(auto source, FileByteSource::open(path));
  return std::make_unique<CsvReader>(std::move(source), path, options);
}

// Moves the unread bytes to the front, grows the buffer when they fill it,
// and reads more.
Status CsvReader::fill() {
  if (start_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + start_, end_ - start_);
    end_ -= start_;
    start_ = 0;
  }
  if (end_ == buffer_.size()) {
    if (buffer_.size() >= options_.max_record_size) {
      return Error(ErrorCode::kParse,
                   fmt::format("enregistrement de plus de {} octets : guillemet non fermé ou "
                               "fichier qui n'est pas un CSV",
                               options_.max_record_size),
                   Location{file_, line_, 0, ""});
    }
    buffer_.resize(std::min(buffer_.size() * 2, options_.max_record_size));
  }
  // Read at most one chunk beyond what is held, so memory follows the chunk size.
  const std::size_t room = std::min(buffer_.size() - end_, options_.chunk_size);
  OCTROI_TRY(std::size_t count, source_->read(std::span<char>(buffer_.data() + end_, room)));
  if (count == 0) eof_ = true;
  end_ += count;
  bytes_read_ += static_cast<std::int64_t>(count);
  return ok_status();
}

// Skips a byte order mark and detects the separator from the first line.
Status CsvReader::detect_start() {
  while (!eof_ && (end_ - start_ < 3 ||
                   std::memchr(buffer_.data() + start_, '\n', end_ - start_) == nullptr)) {
    const std::size_t held = end_ - start_;
    OCTROI_TRY_STATUS(fill());
    if (end_ - start_ == held && !eof_) break;  // the buffer is at its limit
    if (end_ - start_ >= options_.max_record_size) break;
  }
  if (end_ - start_ >= 3 && std::memcmp(buffer_.data() + start_, "\xEF\xBB\xBF", 3) == 0) {
    start_ += 3;
    encoding_ = CsvEncoding::kUtf8WithBom;
  }
  if (options_.separator != '\0') {
    separator_ = options_.separator;
    return ok_status();
  }
  int commas = 0;
  int semicolons = 0;
  bool quoted = false;
  // Up to the first line end, quoted or not: what is held then does not
  // depend on how the input was cut.
  for (std::size_t i = start_; i < end_; ++i) {
    const char c = buffer_[i];
    if (c == '\n' || c == '\r') break;
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  separator_ = semicolons > commas ? ';' : ',';
  return ok_status();
}

void CsvReader::finish_field(RawField& field, std::size_t begin, std::size_t end, bool quoted,
                             bool doubled_quotes, bool non_ascii) {
  field.quoted = quoted;
  std::string_view raw(buffer_.data() + begin, end - begin);
  if (!doubled_quotes && (!non_ascii || is_valid_utf8(raw))) {
    field.begin = begin;
    field.size = raw.size();
    field.in_scratch = false;
    return;
  }
  std::string unescaped;
  if (doubled_quotes) {
    unescaped.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
      unescaped += raw[i];
      if (raw[i] == '"' && i + 1 < raw.size() && raw[i + 1] == '"') ++i;
    }
    raw = unescaped;
  }
  field.begin = scratch_.size();
  field.in_scratch = true;
  if (non_ascii && !is_valid_utf8(raw)) {
    field.windows1252 = true;
    append_windows1252_as_utf8(raw, scratch_);
  } else {
    scratch_.append(raw);
  }
  field.size = scratch_.size() - field.begin;
}

Result<CsvReader::Parse> CsvReader::parse_record(CsvRecord& record) {
  const std::array<unsigned char, 256>& classes = classes_;
  raw_.clear();
  scratch_.clear();
  record.issues.clear();
  if (start_ == end_) return eof_ ? Parse::kEnd : Parse::kNeedMore;
  const char* data = buffer_.data();
  std::size_t p = start_;
  int line = line_;
  std::size_t line_start = start_;
  while (true) {
    RawField field;
    field.line = line;
    field.line_start = line_start;
    field.raw_begin = p;
    if (p < end_ && data[p] == '"') {
      const int opening_line = line;
      std::size_t q = p + 1;
      bool doubled = false;
      bool non_ascii = false;
      while (true) {
        if (q == end_) {
          if (!eof_) return Parse::kNeedMore;
          return Error(ErrorCode::kParse,
                       "guillemet ouvert et jamais fermé : le champ court jusqu'à la fin du "
                       "fichier",
                       Location{file_, opening_line,
                                count_characters(data + field.line_start, data + p) + 1, ""});
        }
        const char c = data[q];
        if (c == '"') {
          if (q + 1 == end_ && !eof_) return Parse::kNeedMore;
          if (q + 1 < end_ && data[q + 1] == '"') {
            doubled = true;
            q += 2;
            continue;
          }
          break;
        }
        if (c == '\n') {
          ++line;
          line_start = q + 1;
        } else if ((static_cast<unsigned char>(c) & 0x80) != 0) {
          non_ascii = true;
        }
        ++q;
      }
      const std::size_t content_end = q;
      std::size_t after = q + 1;
      std::size_t trailing_end = after;
      while (trailing_end < end_) {
        const unsigned char cls = classes[static_cast<unsigned char>(data[trailing_end])];
        if (cls == 1 || cls == 3 || cls == 4) break;
        ++trailing_end;
      }
      if (trailing_end == end_ && !eof_) return Parse::kNeedMore;
      finish_field(field, p + 1, content_end, true, doubled, non_ascii);
      field.ascii_span = !non_ascii && trailing_end == after;
      if (trailing_end > after) {
        const std::string_view trailing(data + after, trailing_end - after);
        std::string shown;
        if (is_valid_utf8(trailing)) {
          shown = trailing;
        } else {
          append_windows1252_as_utf8(trailing, shown);
        }
        record.issues.push_back(CsvIssue{
            line, count_characters(data + line_start, data + after) + 1,
            fmt::format("texte après le guillemet fermant : « {} » (les guillemets d'un champ "
                        "doivent l'entourer entièrement, et être doublés à l'intérieur)",
                        shown)});
        // Keep the text after the quote as part of the field.
        std::string joined = field.in_scratch ? scratch_.substr(field.begin, field.size)
                                              : std::string(data + field.begin, field.size);
        joined.append(data + after, trailing_end - after);
        field.begin = scratch_.size();
        field.in_scratch = true;
        if (!is_valid_utf8(joined)) {
          field.windows1252 = true;
          append_windows1252_as_utf8(joined, scratch_);
        } else {
          scratch_ += joined;
        }
        field.size = scratch_.size() - field.begin;
      }
      p = trailing_end;
    } else {
      bool non_ascii = false;
      std::size_t q = p;
      while (q < end_) {
        q = skip_plain_ascii(data, q, end_, separator_);
        if (q == end_) break;
        const unsigned char cls = classes[static_cast<unsigned char>(data[q])];
        if (cls == 0 || cls == 2) {
          ++q;
          continue;
        }
        if (cls == 5) {
          non_ascii = true;
          ++q;
          continue;
        }
        break;
      }
      if (q == end_ && !eof_) return Parse::kNeedMore;
      finish_field(field, p, q, false, false, non_ascii);
      field.ascii_span = !non_ascii;
      p = q;
    }
    raw_.push_back(field);
    // p is on a separator, a line end, or the end of the input.
    if (p == end_) break;  // eof_ here
    if (data[p] == separator_) {
      ++p;
      if (p == end_ && !eof_) return Parse::kNeedMore;
      continue;
    }
    if (data[p] == '\r') {
      if (p + 1 == end_ && !eof_) return Parse::kNeedMore;
      ++p;
      if (p < end_ && data[p] == '\n') ++p;
    } else {
      ++p;  // '\n'
    }
    ++line;
    break;
  }
  start_ = p;
  line_ = line;
  return Parse::kRecord;
}

// Byte classes: 0 plain, 1 separator, 2 quote, 3 LF, 4 CR, 5 non-ASCII.
void CsvReader::set_classes() {
  classes_.fill(0);
  classes_[static_cast<unsigned char>(separator_)] = 1;
  classes_['"'] = 2;
  classes_['\n'] = 3;
  classes_['\r'] = 4;
  for (std::size_t c = 0x80; c < classes_.size(); ++c) classes_[c] = 5;
}

void CsvReader::resume(int line, std::int64_t records) {
  if (options_.separator != '\0') separator_ = options_.separator;
  started_ = true;
  set_classes();
  start_ = 0;
  end_ = 0;
  eof_ = false;
  bytes_read_ = 0;
  line_ = line;
  records_ = records;
}

int CsvReader::column_of(const RawField& field) const {
  return count_characters(buffer_.data() + field.line_start, buffer_.data() + field.raw_begin) + 1;
}

Result<bool> CsvReader::next(CsvRecord& record) {
  if (!started_) {
    OCTROI_TRY_STATUS(detect_start());
    started_ = true;
    set_classes();
  }
  while (true) {
    OCTROI_TRY(Parse parsed, parse_record(record));
    if (parsed == Parse::kEnd) return false;
    if (parsed == Parse::kNeedMore) {
      OCTROI_TRY_STATUS(fill());
      continue;
    }
    if (options_.skip_empty_lines && raw_.size() == 1 && raw_[0].size == 0 && !raw_[0].quoted) {
      continue;
    }
    break;
  }
  record.number = ++records_;
  record.line = raw_.front().line;
  record.fields.resize(raw_.size());
  // Columns counted incrementally along each line: linear in the record's size.
  int last_line = 0;
  std::size_t last_offset = 0;
  int last_column = 1;
  bool last_ascii = false;
  for (std::size_t i = 0; i < raw_.size(); ++i) {
    const RawField& raw = raw_[i];
    CsvField& field = record.fields[i];
    field.text = raw.in_scratch ? std::string_view(scratch_.data() + raw.begin, raw.size)
                                : std::string_view(buffer_.data() + raw.begin, raw.size);
    field.line = raw.line;
    if (raw.line == last_line) {
      const char* from = buffer_.data() + last_offset;
      const char* to = buffer_.data() + raw.raw_begin;
      field.column =
          last_column + (last_ascii ? static_cast<int>(to - from) : count_characters(from, to));
    } else {
      field.column = column_of(raw);
    }
    last_line = raw.line;
    last_offset = raw.raw_begin;
    last_column = field.column;
    last_ascii = raw.ascii_span;
    field.quoted = raw.quoted;
    field.windows1252 = raw.windows1252;
    if (raw.windows1252) {
      ++windows1252_fields_;
      if (first_windows1252_line_ == 0) first_windows1252_line_ = raw.line;
      encoding_ = CsvEncoding::kWindows1252;
    }
  }
  return true;
}

}  // namespace octroi
