// Private to the checks module: the statements family's checks that read
// more than one statement at a time (statement_detail_checks.cc).
#pragma once
#include <vector>

#include "checks/checks.h"

namespace octroi::statement_support {

// Per row: accompaniment + Ségur components against the row's amount, and the
// Ségur amount per ETP against that of the operation's other rows.
void check_components(const ProgrammeDataset& dataset, std::vector<Finding>& findings);
// Rows granted through an annexed amendment: quantity x the amendment's unit cost.
void check_unit_costs(const ProgrammeDataset& dataset, std::vector<Finding>& findings);
// An amendment's quantitative part: places x unit cost x rate against its maximum.
void check_amendment_splits(const ProgrammeDataset& dataset, std::vector<Finding>& findings);
// An amendment's quantitative and qualitative parts against the year's
// maximum cost (rate × cost = the part it prints), and their rates (100 %).
void check_split_shares(const ProgrammeDataset& dataset, std::vector<Finding>& findings);
// Operation titles printed in the description annexes and in annex 4.
void check_titles(const ProgrammeDataset& dataset, std::vector<Finding>& findings);

}  // namespace octroi::statement_support
