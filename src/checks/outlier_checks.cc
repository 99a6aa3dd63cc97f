// Outliers: within one operation, an award whose amount per unit (per place,
// post, measure...) is more than twice, or less than half, the median of its
// peers' (rows of the same operation counting the same unit with the same
// description but for its figures; three at least, most of them within that
// factor of the median, so that there is a norm to depart from).
// Exact arithmetic: unit amounts are compared as fractions amount / quantity.
#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <tuple>

#include "checks/check_support.h"
#include "checks/checks.h"
#include "money/format.h"

namespace octroi {
namespace {

using namespace check_support;  // NOLINT(google-build-using-namespace)

constexpr std::size_t kFewestPeers = 3;
constexpr std::int64_t kFarFactor = 2;

struct UnitAmount {
  const AnnexRow* row = nullptr;
  std::int64_t cents = 0;
  std::int64_t units = 0;  // Quantity units (ten-thousandths)
  const PrintedQuantity* quantity = nullptr;
};

// left.cents / left.units < right.cents / right.units, exactly.
bool cheaper(const UnitAmount& left, const UnitAmount& right) {
  return left.cents * right.units < right.cents * left.units;
}

// "Accompagnement de 12 bénéficiaires - opération du 01/09/23 au 31/08/24"
// -> "accompagnement de beneficiaires operation du au": what the row pays for.
std::string service_of(const AnnexRow& row) {
  std::string folded = fold_text(row.description.value_or(""));
  std::string kept;
  for (char letter : folded) {
    if (letter < '0' || letter > '9') kept += letter;
  }
  return fold_text(kept);
}

bool near(const UnitAmount& award, const UnitAmount& median) {
  const std::int64_t left = award.cents * median.units;
  const std::int64_t right = median.cents * award.units;
  return left <= right * kFarFactor && left * kFarFactor >= right;
}

}  // namespace

std::vector<Finding> check_outliers(const ProgrammeDataset& dataset) {
  std::vector<Finding> findings;
  std::map<std::tuple<int, int, std::string, std::string>, std::vector<UnitAmount>> groups;
  for (const AnnexRow& row : dataset.rows) {
    if (!row.amount.value || row.amount.value->cents() <= 0 || row.quantities.empty()) continue;
    const PrintedQuantity& quantity = row.quantities.front();
    if (!quantity.quantity.value || quantity.quantity.value->units() <= 0) continue;
    groups[{row.theme, row.operation, quantity.unit, service_of(row)}].push_back(
        {&row, row.amount.value->cents(), quantity.quantity.value->units(), &quantity});
  }
  for (auto& [key, group] : groups) {
    if (group.size() < kFewestPeers) continue;
    std::vector<UnitAmount> sorted = group;
    std::stable_sort(sorted.begin(), sorted.end(), cheaper);
    const UnitAmount& median = sorted[(sorted.size() - 1) / 2];
    const Amount median_amount = Amount::from_cents(median.cents * 10000 / median.units);
    const auto norm = static_cast<std::size_t>(
        std::count_if(group.begin(), group.end(),
                      [&median](const UnitAmount& award) { return near(award, median); }));
    if (norm * 2 <= group.size()) continue;
    for (const UnitAmount& award : group) {
      if (near(award, median)) continue;
      const Amount unit_amount = Amount::from_cents(award.cents * 10000 / award.units);
      findings.push_back(make_finding(
          Severity::kWarning, "outliers.unit_amount", row_where(*award.row),
          fmt::format("{} reçoit {} pour {} {}, soit {} par unité ; la médiane de l'opération est "
                      "de {} par unité ({} lignes).",
                      award.row->organisation.printed, award.row->amount.text,
                      award.quantity->quantity.text, std::get<2>(key), euros(unit_amount),
                      euros(median_amount), group.size()),
          {amount_value("montant", award.row->amount, award.row->source.line),
           {"quantité", award.quantity->quantity.text,
            format_quantity(*award.quantity->quantity.value), award.row->source.line},
           computed_value("montant par unité", unit_amount),
           computed_value("médiane de l'opération", median_amount)}));
    }
  }
  return findings;
}

}  // namespace octroi
