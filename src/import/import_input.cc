#include "import/import_input.h"

#include <utility>

namespace octroi {

std::vector<SectionSum> section_sums(const ProgrammeDataset& dataset) {
  std::vector<SectionSum> sums;
  sums.reserve(dataset.sections.size());
  for (std::size_t s = 0; s < dataset.sections.size(); ++s) {
    SectionSum sum{.theme = dataset.sections[s].theme, .rows = 0, .total = Amount::zero()};
    for (const AnnexRow& row : dataset.rows) {
      if (row.section != static_cast<int>(s)) continue;
      ++sum.rows;
      Result<Amount> next = sum.total.plus(row.award.amount);
      if (next.ok()) sum.total = *next;
    }
    sums.push_back(sum);
  }
  return sums;
}

Result<ImportInput> read_import_input(const std::filesystem::path& path,
                                      const TableIdentity& identity) {
  auto kind = detect_import_input(path);
  if (!kind.ok()) return Error(ErrorCode::kUsage, kind.error().message());
  const bool table = *kind == ImportInputKind::kCsvTable || *kind == ImportInputKind::kXlsxTable;
  if (!table && !identity.empty()) {
    return Error(ErrorCode::kUsage,
                 "l'identité d'un tableau (titre, date de séance, délibération, organe, "
                 "collectivité, feuille ; --title, --session-date, --deliberation, --body, "
                 "--authority, --sheet) ne vaut que pour un tableau (.csv, .xlsx)");
  }
  ImportInput input;
  input.kind = *kind;
  switch (*kind) {
    case ImportInputKind::kDatasetFolder: {
      OCTROI_TRY(input.source, read_dataset_source(path));
      OCTROI_TRY(input.dataset, load_dataset(input.source));
      break;
    }
    case ImportInputKind::kDeliberationText: {
      OCTROI_TRY(input.source, read_text_source(path));
      OCTROI_TRY(DeliberationTextImport text, load_deliberation_text(input.source));
      input.dataset = std::move(text.dataset);
      input.text = std::move(text);
      break;
    }
    case ImportInputKind::kCsvTable:
    case ImportInputKind::kXlsxTable: {
      const TableFormat format =
          *kind == ImportInputKind::kCsvTable ? TableFormat::kCsv : TableFormat::kXlsx;
      OCTROI_TRY(input.source, read_table_source(path, format, identity));
      OCTROI_TRY(TableImport read, load_table(input.source));
      input.dataset = std::move(read.dataset);
      input.table = std::move(read);
      break;
    }
  }
  return input;
}

}  // namespace octroi
