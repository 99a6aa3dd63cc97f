#include "service/import_programme.h"

#include <fmt/format.h>

#include "calendar/format.h"

namespace octroi {

Result<ImportOutcome> import_programme(ProgrammeRepository& repository, ProgrammeDataset dataset,
                                       const DatasetSource& source, const ImportOptions& options,
                                       const Stamp& stamp) {
  if (!options.programme_id.empty()) {
    OCTROI_TRY(auto id, ProgrammeId::parse(options.programme_id));
    dataset.programme.programme.id = id;
  }
  const std::string id = dataset.programme.programme.id.key();

  ImportOutcome outcome;
  outcome.programme_id = id;
  outcome.award_count = static_cast<int>(dataset.rows.size());
  outcome.declared_total_count = static_cast<int>(dataset.totals.size());
  outcome.organisation_count = static_cast<int>(dataset.organisations.size());
  for (const AnnexRow& row : dataset.rows) {
    OCTROI_TRY(outcome.total, outcome.total.plus(row.award.amount));
  }

  OCTROI_TRY(auto same_document, repository.find_by_digest(source.digest));
  if (same_document && !options.replace) {
    return Error(
        ErrorCode::kDuplicate,
        fmt::format("« {} » a déjà été importé comme programme « {} » le {}", source.origin,
                    same_document->id, format_timestamp(same_document->imported_at)));
  }
  OCTROI_TRY(auto existing, repository.find_programme(id));
  if (existing && !options.replace) {
    return Error(ErrorCode::kDuplicate,
                 fmt::format("le programme « {} » existe déjà (importé le {} depuis d'autres "
                             "fichiers)",
                             id, format_timestamp(existing->imported_at)));
  }
  outcome.replaced = existing.has_value();
  if (options.dry_run) return outcome;

  OCTROI_TRY_STATUS(repository.save_programme(dataset, source, stamp, options.replace));
  outcome.written = true;
  return outcome;
}

}  // namespace octroi
