// libFuzzer differential target for the parallel SCDL subventions validator
// (opendata/scdl_subventions_fast_validator.h): the same bytes through the
// streaming validator and the parallel one must give the same findings
// (to_string, value, record, in order), the same summary or the same error.
// The first byte picks how the parallel one reads: bit 0 puts the SCDL
// header in front (so rows get checked), bit 1 AVX2 or SSE2, the other bits
// the window size (64 to 1 072 bytes: rows cut anywhere, rows longer than
// the window); the file is always split in two when it has two rows. Also:
// scdl_value_plainly_valid accepts no value check_scdl_value refuses.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

#include "fuzz_support.h"
#include "opendata/opendata.h"

namespace {

using octroi::ScdlFinding;
using octroi::ScdlValidationSummary;
using octroi::fuzz::check;

const char kHeader[] =
    "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,"
    "rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
    "notificationUE,pourcentageSubvention,dispositifAide\n";

std::string describe(const ScdlFinding& finding) {
  return finding.to_string() + "|" + finding.value + "|" + std::to_string(finding.record) + "|" +
         std::to_string(finding.old_format) + "|" + finding.location.field + "|" +
         std::to_string(finding.location.column);
}

std::string describe(const octroi::Result<ScdlValidationSummary>& result) {
  if (!result.ok()) return "error " + result.error().to_string();
  const ScdlValidationSummary& s = *result;
  std::string text = std::to_string(s.rows) + " " + std::to_string(s.valid_rows) + " " +
                     std::to_string(s.invalid_rows) + " " + std::to_string(s.findings) + " " +
                     std::to_string(s.old_format_findings) + " " + std::to_string(s.bytes) + " " +
                     s.separator + " " + std::to_string(static_cast<int>(s.encoding)) + " " +
                     std::to_string(s.old_header) + " " + std::to_string(s.total.cents());
  for (std::int64_t count : s.findings_by_field) text += " " + std::to_string(count);
  return text;
}

// The input as a file both validators open by name: an in-memory file.
const std::string& file_with(const std::string& text) {
  static const int descriptor = memfd_create("scdl_fast_validator_fuzz", 0);
  static const std::string path = "/proc/self/fd/" + std::to_string(descriptor);
  check(descriptor >= 0);
  check(ftruncate(descriptor, 0) == 0);
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t count = pwrite(descriptor, text.data() + written, text.size() - written,
                                 static_cast<off_t>(written));
    check(count > 0);
    written += static_cast<std::size_t>(count);
  }
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned config = data[0];
  std::string text = (config & 1U) != 0 ? std::string(kHeader) : std::string();
  text.append(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string& path = file_with(text);

  std::vector<std::string> expected;
  std::string expected_summary;
  {
    auto reader = octroi::CsvReader::open(path);
    check(reader.ok());
    auto summary = octroi::validate_scdl_subventions(
        **reader, [&](const ScdlFinding& finding) { expected.push_back(describe(finding)); });
    expected_summary = describe(summary);
  }
  octroi::ScdlFastValidationOptions options;
  options.avx2 = (config & 2U) != 0;
  options.window_size = 64 + 16 * (config >> 2);
  options.split_minimum = 0;
  options.findings_in_memory = config >> 5;  // the others in a temporary file
  std::vector<std::string> got;
  auto summary = octroi::validate_scdl_subventions_file(
      path, [&](const ScdlFinding& finding) { got.push_back(describe(finding)); }, options);
  check(describe(summary) == expected_summary);
  check(got == expected);
  // The quick look of the fast path never accepts a value the checks refuse.
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ',' && text[i] != ';' && text[i] != '\n') continue;
    const std::string_view piece(text.data() + begin, i - begin);
    for (std::size_t f = 0; f < octroi::kScdlSubventionFieldCount; ++f) {
      const auto field = static_cast<octroi::ScdlSubventionField>(f);
      if (octroi::scdl_value_plainly_valid(field, piece)) {
        check(!octroi::check_scdl_value(field, piece).has_value());
      }
    }
    begin = i + 1;
  }
  return 0;
}
