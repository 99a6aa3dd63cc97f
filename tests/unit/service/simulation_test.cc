// simulate with segur_per_etp=5500: every ADSL and VIAL row with ETP moves by
// ETP × 230 €, and the operations, article 3 and budget line C02-428B04 with
// them (23,65 + 1,40 ETP: +5 761,50 €).
#include "service/simulation.h"

#include <gtest/gtest.h>

#include "service_test_support.h"

namespace octroi {
namespace {

using testing_service::dataset;
using testing_service::parameter_set;
using testing_service::plain;
using testing_service::session_date;

Amount cents(std::int64_t value) { return Amount::from_cents(value); }

SimulationResult simulated(const std::string& setting) {
  Result<SimulationResult> result = simulate(
      dataset(), parameter_set(), {ParameterOverride::parse(setting).value()}, session_date());
  EXPECT_TRUE(result.ok()) << result.error().to_string();
  return result.ok() ? *result : SimulationResult{};
}

TEST(Simulation, SegurAt5500) {
  const SimulationResult result = simulated("segur_per_etp=5500");
  ASSERT_EQ(result.parameters.size(), 1U);
  EXPECT_EQ(plain(result.parameters[0].before), "5 270,00 €");
  EXPECT_EQ(plain(result.parameters[0].after), "5 500,00 €");
  // The six ADSL rows and Le Cheval Bleu's VIAL row; VIAL rows without ETP do not move.
  ASSERT_EQ(result.awards.size(), 7U);
  const AwardChange& habitat = result.awards[0];
  EXPECT_EQ(habitat.award_id, "t3-o3-01");
  EXPECT_EQ(habitat.expected_before, cents(11768700));
  EXPECT_EQ(habitat.expected_after, cents(11955000));  // 75 000 + 8,1 × 5 500
  EXPECT_EQ(habitat.retained_before, cents(12770000));
  EXPECT_EQ(habitat.retained_after, cents(12956300));  // + 1 863 €
  const AwardChange& accueil = result.awards[2];
  EXPECT_EQ(accueil.award_id, "t3-o3-03");
  EXPECT_EQ(accueil.expected_before, cents(2080350));
  EXPECT_EQ(accueil.expected_after, cents(2127500));
  EXPECT_EQ(accueil.retained_after, cents(2127550));
  EXPECT_EQ(plain(accueil.equation_after),
            "21 275,00 € = 2 accompagnements × 5 000,00 € + 2,05 ETP × 5 500,00 €");
  const AwardChange& cheval = result.awards[6];
  EXPECT_EQ(cheval.award_id, "t3-o4-03");
  EXPECT_EQ(cheval.expected_after, cents(6370000));  // 56 000 + 1,4 × 5 500

  ASSERT_EQ(result.operations.size(), 2U);
  EXPECT_EQ(result.operations[0].key, "t3-o3");
  EXPECT_EQ(result.operations[0].before, cents(43463600));  // 434 636,00 €
  EXPECT_EQ(result.operations[0].after, cents(44007550));   // + 23,65 × 230 = 5 439,50 €
  EXPECT_EQ(result.operations[1].key, "t3-o4");
  EXPECT_EQ(result.operations[1].before, cents(29437800));  // 294 378,00 €
  EXPECT_EQ(result.operations[1].after, cents(29470000));   // + 322 €

  ASSERT_EQ(result.articles.size(), 1U);
  EXPECT_EQ(result.articles[0].before, cents(112200000));
  EXPECT_EQ(result.articles[0].after, cents(112776150));  // + 5 761,50 €

  ASSERT_EQ(result.budget_lines.size(), 1U);
  const TotalChange& line = result.budget_lines[0];
  EXPECT_EQ(line.key, "C02-428B04");
  EXPECT_EQ(line.after, cents(112776150));
  EXPECT_EQ(line.balance_before, cents(124869100));
  EXPECT_EQ(line.balance_after, cents(124292950));  // 1 248 691,00 − 5 761,50
  EXPECT_EQ(result.total_after.cents() - result.total_before.cents(), 576150);
}

TEST(Simulation, TheSameValueChangesNothing) {
  const SimulationResult result = simulated("segur_per_etp=5 270,00 €");
  EXPECT_TRUE(result.awards.empty());
  EXPECT_TRUE(result.budget_lines.empty());
  EXPECT_EQ(result.total_before, result.total_after);
}

TEST(Simulation, ARateIsSetAsAPercentageOrAProportion) {
  Result<ParameterSet> percent = apply_overrides(
      parameter_set(), {ParameterOverride::parse("advance_rate=50%").value()}, session_date());
  ASSERT_TRUE(percent.ok()) << percent.error().to_string();
  EXPECT_EQ(percent->value_at("advance_rate", session_date())->value,
            Decimal::parse("0.5").value());
  Result<ParameterSet> proportion = apply_overrides(
      parameter_set(), {ParameterOverride::parse("advance_rate=0.65").value()}, session_date());
  ASSERT_TRUE(proportion.ok());
  EXPECT_EQ(proportion->value_at("advance_rate", session_date())->value,
            Decimal::parse("0.65").value());
}

TEST(Simulation, RefusesBadSettings) {
  EXPECT_EQ(ParameterOverride::parse("segur_per_etp").error().code(), ErrorCode::kInvalidValue);
  EXPECT_EQ(ParameterOverride::parse("=5").error().code(), ErrorCode::kInvalidValue);
  Result<ParameterSet> unknown = apply_overrides(
      parameter_set(), {ParameterOverride::parse("segur=5500").value()}, session_date());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kReferenceUnknown);
  Result<ParameterSet> not_money =
      apply_overrides(parameter_set(), {ParameterOverride::parse("segur_per_etp=beaucoup").value()},
                      session_date());
  ASSERT_FALSE(not_money.ok());
  EXPECT_EQ(not_money.error().code(), ErrorCode::kInvalidValue);
  Result<ParameterSet> below_cent =
      apply_overrides(parameter_set(), {ParameterOverride::parse("segur_per_etp=5500.001").value()},
                      session_date());
  ASSERT_FALSE(below_cent.ok());
}

}  // namespace
}  // namespace octroi
