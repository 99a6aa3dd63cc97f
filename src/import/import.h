// The import module's public surface: the strict loader of programme datasets
// and parameter files (docs/data-format.md), from a folder or from file
// contents held in memory (the store keeps a dataset's files verbatim).
// A load either returns the whole value or the first error, with its file,
// line, column and field path and a French message; nothing half-built.
// Thread safety: the functions share no state.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/parameter.h"
#include "domain/programme_dataset.h"
#include "import/dataset_source.h"
#include "import/table/table_import.h"
#include "import/text/deliberation_text.h"
#include "service/programme_repository.h"

namespace octroi {

struct DatasetLoadOptions {
  // The parameters that rule `parameters:` and rate `parameter:` references
  // must name; they are attached to the dataset. nullopt: references to
  // parameters are not checked and the dataset carries no parameters.
  std::optional<std::vector<Parameter>> parameters{};
  // The id a stored programme was imported as (`octroi import … --as ID`):
  // it becomes the dataset's programme id, as import_programme made it,
  // instead of programme.yaml's `id` being checked against the folder name.
  std::optional<ProgrammeId> stored_as{};
};

// Loads the dataset folder `folder` (its name is the programme id), reading
// every regular file directly in it, and the parameters of the sibling folder
// `parameters/` when it exists (data/parameters/ for data/<id>/).
Result<ProgrammeDataset> load_dataset(const std::filesystem::path& folder);

// Loads a dataset from its files' contents (file name -> content, as in the
// folder). `folder_name` is the name of the folder they come from, which
// programme.yaml's `id` must equal (checked after every other verification).
Result<ProgrammeDataset> load_dataset_files(std::string_view folder_name,
                                            const std::map<std::string, std::string>& files,
                                            const DatasetLoadOptions& options = {});

// Loads a dataset kept verbatim (the store's copy, or read_dataset_source's):
// the programme id is the last component of `source.origin`. Parameters are
// not read (see DatasetLoadOptions).
Result<ProgrammeDataset> load_dataset(const DatasetSource& source);

// Every `<name>.yaml` of `folder` (data/parameters/), in name order; other
// files are ignored. kIo when the folder cannot be read.
Result<std::vector<Parameter>> load_parameters(const std::filesystem::path& folder);

// One parameter file's content; `name` is its file name without ".yaml".
Result<Parameter> load_parameter(std::string_view name, std::string_view content);

// --- Deliberation texts (import/text/deliberation_text.h, docs/import.md) ---

// What `octroi import PATH` was given.
enum class ImportInputKind {
  kDatasetFolder,     // a folder of YAML files (docs/data-format.md)
  kDeliberationText,  // a deliberation's plain text, a regular file named *.txt
  kCsvTable,          // an annex table as CSV, a regular file named *.csv
  kXlsxTable,         // an annex table as XLSX: named *.xlsx, or any file starting "PK"
};

// By extension (any case), and by content: a file that starts as a zip
// ("PK\x03\x04") is read as XLSX. kUsage naming the path for anything else,
// and for an SCDL subventions CSV (header "nomAttribuant;idAttribuant;…"),
// which `octroi opendata import` reads; kIo when it does not exist or cannot
// be examined.
Result<ImportInputKind> detect_import_input(const std::filesystem::path& path);

// Reads a deliberation text file verbatim into a DatasetSource: origin is the
// file's path, files holds its content under kDeliberationTextFile, so the
// digest (and the refusal of a second import) does not depend on the file's
// name. kIo when unreadable; kInvalidValue over 64 MiB.
Result<DatasetSource> read_text_source(const std::filesystem::path& file);

// True for the files of a read_text_source source: exactly one file, named
// kDeliberationTextFile. load_dataset_files reads such files with the text
// reader (programme id from `folder_name` by programme_id_from_file_name), so
// a programme imported from a text loads back from the store like any other.
bool is_deliberation_text_source(const std::map<std::string, std::string>& files);

// Reads the text of a read_text_source source, with the text reader's report
// (unparsed lines, totals that do not reconcile). The programme id is derived
// from the origin's file name.
Result<DeliberationTextImport> load_deliberation_text(const DatasetSource& source);

// --- Annex tables (import/table/table_import.h, docs/import.md) -------------

// The names a table and its identity options have in a DatasetSource, so
// that the digest depends on the content only, not on the file's name.
inline constexpr std::string_view kTableCsvFile = "annexe.csv";
inline constexpr std::string_view kTableXlsxFile = "annexe.xlsx";
inline constexpr std::string_view kTableIdentityFile = "identite-tableau.yaml";

// A table's bytes as a DatasetSource, as read_table_source makes it from a
// file; the programme id is derived from `origin`'s file name.
DatasetSource table_source(std::string content, std::string origin, TableFormat format,
                           const TableIdentity& identity);

// Reads a table file verbatim into a DatasetSource (origin: the file's path):
// the table under kTableCsvFile or kTableXlsxFile, and `identity` (when any
// option is given) under kTableIdentityFile, so that the stored programme
// loads back the same. kIo when unreadable; kInvalidValue over 64 MiB.
Result<DatasetSource> read_table_source(const std::filesystem::path& file, TableFormat format,
                                        const TableIdentity& identity);

// True for the files of a read_table_source source. load_dataset_files reads
// them with the table reader (programme id from `folder_name`).
bool is_table_source(const std::map<std::string, std::string>& files);

// Reads the table of a read_table_source source (or of a stored copy:
// `name` is the origin's file name or the programme id), with its report.
Result<TableImport> load_table_files(std::string_view name,
                                     const std::map<std::string, std::string>& files);
Result<TableImport> load_table(const DatasetSource& source);

}  // namespace octroi
