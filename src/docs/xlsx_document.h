// XlsxDocument: tables as workbooks (libxlsxwriter) whose totals are real
// formulas, so that staff who change a cell see the totals follow: Annex 4
// (each operation's total =SUM over its rows, each theme's total the sum of
// its operations' totals, the general total the sum of the themes') and the
// report's budget table (remaining = available − proposed). Every formula
// also carries its computed value, for readers that do not recalculate.
#pragma once

#include <string>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "service/annex_table.h"

namespace octroi::docs {

// kIo when the workbook cannot be written to its temporary file.
Result<std::string> annex_xlsx(const ProgrammeDataset& dataset, const AnnexTable& table);
Result<std::string> report_xlsx(const ProgrammeDataset& dataset);

}  // namespace octroi::docs
