// Streaming validation of an SCDL "subventions" CSV file (schema 2.1.1):
// the header (missing, unknown or misplaced columns; the SCDL 1.x header is
// recognised and reported), every value of every row (scdl_subventions.h),
// the rule "idBeneficiaire or rnaBeneficiaire", the number of fields of each
// row, the encoding (UTF-8 required: Windows-1252 is detected and reported).
// Records are read one at a time from a CsvReader, so memory does not grow
// with the file. Each finding goes to a callback as soon as it is found;
// each valid row can go to another (to load it), as an OpendataAward.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>

#include "base/result.h"
#include "opendata/csv_reader.h"
#include "opendata/scdl_subventions.h"
#include "service/opendata_repository.h"

namespace octroi {

// One thing wrong in the file: where (file, line, column, field), the value
// as read, and what was expected (French).
struct ScdlFinding {
  Location location{};
  std::string value{};
  std::string message{};
  std::int64_t record = 0;  // 1: the header; 0: the whole file
  bool old_format = false;  // the SCDL 1.x form (header or '_' period)

  // "subventions.csv, ligne 12, colonne 45, champ « idBeneficiaire » : …"
  std::string to_string() const;
};

struct ScdlValidationSummary {
  std::int64_t rows = 0;  // data records read (header excluded)
  std::int64_t valid_rows = 0;
  std::int64_t invalid_rows = 0;  // rows with at least one finding
  std::int64_t findings = 0;      // every finding, header and file included
  std::int64_t old_format_findings = 0;
  std::array<std::int64_t, kScdlSubventionFieldCount> findings_by_field{};
  std::int64_t bytes = 0;
  char separator = ',';
  CsvEncoding encoding = CsvEncoding::kUtf8;
  bool old_header = false;  // the SCDL 1.x header
  Amount total{};           // montant of the valid rows
  bool valid() const { return findings == 0; }
};

using ScdlFindingSink = std::function<void(const ScdlFinding&)>;
// Returns an error to stop the validation (a database write that failed).
using ScdlRowSink = std::function<Status(const OpendataAward&)>;

// Where the records are read: on the calling thread, or read ahead on a
// worker thread while the caller checks (read_ahead_records.h) — the same
// findings in the same order, faster on two cores.
enum class ScdlReading { kSameThread, kReadAhead };

// Reads every record of `reader`. Errors are only for input that cannot be
// read (kIo) or parsed as CSV (kParse: an unclosed quote…), and what
// `on_row` returns; everything else is a finding.
Result<ScdlValidationSummary> validate_scdl_subventions(
    CsvReader& reader, const ScdlFindingSink& on_finding, const ScdlRowSink& on_row = {},
    ScdlReading reading = ScdlReading::kSameThread);

}  // namespace octroi
