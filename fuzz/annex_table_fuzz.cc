// libFuzzer target for the annex table reader (src/import/table/): the input
// is read as a CSV table and, when it is small, as an XLSX workbook. No input
// may crash it; a refusal carries a printable message naming the file; a
// table that reads accounts for every line after its header (imported,
// recognised or listed unparsed), and every row points at a known operation
// and organisation.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "annex_dataset_checks.h"
#include "fuzz_support.h"
#include "import/import.h"

using octroi::fuzz::check;
using octroi::fuzz::is_utf8;

namespace {

void check_table(const octroi::Result<octroi::TableImport>& read, std::string_view file) {
  if (!read.ok()) {
    check(!read.error().message().empty());
    check(is_utf8(read.error().message()));
    check(read.error().location().file == file);
    return;
  }
  const octroi::TableImport& table = *read;
  const octroi::ProgrammeDataset& dataset = table.dataset;
  std::size_t unparsed = 0;
  for (octroi::AnnexLineKind kind : table.kinds) {
    if (kind == octroi::AnnexLineKind::kUnparsed) ++unparsed;
  }
  check(unparsed == table.unparsed.size());
  for (const octroi::UnparsedLine& line : table.unparsed) {
    check(line.line > table.header_line && line.line <= table.last_line);
    check(!line.reason.empty() && is_utf8(line.reason));
    check(is_utf8(line.text));
  }
  octroi::fuzz::check_annex_dataset(dataset);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  octroi::TableIdentity identity;
  identity.title = "AAP 2024 - phase 2";
  identity.session_date = "11/03/2024";
  identity.deliberation_number = "2024-120";
  identity.body = "commission_permanente";
  identity.authority = "Département de la Somme";
  check_table(
      octroi::read_annex_table_file("fuzz", "fuzz.csv", bytes, octroi::TableFormat::kCsv, identity),
      "fuzz.csv");
  if (size < 65536) {
    check_table(octroi::read_annex_table_file("fuzz", "fuzz.xlsx", bytes,
                                              octroi::TableFormat::kXlsx, identity),
                "fuzz.xlsx");
  }
  return 0;
}
