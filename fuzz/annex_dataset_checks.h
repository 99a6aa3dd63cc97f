// The promises every annex reader keeps on a dataset it returns (text and
// table fuzz targets alike): at least one row; row and total ids unique;
// each row on a known operation and organisation, with an amount; each total
// with an amount; a valid programme; printed names in UTF-8.
#pragma once

#include <set>
#include <string>

#include "domain/programme_dataset.h"
#include "fuzz_support.h"

namespace octroi::fuzz {

inline void check_annex_dataset(const ProgrammeDataset& dataset) {
  check(!dataset.rows.empty());
  std::set<std::string> ids;
  for (const AnnexRow& row : dataset.rows) {
    check(ids.insert(row.award.id.key()).second);
    check(dataset.find_operation(row.theme, row.operation) != nullptr);
    check(dataset.find_organisation(row.organisation.id.key()) != nullptr);
    check(row.amount.value.has_value());
    check(is_utf8(row.organisation.printed));
  }
  for (const DeclaredTotal& total : dataset.totals) {
    check(ids.insert(total.id).second);
    check(total.amount.value.has_value());
  }
  check(dataset.programme.programme.validate().ok());
}

}  // namespace octroi::fuzz
