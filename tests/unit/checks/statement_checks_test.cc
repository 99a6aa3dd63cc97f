#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_fixtures.h"

namespace octroi {
namespace {

using namespace check_fixtures;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;
using ::testing::IsEmpty;

DeclaredStatement statement_about_row(std::int64_t cents) {
  DeclaredStatement statement;
  statement.id = "a1-o1-alpha";
  statement.scope = StatementScope::kOrganisation;
  statement.theme = 1;
  statement.operation = 1;
  statement.rows = {AwardId("t1-o1-01")};
  statement.amount = printed_amount(cents, 5);
  statement.territories = {territory("Artois", Territory::kArtois)};
  statement.annex_references = {AnnexReference{"annexe 4", {4}, std::nullopt}};
  statement.source = SourceLines{5, 5};
  return statement;
}

TEST(StatementChecks, StatementThatAgreesWithTheAnnex) {
  ProgrammeDataset dataset = consistent();
  dataset.report.statements.push_back(statement_about_row(1'000'000));
  DeclaredStatement whole;
  whole.scope = StatementScope::kOperation;
  whole.theme = 1;
  whole.operation = 1;
  whole.organisations_count = Printed<int>{"2", 2};
  whole.amount = printed_amount(3'000'000, 6);
  dataset.report.statements.push_back(whole);
  EXPECT_THAT(check_statements(dataset), IsEmpty());
}

TEST(StatementChecks, AmountTerritoryAndAnnexReference) {
  ProgrammeDataset dataset = consistent();
  DeclaredStatement statement = statement_about_row(1'500'000);
  statement.territories = {territory("Calaisis", Territory::kCalaisis)};
  statement.annex_references = {AnnexReference{"annexe 5", {5}, std::nullopt}};
  dataset.report.statements.push_back(statement);
  EXPECT_THAT(codes(check_statements(dataset)),
              ElementsAre("statements.amount_mismatch", "statements.territory_mismatch",
                          "statements.wrong_annex_reference"));
}

TEST(StatementChecks, CountOfOrganisations) {
  ProgrammeDataset dataset = consistent();
  DeclaredStatement whole;
  whole.scope = StatementScope::kOperation;
  whole.theme = 1;
  whole.operation = 1;
  whole.organisations_count = Printed<int>{"3", 3};
  dataset.report.statements.push_back(whole);
  EXPECT_THAT(codes(check_statements(dataset)),
              ElementsAre("statements.organisation_count_mismatch"));
}

// An operation is its theme's and its number: t1-o1 and t2-o1 are two
// operations (they were counted as one).
TEST(StatementChecks, CountOfOperationsAcrossThemes) {
  ProgrammeDataset dataset = consistent();
  dataset.rows[1].theme = 2;
  DeclaredStatement whole;
  whole.scope = StatementScope::kProgramme;
  whole.rows = {AwardId("t1-o1-01"), AwardId("t1-o1-02")};
  whole.operations_count = Printed<int>{"2", 2};
  dataset.report.statements.push_back(whole);
  EXPECT_THAT(check_statements(dataset), IsEmpty());
  dataset.report.statements[0].operations_count = Printed<int>{"1", 1};
  EXPECT_THAT(codes(check_statements(dataset)), ElementsAre("statements.operation_count_mismatch"));
}

TEST(StatementChecks, OperationTitles) {
  ProgrammeDataset dataset = consistent();
  dataset.operations[0].titles = {{"annex1", "", "Une chance pour soigner", {3, 3}},
                                  {"annex4", "", "Une chance pour soigner", {9, 9}}};
  EXPECT_THAT(check_statements(dataset), IsEmpty());
  dataset.operations[0].titles[1].title = "Une chance pour saigner";
  EXPECT_THAT(codes(check_statements(dataset)), ElementsAre("statements.title_mismatch"));
  dataset.operations[0].titles[1].title = "Une Chance pour soigner";
  EXPECT_THAT(codes(check_statements(dataset)), ElementsAre("statements.title_variant"));
}

// Le Cheval Bleu's 2023 parts: 50 % + 50 % of a 40 000 € maximum cost.
AmendmentRecord amendment_with_shares(std::int64_t quantitative_cents,
                                      std::int64_t qualitative_rate) {
  AmendmentRecord amendment;
  amendment.annex = 6;
  AmountClause cost;
  cost.amount = printed_amount(4'000'000);
  cost.maximum = true;
  cost.origin.year = 2023;
  amendment.amounts.push_back(cost);
  SplitClause quantitative;
  quantitative.part = "quantitative";
  quantitative.rate = Printed<Rate>{"50%", Rate::from_percent(50)};
  quantitative.maximum = printed_amount(quantitative_cents);
  quantitative.origin.year = 2023;
  SplitClause qualitative = quantitative;
  qualitative.part = "qualitative";
  qualitative.rate = Printed<Rate>{"x%", Rate::from_percent(qualitative_rate)};
  qualitative.maximum = printed_amount(4'000'000 * qualitative_rate / 100);
  amendment.splits = {quantitative, qualitative};
  return amendment;
}

TEST(StatementChecks, AmendmentSharesAgreeWithTheYearsCost) {
  ProgrammeDataset dataset = consistent();
  dataset.amendments.push_back(amendment_with_shares(2'000'000, 50));
  EXPECT_THAT(check_statements(dataset), ::testing::IsEmpty());
}

TEST(StatementChecks, AmendmentShareDisagreesWithTheYearsCost) {
  ProgrammeDataset dataset = consistent();
  dataset.amendments.push_back(
      amendment_with_shares(2'500'000, 50));  // 50 % of 40 000 € is 20 000 €
  const std::vector<Finding> findings = check_statements(dataset);
  EXPECT_THAT(codes(findings), ::testing::ElementsAre("statements.split_share_mismatch"));
  EXPECT_NE(findings.front().message.find("20\u202f000,00"), std::string::npos)
      << findings.front().message;
}

TEST(StatementChecks, AmendmentSharesMustMakeAHundredPercent) {
  ProgrammeDataset dataset = consistent();
  dataset.amendments.push_back(amendment_with_shares(2'000'000, 40));
  EXPECT_THAT(codes(check_statements(dataset)),
              ::testing::ElementsAre("statements.split_rates_total"));
}

}  // namespace
}  // namespace octroi

namespace octroi {
namespace {

using namespace check_fixtures;  // NOLINT(google-build-using-namespace)

AmendmentRecord amendment_with_split(std::int64_t maximum_cents) {
  AmendmentRecord amendment;
  amendment.annex = 6;
  UnitCostClause cost;
  cost.amount = printed_amount(50'000);  // 500 € a place
  cost.per = "places";
  amendment.unit_costs.push_back(cost);
  SplitClause split;
  split.part = "quantitative";
  split.rate = Printed<Rate>{"50%", Rate::from_percent(50)};
  split.maximum = printed_amount(maximum_cents);
  split.places = Printed<int>{"230", 230};
  amendment.splits.push_back(split);
  return amendment;
}

TEST(StatementChecks, AmendmentSplitAgreesWithUnitCost) {
  ProgrammeDataset dataset = consistent();
  dataset.amendments.push_back(amendment_with_split(5'750'000));  // 230 x 500 x 50 % = 57 500 €
  EXPECT_THAT(check_statements(dataset), ::testing::IsEmpty());
}

TEST(StatementChecks, AmendmentSplitDisagreesWithUnitCost) {
  ProgrammeDataset dataset = consistent();
  dataset.amendments.push_back(amendment_with_split(2'000'000));
  EXPECT_THAT(codes(check_statements(dataset)),
              ::testing::ElementsAre("statements.split_unit_cost_mismatch"));
}

}  // namespace
}  // namespace octroi

namespace octroi {
namespace {

using namespace check_fixtures;  // NOLINT(google-build-using-namespace)

// Four rows with 1 ETP each and a Ségur statement each; `last_segur` for the last.
ProgrammeDataset with_segur(std::int64_t last_segur_cents) {
  ProgrammeDataset dataset = consistent();
  dataset.rows.push_back(make_row("t1-o1-03", "gamma", 1'000'000, 13));
  dataset.rows.push_back(make_row("t1-o1-04", "delta", 1'000'000, 14));
  for (std::size_t i = 0; i < dataset.rows.size(); ++i) {
    dataset.rows[i].quantities = {quantity(1, "etp")};
    DeclaredStatement segur;
    segur.scope = StatementScope::kOrganisation;
    segur.component = StatementComponent::kSegur;
    segur.rows = {dataset.rows[i].award.id};
    segur.amount = printed_amount(i + 1 == dataset.rows.size() ? last_segur_cents : 527'000);
    dataset.report.statements.push_back(segur);
  }
  return dataset;
}

TEST(StatementChecks, SegurAmountsAtOneRatePerEtp) {
  EXPECT_THAT(check_statements(with_segur(527'000)), ::testing::IsEmpty());
}

TEST(StatementChecks, SegurAmountThatIsNotTheRowsEtp) {
  EXPECT_THAT(codes(check_statements(with_segur(1'054'000))),
              ::testing::ElementsAre("statements.segur_quantity_mismatch"));
}

TEST(StatementChecks, StatedQuantityAgainstTheRows) {
  ProgrammeDataset dataset = consistent();
  dataset.rows[0].quantities = {quantity(50, "places")};
  dataset.rows[1].quantities = {quantity(25, "places")};
  DeclaredStatement whole;
  whole.scope = StatementScope::kOperation;
  whole.theme = 1;
  whole.operation = 1;
  whole.quantities = {quantity(75, "places")};
  dataset.report.statements.push_back(whole);
  EXPECT_THAT(check_statements(dataset), ::testing::IsEmpty());
  dataset.report.statements[0].quantities = {quantity(80, "places")};
  EXPECT_THAT(codes(check_statements(dataset)),
              ::testing::ElementsAre("statements.quantity_mismatch"));
}

}  // namespace
}  // namespace octroi
