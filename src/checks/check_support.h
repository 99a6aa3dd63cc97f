// Private to the checks module: helpers shared by the families (summing
// award rows without throwing, building findings, quoting amounts).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "money/amount.h"

namespace octroi::check_support {

// The sum of the amounts, or nullopt on overflow.
std::optional<Amount> sum(const std::vector<Amount>& amounts);
// The amounts of `ids`'s rows (unknown ids and unparseable amounts skipped).
std::vector<Amount> row_amounts(const ProgrammeDataset& dataset, const std::vector<AwardId>& ids);
// The rows of a theme (and of an operation when given).
std::vector<const AnnexRow*> rows_of(const ProgrammeDataset& dataset, int theme,
                                     std::optional<int> operation = std::nullopt);
// Where for one annex row.
Where row_where(const AnnexRow& row);
// "783 128,51 €"
std::string euros(Amount amount);
ComparedValue amount_value(std::string label, const Printed<Amount>& printed, int line = 0);
ComparedValue computed_value(std::string label, Amount amount);
Finding make_finding(Severity severity, std::string code, Where where, std::string message,
                     std::vector<ComparedValue> values = {});

}  // namespace octroi::check_support
