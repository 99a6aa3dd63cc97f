// One input of `octroi import` (and of the web's imports screen), read as the
// kind it was recognised as: a dataset folder, a deliberation text, or an
// annex table (CSV, XLSX), with its reader's report (what it recognised, the
// lines it could not read). The CLI prints the report, the API sends it as
// JSON; both then hand `dataset` to service/import_programme.
// Thread safety: the function shares no state.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "import/import.h"

namespace octroi {

struct ImportInput {
  ImportInputKind kind = ImportInputKind::kDatasetFolder;
  DatasetSource source{};  // verbatim, digested: the store keeps it
  // The reader's report, for a text or a table; its `dataset` was moved to
  // `dataset` below (read it there).
  std::optional<DeliberationTextImport> text{};
  std::optional<TableImport> table{};
  ProgrammeDataset dataset{};
};

// The award rows of each theme block of `dataset` and their sum, in block
// order: what both the CLI's and the web's import reports print.
struct SectionSum {
  int theme = 0;
  int rows = 0;
  Amount total{};
};
std::vector<SectionSum> section_sums(const ProgrammeDataset& dataset);

// Recognises `path` (detect_import_input), reads it verbatim and loads it.
// `identity` is a table's programme identity when it has no such columns;
// kUsage when given for anything but a table. Errors name the path and,
// from the readers, the line, column and field.
Result<ImportInput> read_import_input(const std::filesystem::path& path,
                                      const TableIdentity& identity);

}  // namespace octroi
