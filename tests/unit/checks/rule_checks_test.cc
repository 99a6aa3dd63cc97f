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

// An insertion-company-like operation whose formula is a ceiling: 6 posts ×
// 12 months × 250 € = 18 000 € at most.
ProgrammeDataset capped(std::int64_t retained_cents) {
  ProgrammeDataset dataset;
  OperationEntry operation;
  operation.theme = 1;
  operation.operation.number = 1;
  operation.operation.id = OperationId("t1-o1");
  FundingRule rule;
  rule.quote = "250,00 € par mois et par participant maximum";
  rule.formula = "posts * 12 * insertion_company_cap_per_participant_month";
  rule.cap = true;
  operation.funding_rules.push_back(rule);
  dataset.operations.push_back(operation);
  AnnexRow row = make_row("t1-o1-01", "cab-esi", retained_cents, 996);
  row.quantities = {quantity_of("6", "postes", QuantityUnit::kPosts)};
  dataset.rows.push_back(row);
  return dataset;
}

TEST(RuleChecks, AnAwardAtOrBelowACeilingFollowsTheRule) {
  EXPECT_THAT(check(capped(1'800'000)), IsEmpty());
  EXPECT_THAT(check(capped(1'500'000)), IsEmpty());
}

TEST(RuleChecks, AnAwardAboveACeilingIsAnError) {
  const std::vector<Finding> findings = check(capped(1'800'100));
  ASSERT_THAT(codes(findings), ElementsAre("rules.cap_exceeded"));
  EXPECT_EQ(findings[0].severity, Severity::kError);  // even under one euro: no rounding excuse
  EXPECT_THAT(testing_rules::plain(findings[0].message),
              HasSubstr("plafond de 18 000,00 € = 6 postes × 12 × 250,00 €"));
  EXPECT_THAT(testing_rules::plain(findings[0].message), HasSubstr("dépassement de +1,00 €"));
  EXPECT_EQ(findings[0].values[1].label, "plafond");
}

// Passeport Forma's amendment (annex 5): an advance printed on the 6 875 € the
// Annex 4 row retains, with the amendment as its instrument.
ProgrammeDataset amendment_with_advance(std::int64_t advance_cents) {
  ProgrammeDataset dataset;
  AnnexRow row = make_row("t1-o5-01", "passeport-forma", 687'500, 963);
  row.instrument = AnnexInstrument{"Avenant annexe 5", "amendment", LegalInstrument::kAmendment, 5};
  dataset.rows.push_back(row);
  AmendmentRecord amendment;
  amendment.id = "avenant-1-convention-2023-00963";
  amendment.annex = 5;
  amendment.organisation =
      OrganisationReference{"PASSEPORT FORMA", OrganisationId("passeport-forma"), {}};
  AdvanceClause advance;
  advance.amount = check_fixtures::printed_amount(advance_cents, 1146);
  advance.amount.text = "4 000 €";
  advance.origin.source = SourceLines{1146, 1146};
  amendment.advances.push_back(advance);
  dataset.amendments.push_back(amendment);
  return dataset;
}

// The reference parameters with the advance rate in force (60 %).
std::vector<Finding> check_with_advance_rate(const ProgrammeDataset& dataset) {
  std::vector<Parameter> list = testing_rules::reference_list();
  list.push_back(testing_rules::stated(
      "advance_rate", "rate",
      testing_rules::entry("2023-01-01", "60%", "Versement d'une avance de 4 125 €", 1146)));
  return check_rules(dataset, ParameterSet::create(list).value(), testing_rules::day(2023, 9, 18));
}

TEST(RuleChecks, AnAdvanceAtTheRateGivesNoFinding) {
  EXPECT_THAT(check_with_advance_rate(amendment_with_advance(412'500)), IsEmpty());
}

TEST(RuleChecks, WithoutTheAdvanceRateAdvancesAreNotCompared) {
  EXPECT_THAT(check(amendment_with_advance(400'000)), IsEmpty());
}

TEST(RuleChecks, AnAdvanceOffTheRateIsAnError) {
  const std::vector<Finding> findings = check_with_advance_rate(amendment_with_advance(400'000));
  ASSERT_THAT(codes(findings), ElementsAre("rules.advance_rate_mismatch"));
  const Finding& finding = findings[0];
  EXPECT_EQ(finding.severity, Severity::kError);
  EXPECT_EQ(finding.where.organisation, "passeport-forma");
  EXPECT_EQ(finding.where.label(), "passeport-forma annexe 5 l. 1146");
  const std::string message = testing_rules::plain(finding.message);
  EXPECT_THAT(message, HasSubstr("avance de 4 000 €"));
  EXPECT_THAT(message, HasSubstr("60 %"));
  EXPECT_THAT(message, HasSubstr("sur 6 875,00 €, elle serait de 4 125,00 € : écart -125,00 €"));
}

TEST(RuleChecks, NotCheckedIsOneInformation) {
  const Finding finding = rules_not_checked("paramètres illisibles");
  EXPECT_EQ(finding.code, "rules.parameters_missing");
  EXPECT_EQ(finding.severity, Severity::kInfo);
  EXPECT_THAT(finding.message, HasSubstr("paramètres illisibles"));
}

}  // namespace
}  // namespace octroi
