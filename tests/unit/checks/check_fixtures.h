// Minimal datasets for the checks' tests, built in C++: a consistent
// programme (two rows of one operation and their total) that each test breaks
// in one place.
#pragma once
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "checks/checks.h"
#include "domain/territory.h"

namespace octroi::check_fixtures {

inline Printed<Amount> printed_amount(std::int64_t cents, int line = 0) {
  return Printed<Amount>{"imprimé", Amount::from_cents(cents), false, std::nullopt, line};
}

inline TerritoryReference territory(std::string printed, Territory value) {
  return TerritoryReference{std::move(printed), TerritoryScope::of(value), {}, std::nullopt};
}

inline AnnexRow make_row(std::string id, std::string organisation, std::int64_t cents, int line) {
  Award award{AwardId(id), OrganisationId(organisation), OperationId("t1-o1"),
              TerritoryScope::of(Territory::kArtois)};
  award.amount = Amount::from_cents(cents);
  AnnexRow row{.award = award, .territory = territory("Artois", Territory::kArtois)};
  row.theme = 1;
  row.operation = 1;
  row.organisation = OrganisationReference{organisation, OrganisationId(organisation), {}};
  row.amount = printed_amount(cents, line);
  row.instrument = AnnexInstrument{"Convention type", "standard_agreement",
                                   LegalInstrument::kStandardAgreement, std::nullopt};
  row.source = SourceLines{line, line};
  return row;
}

inline PrintedQuantity quantity(std::int64_t value, std::string unit) {
  return PrintedQuantity{Printed<Quantity>{std::to_string(value), *Quantity::from_integer(value)},
                         std::move(unit), std::nullopt, std::nullopt};
}

inline ProgrammeDataset consistent() {
  ProgrammeDataset dataset;
  dataset.programme.programme.year = 2023;
  dataset.annex.annex = 4;
  OperationEntry operation;
  operation.operation.number = 1;
  operation.theme = 1;
  operation.budget_line.code = "C01";
  dataset.operations.push_back(operation);
  dataset.rows.push_back(make_row("t1-o1-01", "alpha", 1'000'000, 10));
  dataset.rows.push_back(make_row("t1-o1-02", "beta", 2'000'000, 11));
  DeclaredTotal total;
  total.id = "t1-o1-total";
  total.theme = 1;
  total.operation = 1;
  total.scope = TotalScope::kOperation;
  total.covered = {AwardId("t1-o1-01"), AwardId("t1-o1-02")};
  total.amount = printed_amount(3'000'000, 12);
  total.source = SourceLines{12, 12};
  dataset.totals.push_back(total);
  return dataset;
}

inline std::vector<std::string> codes(const std::vector<Finding>& findings) {
  std::vector<std::string> result;
  for (const Finding& finding : findings) result.push_back(finding.code);
  return result;
}

}  // namespace octroi::check_fixtures
