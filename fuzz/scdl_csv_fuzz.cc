// libFuzzer target for the streaming CSV reader and the SCDL subventions
// field validators. The first byte picks the chunk size (1..256 bytes), so
// records are cut everywhere. Oracles: no crash; the same records whatever
// the chunk size; every field is valid UTF-8 with a line and column inside
// the input; a refusal has a UTF-8 message; every finding of the validator
// has a UTF-8 message; every value a validator accepts reads back (amount,
// date, period).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "opendata/opendata.h"

namespace {

using octroi::CsvField;
using octroi::CsvOptions;
using octroi::CsvReader;
using octroi::CsvRecord;
using octroi::StringByteSource;
using octroi::fuzz::check;
using octroi::fuzz::is_utf8;

using Records = std::vector<std::vector<std::string>>;

Records read_all(const std::string& text, std::size_t chunk, int lines) {
  CsvOptions options;
  options.chunk_size = chunk;
  options.max_record_size = 1 << 16;
  CsvReader reader(std::make_unique<StringByteSource>(text, chunk), "fuzz.csv", options);
  Records records;
  CsvRecord record;
  while (true) {
    auto more = reader.next(record);
    if (!more.ok()) {
      check(is_utf8(more.error().message()));
      records.push_back({"<error>"});
      break;
    }
    if (!*more) break;
    std::vector<std::string> fields;
    for (const CsvField& field : record.fields) {
      check(is_utf8(field.text));
      check(field.line >= 1 && field.line <= lines);
      check(field.column >= 1);
      fields.emplace_back(field.text);
    }
    records.push_back(std::move(fields));
  }
  return records;
}

void check_values(std::string_view value) {
  for (std::size_t f = 0; f < octroi::kScdlSubventionFieldCount; ++f) {
    const auto field = static_cast<octroi::ScdlSubventionField>(f);
    auto problem = octroi::check_scdl_value(field, value);
    if (problem) {
      check(!problem->message.empty());
      check(is_utf8(problem->message) || !is_utf8(value));
      continue;
    }
    if (value.empty()) continue;
    if (field == octroi::ScdlSubventionField::kMontant) {
      auto amount = octroi::scdl_amount(value);
      check(amount.ok());
      check(*octroi::scdl_amount(octroi::scdl_amount_text(*amount)) == *amount);
    }
    if (field == octroi::ScdlSubventionField::kDateConvention) {
      auto date = octroi::scdl_date(value);
      check(date.ok() && date->iso() == value);
    }
    if (field == octroi::ScdlSubventionField::kDatesPeriodeVersement) {
      auto period = octroi::scdl_period(value);
      check(period.ok() && !(period->end < period->start));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t chunk = static_cast<std::size_t>(data[0]) + 1;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  int lines = 1;
  for (char c : text) lines += (c == '\n' || c == '\r') ? 1 : 0;
  const Records whole = read_all(text, 1 << 16, lines);
  check(read_all(text, chunk, lines) == whole);
  for (const auto& record : whole) {
    for (const std::string& field : record) check_values(field);
  }
  CsvReader reader(std::make_unique<StringByteSource>(text, chunk), "fuzz.csv");
  auto summary = octroi::validate_scdl_subventions(reader, [](const octroi::ScdlFinding& finding) {
    check(!finding.message.empty());
    check(is_utf8(finding.to_string()));
  });
  if (summary.ok()) check(summary->valid_rows + summary->invalid_rows == summary->rows);
  return 0;
}
