#include "domain/award.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::between;
using testing::cents;
using testing::day;
using testing::must;

// Theme 1, operation 6: "Artois Lens Liévin Hénin-Carvin | Le Cheval Bleu |
// 230 places d'accompagnement | 115 000,00 € | Avenant annexe 6".
Award cheval_bleu_specific_support() {
  return Award{
      .id = AwardId("t1-o6-cheval-bleu"),
      .organisation = OrganisationId("cheval-bleu"),
      .operation = OperationId("t1-o6"),
      .territory = must(TerritoryScope::parse("artois,lens-lievin,henin-carvin")),
      .description = "230 places d'accompagnement",
      .quantity = UnitQuantity{Quantity::from_units(230 * Quantity::kScale), QuantityUnit::kPlaces},
      .period = between(day(2024, 1, 1), day(2024, 12, 31)),
      .amount = cents(11500000),
      .instrument = LegalInstrument::kAmendment,
      .instrument_reference = "Avenant annexe 6",
  };
}

TEST(AwardTest, ReferenceRowIsValidAndNotARefusal) {
  auto award = Award::create(cheval_bleu_specific_support());
  ASSERT_TRUE(award.ok());
  EXPECT_FALSE(award->is_refusal());
  EXPECT_TRUE(award->territory.is_multi_territory());
}

// Theme 2, operation 7: "ARTOIS | ANG'ELLES | Accompagner autrement | 0,00 €".
TEST(AwardTest, ZeroRowIsValidButFlaggedAsRefusal) {
  Award refused{.id = AwardId("t2-o7-ang-elles"),
                .organisation = OrganisationId("ang-elles"),
                .operation = OperationId("t2-o7"),
                .territory = TerritoryScope::of(Territory::kArtois),
                .description = "Accompagner autrement",
                .amount = Amount::zero()};
  EXPECT_TRUE(refused.validate().ok());
  EXPECT_TRUE(refused.is_refusal());
  EXPECT_EQ(refused.instrument, LegalInstrument::kStandardAgreement);
}

TEST(AwardTest, RefusesNegativeAmount) {
  Award award = cheval_bleu_specific_support();
  award.amount = cents(-1250);
  auto refused = Award::create(award);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidValue);
  EXPECT_EQ(refused.error().location().field, "amount");
  EXPECT_NE(refused.error().message().find("montant négatif"), std::string::npos);
}

TEST(AwardTest, RefusesNegativeQuantityAndMissingReferences) {
  Award negative = cheval_bleu_specific_support();
  negative.quantity->value = Quantity::from_units(-1);
  EXPECT_EQ(testing::error_of(negative.validate()).location().field, "quantity");

  Award orphan = cheval_bleu_specific_support();
  orphan.organisation = OrganisationId();
  EXPECT_EQ(testing::error_of(orphan.validate()).code(), ErrorCode::kMissingField);
  EXPECT_EQ(testing::error_of(orphan.validate()).location().field, "organisation");

  Award no_operation = cheval_bleu_specific_support();
  no_operation.operation = OperationId();
  EXPECT_EQ(testing::error_of(no_operation.validate()).location().field, "operation");

  Award blank_reference = cheval_bleu_specific_support();
  blank_reference.instrument_reference = " ";
  EXPECT_EQ(testing::error_of(blank_reference.validate()).location().field, "instrument_reference");
}

}  // namespace
}  // namespace octroi
