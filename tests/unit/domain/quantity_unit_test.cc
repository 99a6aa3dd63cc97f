#include "domain/quantity_unit.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(QuantityUnitTest, KeysRoundTrip) {
  testing::expect_keys_round_trip(all_quantity_units(), quantity_unit_from_key, 11);
  EXPECT_EQ(to_key(QuantityUnit::kFullTimeEquivalents), "full_time_equivalents");
  EXPECT_EQ(to_key(QuantityUnit::kWelcomes), "welcomes");
  EXPECT_EQ(to_key(QuantityUnit::kHouseholds), "households");
}

TEST(QuantityUnitTest, LabelsAgreeInFrench) {
  const Quantity one = Quantity::from_units(Quantity::kScale);
  const Quantity one_and_a_half = Quantity::from_units(15000);
  const Quantity two = Quantity::from_units(2 * Quantity::kScale);
  EXPECT_EQ(label_for(QuantityUnit::kPlaces, one), "place");
  EXPECT_EQ(label_for(QuantityUnit::kPlaces, one_and_a_half), "place");
  EXPECT_EQ(label_for(QuantityUnit::kPlaces, two), "places");
  EXPECT_EQ(label_for(QuantityUnit::kWelcomes, two), "accueils");
  EXPECT_EQ(label_for(QuantityUnit::kBeneficiaries, one), "bénéficiaire");
  EXPECT_EQ(label_for(QuantityUnit::kFullTimeEquivalents, two), "ETP");
  EXPECT_EQ(label_for(QuantityUnit::kFullTimeEquivalents, one), "ETP");
  EXPECT_EQ(to_label(QuantityUnit::kPosts), "postes");
}

}  // namespace
}  // namespace octroi
