// Rules family: the amount retained against the operation's funding formula.
// Minimal datasets built in C++: one operation with a formula, one row each.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../rules/reference_parameters.h"
#include "check_fixtures.h"
#include "money/parse.h"

namespace octroi {
namespace {

using check_fixtures::codes;
using check_fixtures::make_row;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

PrintedQuantity quantity_of(std::string text, std::string unit, QuantityUnit domain) {
  PrintedQuantity out;
  out.quantity.value = parse_quantity(text).value();
  out.quantity.text = std::move(text);
  out.unit = std::move(unit);
  out.domain_unit = domain;
  return out;
}

// One ADSL-like operation (implied formula) and one row: 2 accompaniments and
// 2,05 ETP, i.e. 2 × 5 000 € + 2,05 × 5 270 € = 20 803,50 €.
ProgrammeDataset adsl(std::int64_t retained_cents) {
  ProgrammeDataset dataset;
  OperationEntry operation;
  operation.theme = 1;
  operation.operation.number = 1;
  operation.operation.id = OperationId("t1-o1");
  FundingRule rule;
  rule.implied = true;
  rule.formula = "accompaniments * adsl_cost_per_measure + etp * segur_per_etp";
  operation.funding_rules.push_back(rule);
  dataset.operations.push_back(operation);
  AnnexRow row = make_row("t1-o1-01", "alpha", retained_cents, 20);
  row.quantities = {quantity_of("2", "accompagnements", QuantityUnit::kAccompaniments),
                    quantity_of("2,05", "ETP", QuantityUnit::kFullTimeEquivalents)};
  dataset.rows.push_back(row);
  return dataset;
}

std::vector<Finding> check(const ProgrammeDataset& dataset) {
  return check_rules(dataset, testing_rules::reference_parameters(),
                     testing_rules::day(2023, 9, 18));
}

TEST(RuleChecks, AmountFollowingTheRuleGivesNoFinding) {
  EXPECT_THAT(check(adsl(2'080'350)), IsEmpty());
}

TEST(RuleChecks, AmountBeyondARoundingIsAnError) {
  const std::vector<Finding> findings = check(adsl(3'080'350));
  ASSERT_THAT(codes(findings), ElementsAre("rules.amount_differs_from_rule"));
  const Finding& finding = findings[0];
  EXPECT_EQ(finding.severity, Severity::kError);
  EXPECT_EQ(finding.where.row, "t1-o1-01");
  EXPECT_THAT(finding.message, HasSubstr("+10\u202f000,00"));
  EXPECT_THAT(finding.message, HasSubstr("2,05\u00a0ETP × 5\u202f270,00"));
  EXPECT_THAT(finding.message, HasSubstr("segur_per_etp = 5\u202f270,00"));
  EXPECT_THAT(finding.message, HasSubstr("valeur en vigueur depuis le 1er janvier 2023"));
  ASSERT_GE(finding.values.size(), 7U);
  EXPECT_EQ(finding.values[0].label, "montant retenu");
  EXPECT_EQ(finding.values[1].label, "montant attendu");
  EXPECT_THAT(finding.values[1].value, HasSubstr("20\u202f803,50"));
  EXPECT_EQ(finding.values[2].value,
            "accompaniments * adsl_cost_per_measure + etp * segur_per_etp");
  EXPECT_EQ(finding.values[5].label, "paramètre adsl_cost_per_measure");
  EXPECT_EQ(finding.values[6].label, "paramètre segur_per_etp");
}

TEST(RuleChecks, AmountRoundedToTheEuroIsAWarning) {
  const std::vector<Finding> findings = check(adsl(2'080'400));
  ASSERT_THAT(codes(findings), ElementsAre("rules.amount_differs_from_rule"));
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_THAT(findings[0].message, HasSubstr("écart d'arrondi"));
}

TEST(RuleChecks, SmallDifferenceWithCentsIsAnError) {
  const std::vector<Finding> findings = check(adsl(2'080'360));
  ASSERT_THAT(codes(findings), ElementsAre("rules.amount_differs_from_rule"));
  EXPECT_EQ(findings[0].severity, Severity::kError);
}

TEST(RuleChecks, OperationWithoutFormulaIsNotChecked) {
  ProgrammeDataset dataset = adsl(100);
  dataset.operations[0].funding_rules[0].formula.reset();
  EXPECT_THAT(check(dataset), IsEmpty());
}

TEST(RuleChecks, RowLackingAQuantityIsNotEvaluated) {
  ProgrammeDataset dataset = adsl(2'080'350);
  dataset.rows[0].quantities.pop_back();
  const std::vector<Finding> findings = check(dataset);
  ASSERT_THAT(codes(findings), ElementsAre("rules.amount_not_evaluated"));
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
}

TEST(RuleChecks, EvictionPreventionRowWithoutCountsIsNotEvaluated) {
  // Reference t3-o7-01 (l. 1048): SIAO 62, 63 914 €, no number of diagnoses, supports or
  // weeks; the formula of l. 909 cannot be evaluated (NOTES.md A20).
  ProgrammeDataset dataset = adsl(6'391'400);
  FundingRule& rule = dataset.operations[0].funding_rules[0];
  rule.implied = false;
  rule.formula =
      "diagnoses * eviction_prevention_diagnosis_cost + supports * "
      "eviction_prevention_short_support_cost + weeks * eviction_prevention_extra_week_cost";
  rule.zero_when_absent = {"supports", "weeks"};
  dataset.rows[0].quantities.clear();
  const std::vector<Finding> findings = check(dataset);
  ASSERT_THAT(codes(findings), ElementsAre("rules.amount_not_evaluated"));
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_THAT(findings[0].message, HasSubstr("« diagnoses »"));
}

TEST(RuleChecks, RowReportedByUnitCostMismatchIsLeftToIt) {
  ProgrammeDataset dataset = adsl(3'080'350);
  dataset.rows[0].instrument =
      AnnexInstrument{"Avenant", "amendment", LegalInstrument::kAmendment, 5};
  AmendmentRecord amendment;
  amendment.annex = 5;
  UnitCostClause cost;
  cost.amount = check_fixtures::printed_amount(500'000, 30);
  cost.per = "accompagnements";
  amendment.unit_costs.push_back(cost);
  dataset.amendments.push_back(amendment);
  EXPECT_THAT(codes(check_statements(dataset)),
              ::testing::Contains("statements.unit_cost_mismatch"));
  EXPECT_THAT(check(dataset), IsEmpty());
}

TEST(RuleChecks, CheckProgrammeRunsTheFamilyOnlyWithParameters) {
  const ProgrammeDataset dataset = adsl(3'080'350);
  EXPECT_THAT(codes(check_programme(dataset)),
              ::testing::Not(::testing::Contains("rules.amount_differs_from_rule")));
  EXPECT_THAT(codes(check_programme(dataset, testing_rules::reference_parameters(),
                                    testing_rules::day(2023, 9, 18))),
              ::testing::Contains("rules.amount_differs_from_rule"));
}

TEST(RuleChecks, FormulaNotCompilingIsAnError) {
  ProgrammeDataset dataset = adsl(100);
  dataset.operations[0].funding_rules[0].formula = "places * no_such_parameter";
  const std::vector<Finding> findings = check(dataset);
  ASSERT_THAT(codes(findings), ElementsAre("rules.formula_invalid"));
  EXPECT_EQ(findings[0].severity, Severity::kError);
}

TEST(RuleChecks, NotCheckedIsOneInformation) {
  const Finding finding = rules_not_checked("paramètres illisibles");
  EXPECT_EQ(finding.code, "rules.parameters_missing");
  EXPECT_EQ(finding.severity, Severity::kInfo);
  EXPECT_THAT(finding.message, HasSubstr("paramètres illisibles"));
}

}  // namespace
}  // namespace octroi
