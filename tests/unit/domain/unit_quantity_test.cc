#include "domain/unit_quantity.h"

#include <gtest/gtest.h>

namespace octroi {
namespace {

TEST(UnitQuantityTest, FormatsAsAnnexFourWritesIt) {
  const UnitQuantity places{Quantity::from_units(50 * Quantity::kScale), QuantityUnit::kPlaces};
  EXPECT_EQ(places.to_string(), "50 places");
  const UnitQuantity one{Quantity::from_units(Quantity::kScale), QuantityUnit::kPlaces};
  EXPECT_EQ(one.to_string(), "1 place");
  const UnitQuantity etp{Quantity::from_units(81000), QuantityUnit::kFullTimeEquivalents};
  EXPECT_EQ(etp.to_string(), "8,1 ETP");
}

TEST(UnitQuantityTest, RefusesNegativeAllowsZero) {
  const UnitQuantity negative{Quantity::from_units(-10000), QuantityUnit::kPosts};
  auto status = negative.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kInvalidValue);
  EXPECT_EQ(status.error().location().field, "quantity");
  EXPECT_TRUE((UnitQuantity{Quantity::zero(), QuantityUnit::kPosts}).validate().ok());
}

}  // namespace
}  // namespace octroi
