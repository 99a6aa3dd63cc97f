// settle: quantitative part pro rata of places, qualitative part by score,
// capped by the actual cost, then the amount to pay or to recover. Figures
// from Le Cheval Bleu's 2023 period (40 000 €, 50 % / 50 %, 100 places,
// advance 24 000 €).
#include "rules/settlement.h"

#include <gtest/gtest.h>

#include "money/parse.h"
#include "reference_parameters.h"

namespace octroi {
namespace {

using testing_rules::plain;

Amount euros(std::int64_t value) { return Amount::from_euros(value).value(); }
Quantity places(std::int64_t value) { return Quantity::from_integer(value).value(); }

SettlementInput cheval_bleu_2023() {
  return SettlementInput{euros(40000),           Rate::from_percent(50), places(100), places(80),
                         Rate::from_percent(75), euros(38000),           euros(24000)};
}

TEST(Settlement, BalanceStillToPay) {
  // 20 000 × 80/100 = 16 000 ; 20 000 × 75 % = 15 000 ; 31 000 − 24 000 = 7 000.
  Result<Settlement> settlement = settle(cheval_bleu_2023());
  ASSERT_TRUE(settlement.ok()) << settlement.error().to_string();
  EXPECT_EQ(settlement->quantitative, euros(16000));
  EXPECT_EQ(settlement->qualitative, euros(15000));
  EXPECT_EQ(settlement->settled, euros(31000));
  EXPECT_FALSE(settlement->capped_by_cost);
  EXPECT_EQ(settlement->to_pay, euros(7000));
  EXPECT_TRUE(settlement->to_recover.is_zero());
  EXPECT_EQ(plain(settlement->outcome()), "reste à verser : 7 000,00 €");
  EXPECT_EQ(plain(settlement->lines[0]),
            "part quantitative : 16 000,00 € = 20 000,00 € × 80 places réalisées / 100 prévues");
}

TEST(Settlement, AdvancesAboveTheSettlementAreRecovered) {
  // 20 000 × 40/100 = 8 000 ; 20 000 × 50 % = 10 000 ; 18 000 − 24 000 = −6 000.
  SettlementInput input = cheval_bleu_2023();
  input.places_achieved = places(40);
  input.qualitative_score = Rate::from_percent(50);
  input.actual_cost = euros(25000);
  Result<Settlement> settlement = settle(input);
  ASSERT_TRUE(settlement.ok());
  EXPECT_EQ(settlement->settled, euros(18000));
  EXPECT_TRUE(settlement->to_pay.is_zero());
  EXPECT_EQ(settlement->to_recover, euros(6000));
  EXPECT_EQ(plain(settlement->outcome()), "à reverser : 6 000,00 €");
}

TEST(Settlement, CappedByTheActualCostAndThePlannedPlaces) {
  // 120 places achieved count as 100; 40 000 computed, 30 000 actually spent.
  SettlementInput input = cheval_bleu_2023();
  input.places_achieved = places(120);
  input.qualitative_score = Rate::from_percent(100);
  input.actual_cost = euros(30000);
  Result<Settlement> settlement = settle(input);
  ASSERT_TRUE(settlement.ok());
  EXPECT_EQ(settlement->quantitative, euros(20000));
  EXPECT_EQ(settlement->computed, euros(40000));
  EXPECT_TRUE(settlement->capped_by_cost);
  EXPECT_EQ(settlement->settled, euros(30000));
  EXPECT_EQ(settlement->to_pay, euros(6000));
  EXPECT_NE(settlement->lines[0].find("plafonnée aux places prévues"), std::string::npos);
  EXPECT_EQ(plain(settlement->lines[3]),
            "plafond appliqué : coût réel de l'action 30 000,00 € < 40 000,00 €");
}

TEST(Settlement, EachPartIsRoundedOnceToTheCent) {
  // Passeport Forma: 6 875 € × 50 % × 61/90 = 2 329,861… € -> 2 329,86 €.
  SettlementInput input{euros(6875),           Rate::from_percent(50), places(90), places(61),
                        Rate::from_percent(0), euros(10000),           euros(4125)};
  Result<Settlement> settlement = settle(input);
  ASSERT_TRUE(settlement.ok());
  EXPECT_EQ(settlement->quantitative, Amount::from_cents(232986));
  EXPECT_TRUE(settlement->qualitative.is_zero());
  EXPECT_EQ(settlement->to_recover, Amount::from_cents(179514));
}

TEST(Settlement, ExactlyTheAdvancesIsSettled) {
  SettlementInput input = cheval_bleu_2023();
  input.actual_cost = euros(24000);
  Result<Settlement> settlement = settle(input);
  ASSERT_TRUE(settlement.ok());
  EXPECT_TRUE(settlement->to_pay.is_zero());
  EXPECT_TRUE(settlement->to_recover.is_zero());
  EXPECT_EQ(settlement->outcome(), "soldé : rien à verser ni à reverser");
}

TEST(Settlement, RefusesImpossibleInputs) {
  SettlementInput no_places = cheval_bleu_2023();
  no_places.places_planned = places(0);
  EXPECT_EQ(settle(no_places).error().code(), ErrorCode::kInvalidValue);
  SettlementInput score = cheval_bleu_2023();
  score.qualitative_score = Rate::from_percent(120);
  EXPECT_EQ(settle(score).error().code(), ErrorCode::kInvalidValue);
  SettlementInput negative = cheval_bleu_2023();
  negative.actual_cost = Amount::from_cents(-1);
  EXPECT_EQ(settle(negative).error().code(), ErrorCode::kInvalidValue);
}

}  // namespace
}  // namespace octroi
