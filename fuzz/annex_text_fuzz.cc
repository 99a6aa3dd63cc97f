// libFuzzer target for the deliberation text reader (src/import/text/): no
// input may crash it; a refusal carries a printable message naming the file;
// a text that reads accounts for every line of its annex area (imported,
// recognised or listed unparsed), lists its other unparsed lines (prose) in
// line order with UTF-8 reasons, every row points at a known operation
// and organisation, and so do the statements and amendments read from the
// prose.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "annex_dataset_checks.h"
#include "fuzz_support.h"
#include "import/import.h"
#include "import/text/annex_text_reader.h"

using octroi::fuzz::check;
using octroi::fuzz::is_utf8;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);

  // Any cell may be offered as a territory.
  if (size < 256) {
    std::optional<octroi::TerritoryReference> territory =
        octroi::text_import::read_territory_cell(text);
    if (territory) check(!territory->canonical_keys.empty());
  }

  octroi::Result<octroi::DeliberationTextImport> read =
      octroi::read_deliberation_text("fuzz", "fuzz.txt", text);
  if (!read.ok()) {
    check(!read.error().message().empty());
    check(is_utf8(read.error().message()));
    check(read.error().location().file == "fuzz.txt");
    return 0;
  }
  const octroi::DeliberationTextImport& imported = *read;
  const octroi::ProgrammeDataset& dataset = imported.dataset;
  check(imported.annex_from_line >= 1);
  check(imported.annex_to_line >= imported.annex_from_line);
  check(static_cast<int>(imported.kinds.size()) ==
        imported.annex_to_line - imported.annex_from_line + 1);
  std::size_t unparsed = 0;
  for (octroi::AnnexLineKind kind : imported.kinds) {
    if (kind == octroi::AnnexLineKind::kUnparsed) ++unparsed;
  }
  // Unparsed lines of the annex area are those of kind kUnparsed; the prose
  // readers list the others (a fact they recognise but cannot read), in
  // line order with them.
  std::size_t in_annex = 0;
  int previous = 0;
  for (const octroi::UnparsedLine& line : imported.unparsed) {
    if (line.line >= imported.annex_from_line && line.line <= imported.annex_to_line) {
      ++in_annex;
    }
    check(line.line >= 1 && line.line >= previous);
    previous = line.line;
    check(!line.reason.empty() && is_utf8(line.reason));
    check(is_utf8(line.text));
  }
  check(unparsed == in_annex);
  octroi::fuzz::check_annex_dataset(dataset);
  // The prose readers' statements and amendments are about rows and
  // organisations of the annex, and hold the values they were read for.
  for (const octroi::DeclaredStatement& statement : dataset.report.statements) {
    for (const octroi::AwardId& row : statement.rows) check(dataset.find_row(row.key()) != nullptr);
    if (statement.amount) check(statement.amount->value.has_value());
  }
  for (const octroi::AmendmentRecord& amendment : dataset.amendments) {
    check(dataset.find_organisation(amendment.organisation.id.key()) != nullptr);
    for (const octroi::UnitCostClause& cost : amendment.unit_costs) {
      check(cost.amount.value.has_value() && !cost.per.empty());
    }
    for (const octroi::SplitClause& split : amendment.splits) {
      check(split.rate.value.has_value() && split.maximum.value.has_value());
    }
  }
  return 0;
}
