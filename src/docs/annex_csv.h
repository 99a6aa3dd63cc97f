// AnnexCsv: Annex 4 as a CSV table for staff's spreadsheets and for
// `octroi import`: one line per award and per declared total, in printed
// order, with French headers that the table reader maps back to the same
// awards (docs/import.md). UTF-8 with a byte order mark, ';' between fields,
// CRLF line ends, decimal comma, fields quoted when they hold ';', '"', a line
// break or surrounding spaces — what Excel set to French opens as is.
// Amounts are written from their cents, exactly. Each award line also
// gives its operation's budget line code (what an agreement is charged to).
#pragma once

#include <string>

#include "domain/programme_dataset.h"

namespace octroi::docs {

std::string annex_csv(const ProgrammeDataset& dataset);

}  // namespace octroi::docs
