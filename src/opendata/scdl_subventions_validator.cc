// Streaming SCDL subventions validation (see scdl_subventions_validator.h).
#include "opendata/scdl_subventions_validator.h"

#include "opendata/read_ahead_records.h"
#include "opendata/scdl_subventions_checks.h"

namespace octroi {
namespace {

// Reads the records and hands them to the checks (scdl_subventions_checks.h).
class Validation {
 public:
  Validation(CsvReader& reader, const ScdlFindingSink& on_finding, const ScdlRowSink& on_row)
      : reader_(reader), checks_(reader.file(), reader.separator(), on_finding, on_row) {}

  // `next` gives the records of reader_ (itself, or read ahead).
  template <typename NextRecord>
  Result<ScdlValidationSummary> run(NextRecord next) {
    CsvRecord record;
    OCTROI_TRY(bool any, next(record));
    if (!any) {
      checks_.report_file(
          "fichier vide : l'en-tête des 16 colonnes du schéma SCDL subventions 2.1.1 est "
          "attendu");
      return finish();
    }
    checks_.set_separator(reader_.separator());  // known once the first record is read
    checks_.check_encoding(record);
    checks_.read_header(record);
    while (true) {
      OCTROI_TRY(bool more, next(record));
      if (!more) break;
      checks_.check_encoding(record);
      OCTROI_TRY_STATUS(checks_.check_row(record));
    }
    return finish();
  }

 private:
  ScdlValidationSummary finish() {
    ScdlValidationSummary summary = checks_.summary();
    summary.bytes = reader_.bytes_read();
    summary.separator = reader_.separator();
    summary.encoding = reader_.encoding();
    return summary;
  }

  CsvReader& reader_;
  ScdlSubventionsChecks checks_;
};

}  // namespace

std::string ScdlFinding::to_string() const {
  std::string where = location.to_string();
  std::string text = where.empty() ? message : where + " : " + message;
  return text;
}

Result<ScdlValidationSummary> validate_scdl_subventions(CsvReader& reader,
                                                        const ScdlFindingSink& on_finding,
                                                        const ScdlRowSink& on_row,
                                                        ScdlReading reading) {
  Validation validation(reader, on_finding, on_row);
  if (reading == ScdlReading::kReadAhead) {
    ReadAheadRecords records(reader);
    return validation.run([&records](CsvRecord& record) { return records.next(record); });
  }
  return validation.run([&reader](CsvRecord& record) { return reader.next(record); });
}

}  // namespace octroi
