// ScdlSubventionsChecks: the checks of an SCDL subventions file, record by
// record — the header (columns found, missing, misplaced, SCDL 1.x), the
// encoding, every row — and the summary they add up to. The one place the
// findings are worded: the streaming validator (scdl_subventions_validator.h)
// and the parallel one (scdl_subventions_fast_validator.h) both go through
// it, so they report the same findings. Thread safety: one per thread.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "base/result.h"
#include "opendata/csv_reader.h"
#include "opendata/scdl_subventions.h"
#include "opendata/scdl_subventions_validator.h"

namespace octroi {

class ScdlSubventionsChecks {
 public:
  static constexpr int kAbsent = -1;

  // `file` names the input in findings; `separator` is quoted in the
  // message about a row's number of fields. The sinks must outlive this.
  ScdlSubventionsChecks(std::string file, char separator, const ScdlFindingSink& on_finding,
                        const ScdlRowSink& on_row);

  // Checks that go on from where `header` is (the same file, separator,
  // columns and sinks but `on_finding`), with nothing counted or reported yet.
  ScdlSubventionsChecks(const ScdlSubventionsChecks& header, const ScdlFindingSink& on_finding);

  // The first Windows-1252 field of the file, reported once.
  void check_encoding(const CsvRecord& record);
  void read_header(const CsvRecord& record);
  // A data row: its CSV issues, its number of fields, every value, the rule
  // "idBeneficiaire or rnaBeneficiaire"; counts it valid or invalid.
  Status check_row(const CsvRecord& record);
  void report_file(std::string message);
  void set_separator(char separator) { separator_ = separator; }

  // True when a row of `fields` (plain UTF-8 values, as many as the header,
  // no CSV issue) gets no finding from check_row; then `amount` is its
  // montant (0 when absent). Allocates nothing.
  bool row_is_valid(std::span<const std::string_view> fields, Amount& amount) const;
  // Counts a row row_is_valid() accepted, as check_row would have.
  void count_valid_row(Amount amount);

  std::size_t header_size() const { return header_size_; }
  bool encoding_reported() const { return encoding_reported_; }
  // True when a valid row's amount was left out of the total (overflow).
  bool total_overflowed() const { return total_overflowed_; }
  ScdlValidationSummary& summary() { return summary_; }
  const std::string& file() const { return file_; }

 private:
  void report(const ScdlFinding& finding);
  void report_at(const CsvRecord& record, const CsvField* field, std::string_view name,
                 std::string message, bool old_format = false);
  const CsvField* field_of(const CsvRecord& record, ScdlSubventionField field) const;
  void fill_award(const CsvRecord& record, Amount amount);

  std::string file_;
  char separator_;
  const ScdlFindingSink& on_finding_;
  const ScdlRowSink& on_row_;
  std::array<int, kScdlSubventionFieldCount> columns_{};
  std::size_t header_size_ = 0;
  bool encoding_reported_ = false;
  bool total_overflowed_ = false;
  ScdlValidationSummary summary_{};
  OpendataAward award_{};
};

}  // namespace octroi
