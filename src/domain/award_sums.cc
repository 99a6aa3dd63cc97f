// Checked totals of awards by operation, organisation and theme.
#include "domain/award_sums.h"

#include <fmt/format.h>
#include <unordered_map>

namespace octroi {

namespace {

template <typename Predicate>
Result<Amount> total_where(std::span<const Award> awards, Predicate keep) {
  Amount total = Amount::zero();
  for (const Award& award : awards) {
    if (!keep(award)) continue;
    OCTROI_TRY(total, total.plus(award.amount));
  }
  return total;
}

}  // namespace

Result<Amount> total_of(std::span<const Award> awards) {
  return total_where(awards, [](const Award&) { return true; });
}

Result<Amount> total_for_operation(std::span<const Award> awards, const OperationId& operation) {
  return total_where(awards, [&](const Award& award) { return award.operation == operation; });
}

Result<Amount> total_for_organisation(std::span<const Award> awards,
                                      const OrganisationId& organisation) {
  return total_where(awards,
                     [&](const Award& award) { return award.organisation == organisation; });
}

Result<Amount> total_for_theme(std::span<const Award> awards, std::span<const Operation> operations,
                               const ThemeId& theme) {
  std::unordered_map<OperationId, const Operation*> by_id;
  for (const Operation& operation : operations) by_id.emplace(operation.id, &operation);
  for (const Award& award : awards) {
    if (!by_id.contains(award.operation)) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("ligne de répartition « {} » : opération inconnue « {} »",
                               award.id.key(), award.operation.key()));
    }
  }
  return total_where(awards,
                     [&](const Award& award) { return by_id.at(award.operation)->theme == theme; });
}

}  // namespace octroi
