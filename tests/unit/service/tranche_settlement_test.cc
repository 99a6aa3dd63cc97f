// settle_tranche: places counted per territory (capped at each territory's
// target), the quantitative part pro rata, the qualitative part by score,
// the cap by the actual cost, then what is still to pay or to recover — in
// exact cents on Cheval Bleu's and Passeport Forma's agreements.
#include <gtest/gtest.h>

#include "after_vote_test_support.h"
#include "money/format.h"
#include "service/recovery_order.h"
#include "service/settlement.h"

namespace octroi {
namespace {

using testing_service::after_vote_dataset;
using testing_service::cents;
using testing_service::cheval_bleu_amended;
using testing_service::iso;
using testing_service::session_date;
using testing_service::whole_euros;

Indicator places_in(const std::string& territory, std::int64_t count) {
  return Indicator{.kind = IndicatorKind::kPlaces,
                   .territory = territory_from_key(territory).value(),
                   .value = Quantity::from_integer(count).value()};
}

AgreementFile reviewed(AgreementFile file, ReviewReport review) {
  Status recorded = record_review(file, std::move(review));
  EXPECT_TRUE(recorded.ok()) << recorded.error().to_string();
  return file;
}

// The 2023 settlement with nothing paid: everything is still to pay.
Result<TrancheSettlement> settled_without_recovery(const AgreementFile& file) {
  return settle_tranche(file, "2023", Amount::zero());
}

TEST(TrancheSettlement, PlacesBeyondOneTerritorysTargetDoNotMakeUpForAnother) {
  // 2024: 115 000 €, 50 % on 230 places (90 Lens-Liévin, 90 Artois, 50 Hénin-Carvin).
  // Achieved 80 + 95 (90 retained) + 30 = 200 retained.
  // quantitative = 57 500 × 200 / 230 = 50 000,00 € ; qualitative = 57 500 × 80 % = 46 000,00 €.
  ReviewReport review{.tranche = "2024", .received_on = iso("2025-03-20")};
  review.indicators = {places_in("lens-lievin", 80), places_in("artois", 95),
                       places_in("henin-carvin", 30)};
  review.actual_cost = whole_euros(98500);
  review.qualitative_score = Rate::from_percent(80);
  const AgreementFile file = reviewed(cheval_bleu_amended(), review);
  auto result = settle_tranche(file, "2024", whole_euros(69000));
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ(result->places_planned, Quantity::from_integer(230).value());
  EXPECT_EQ(result->places_counted, Quantity::from_integer(200).value());
  EXPECT_EQ(result->settlement.quantitative, whole_euros(50000));
  EXPECT_EQ(result->settlement.qualitative, whole_euros(46000));
  EXPECT_EQ(result->settlement.settled, whole_euros(96000));
  EXPECT_FALSE(result->settlement.capped_by_cost);
  EXPECT_EQ(result->settlement.to_pay, whole_euros(27000));
  EXPECT_TRUE(result->settlement.to_recover.is_zero());
  const auto lines = result->explanation();
  ASSERT_GE(lines.size(), 4U);
  EXPECT_NE(lines[1].find("Artois : 95"), std::string::npos);
  EXPECT_NE(lines[1].find("plafonnées à l'objectif du territoire"), std::string::npos);
}

TEST(TrancheSettlement, FewerPlacesThanPlannedAndACostCapGiveAnAmountToRecover) {
  // 2023: 40 000 €, 50 % on 100 places (60/20/20). Achieved 30 + 10 + 5 = 45.
  // quantitative = 20 000 × 45 / 100 = 9 000,00 € ; qualitative = 20 000 × 50 % = 10 000,00 €;
  // computed 19 000,00 € > actual cost 18 333,33 € -> settled 18 333,33 €;
  // advance paid 24 000,00 € -> to recover 5 666,67 €.
  ReviewReport review{.tranche = "2023", .received_on = iso("2024-03-28")};
  review.indicators = {places_in("lens-lievin", 30), places_in("henin-carvin", 10),
                       places_in("artois", 5)};
  review.actual_cost = cents(1833333);
  review.qualitative_score = Rate::from_percent(50);
  const AgreementFile file = reviewed(cheval_bleu_amended(), review);
  auto result = settle_tranche(file, "2023", whole_euros(24000));
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ(result->places_counted, Quantity::from_integer(45).value());
  EXPECT_EQ(result->settlement.quantitative, whole_euros(9000));
  EXPECT_EQ(result->settlement.qualitative, whole_euros(10000));
  EXPECT_EQ(result->settlement.computed, whole_euros(19000));
  EXPECT_TRUE(result->settlement.capped_by_cost);
  EXPECT_EQ(result->settlement.settled, cents(1833333));
  EXPECT_TRUE(result->settlement.to_pay.is_zero());
  EXPECT_EQ(result->settlement.to_recover, cents(566667));
}

TEST(TrancheSettlement, WholeAmountOnPlacesIsRoundedHalfUpToTheCent) {
  // Passeport Forma: 6 875 € on 90 places, all quantitative; 61 achieved:
  // 6 875 × 61 / 90 = 4 659,7222… -> 4 659,72 € ; advance 4 125 € -> 534,72 € to pay.
  const ProgrammeDataset data = after_vote_dataset();
  AgreementFile file = draft_agreement(data, "p", "t1-o5-01", Rate::from_percent(60),
                                       session_date(), iso("2023-09-20"))
                           .value();
  // The test amendment prints no amounts: the draft is the award's row (90 places, 6 875 €).
  ASSERT_EQ(file.tranches.size(), 1U);
  EXPECT_EQ(file.tranches[0].amount, whole_euros(6875));
  EXPECT_EQ(file.tranches[0].quantitative_share, Rate::one());
  ASSERT_TRUE(sign_agreement(file, iso("2023-10-02"), std::nullopt).ok());
  ReviewReport review{.tranche = "2023", .received_on = iso("2024-03-15")};
  review.indicators = {Indicator{.value = Quantity::from_integer(61).value()}};
  review.actual_cost = whole_euros(7000);
  file = reviewed(file, review);
  auto result = settle_tranche(file, "2023", whole_euros(4125));
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ(result->settlement.quantitative, cents(465972));
  EXPECT_TRUE(result->settlement.qualitative.is_zero());
  EXPECT_EQ(result->settlement.to_pay, cents(53472));
}

TEST(TrancheSettlement, NeedsAReviewWithPlaces) {
  const AgreementFile file = cheval_bleu_amended();
  auto missing = settle_tranche(file, "2024", Amount::zero());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(missing.error().message().find("aucun bilan reçu pour la tranche 2024"),
            std::string::npos);
  ReviewReport review{.tranche = "2024", .received_on = iso("2025-03-20")};
  review.indicators = {Indicator{.kind = IndicatorKind::kContractsSigned,
                                 .value = Quantity::from_integer(120).value()}};
  auto no_places = settle_tranche(reviewed(file, review), "2024", Amount::zero());
  ASSERT_FALSE(no_places.ok());
  EXPECT_NE(no_places.error().message().find("ne donne pas les places réalisées"),
            std::string::npos);
}

TEST(Indicator, ParsesTheCommandLineForm) {
  auto places = Indicator::parse("places:lens-lievin=80");
  ASSERT_TRUE(places.ok()) << places.error().to_string();
  EXPECT_EQ(places->kind, IndicatorKind::kPlaces);
  EXPECT_EQ(places->territory, Territory::kLensLievin);
  EXPECT_EQ(places->value, Quantity::from_integer(80).value());
  auto contracts = Indicator::parse("contracts_signed=120");
  ASSERT_TRUE(contracts.ok());
  EXPECT_FALSE(contracts->territory.has_value());
  auto bad = Indicator::parse("places:lens=80");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("indicateur « places:lens=80 »"), std::string::npos);
  EXPECT_FALSE(Indicator::parse("places=-3").ok());
  EXPECT_FALSE(Indicator::parse("places").ok());
}

TEST(RecoveryOrder, NamesTheDebtorTheSumInFiguresAndWordsAndTheCalculation) {
  ReviewReport review{.tranche = "2023", .received_on = iso("2024-03-28")};
  review.indicators = {places_in("lens-lievin", 30), places_in("henin-carvin", 10),
                       places_in("artois", 5)};
  review.actual_cost = cents(1833333);
  review.qualitative_score = Rate::from_percent(50);
  const AgreementFile file = reviewed(cheval_bleu_amended(), review);
  auto settled = settle_tranche(file, "2023", whole_euros(24000));
  ASSERT_TRUE(settled.ok());
  auto order =
      make_recovery_order(file, *settled, "Le Cheval Bleu", whole_euros(24000), iso("2024-05-02"));
  ASSERT_TRUE(order.ok()) << order.error().to_string();
  EXPECT_EQ(order->to_recover, cents(566667));
  EXPECT_EQ(order->to_recover_in_words,
            "cinq mille six cent soixante-six euros et soixante-sept centimes");
  const std::string text = order->text();
  EXPECT_NE(text.find("Débiteur : Le Cheval Bleu (cheval-bleu)"), std::string::npos);
  EXPECT_NE(text.find("Objet : convention n°2023-01628 « accompagnement spécifique BRSA », "
                      "tranche 2023 (du 1er janvier 2023 au 31 décembre 2023)"),
            std::string::npos);
  EXPECT_NE(text.find("Montant déjà versé : " + format_amount(whole_euros(24000))),
            std::string::npos);
  EXPECT_NE(text.find("places retenues : 45 sur 100 prévues"), std::string::npos);
  EXPECT_NE(text.find("Établi le 2 mai 2024."), std::string::npos);
  // Nothing to recover: no order.
  auto none = make_recovery_order(file, *settled_without_recovery(file), "x", Amount::zero(),
                                  iso("2024-05-02"));
  EXPECT_FALSE(none.ok());
}

}  // namespace
}  // namespace octroi
