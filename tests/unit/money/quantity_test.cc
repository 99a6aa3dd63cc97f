#include "money/quantity.h"

#include <cstdint>
#include <limits>

#include <gtest/gtest.h>

namespace octroi {
namespace {

constexpr std::int64_t kMaxUnits = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMinUnits = std::numeric_limits<std::int64_t>::min();

Quantity units(std::int64_t value) { return Quantity::from_units(value); }
Amount cents(std::int64_t value) { return Amount::from_cents(value); }

TEST(QuantityTest, HoldsFourDecimals) {
  Quantity etp = units(20500);  // 2,05 ETP
  EXPECT_EQ(etp.units(), 20500);
  EXPECT_FALSE(etp.is_integer());
  EXPECT_TRUE(Quantity::from_integer(230).value().is_integer());
  EXPECT_EQ(Quantity::from_integer(230).value(), units(2300000));
  EXPECT_TRUE(Quantity::zero().is_zero());
  EXPECT_TRUE(units(-5000).is_negative());
  EXPECT_LT(units(5000), units(20500));
}

TEST(QuantityTest, FromIntegerRefusesOverflow) {
  Result<Quantity> result = Quantity::from_integer(kMaxUnits / Quantity::kScale + 1);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code(), ErrorCode::kQuantityOverflow);
  EXPECT_EQ(Quantity::from_integer(kMaxUnits / Quantity::kScale).value().units(),
            kMaxUnits / Quantity::kScale * Quantity::kScale);
  EXPECT_FALSE(Quantity::from_integer(kMinUnits / Quantity::kScale - 1).ok());
}

TEST(QuantityTest, PlusAndMinusAreCheckedAtTheLimits) {
  EXPECT_EQ(units(20500).plus(units(81000)).value(), units(101500));
  EXPECT_EQ(units(20500).minus(units(81000)).value(), units(-60500));
  EXPECT_EQ(units(kMaxUnits).minus(units(1)).value(), units(kMaxUnits - 1));
  for (Result<Quantity> result :
       {units(kMaxUnits).plus(units(1)), units(kMinUnits).minus(units(1)),
        units(kMinUnits).plus(units(-1)), units(0).minus(units(kMinUnits))}) {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), ErrorCode::kQuantityOverflow);
    EXPECT_NE(result.error().message().find("quantité hors limites"), std::string::npos);
  }
}

TEST(QuantityTest, TimesIsExactOrRefused) {
  EXPECT_EQ(units(20500).times(units(20000)).value(), units(41000));  // 2,05 × 2 = 4,1
  EXPECT_EQ(units(5000).times(units(5000)).value(), units(2500));     // 0,5 × 0,5 = 0,25
  EXPECT_EQ(units(-5000).times(units(20000)).value(), units(-10000));
  Result<Quantity> inexact = units(1).times(units(1));  // 0,0001 × 0,0001
  ASSERT_FALSE(inexact.ok());
  EXPECT_EQ(inexact.error().code(), ErrorCode::kInvalidQuantity);
  EXPECT_NE(inexact.error().message().find("plus de 4 décimales"), std::string::npos);
  Result<Quantity> overflow = units(kMaxUnits).times(units(20000));
  ASSERT_FALSE(overflow.ok());
  EXPECT_EQ(overflow.error().code(), ErrorCode::kQuantityOverflow);
  Result<Quantity> smallest = units(kMinUnits).times(units(-10000));  // -min does not fit
  ASSERT_FALSE(smallest.ok());
  EXPECT_EQ(smallest.error().code(), ErrorCode::kQuantityOverflow);
  EXPECT_EQ(units(kMinUnits).times(units(10000)).value(), units(kMinUnits));
}

// valorisation Ségur: 2,05 ETP × 5 270 € = 10 803,50 €, rounded to the euro by the rule.
TEST(QuantityTest, SegurExampleRoundsHalfUpToTheEuro) {
  Quantity etp = units(20500);
  Amount per_etp = cents(527000);
  EXPECT_EQ(multiply(etp, per_etp).value(), cents(1080350));
  EXPECT_EQ(multiply(etp, per_etp, Rounding::kHalfUpToCent).value(), cents(1080350));
  EXPECT_EQ(multiply(etp, per_etp, Rounding::kHalfUpToEuro).value(), cents(1080400));
  EXPECT_EQ(multiply(etp, per_etp, Rounding::kDownToEuro).value(), cents(1080300));
}

struct MultiplyCase {
  std::int64_t quantity_units;
  std::int64_t amount_cents;
  Rounding rounding;
  std::int64_t expected_cents;
};

TEST(QuantityTest, MultiplyRoundsAsNamed) {
  const MultiplyCase cases[] = {
      {81000, 527000, Rounding::kHalfUpToCent, 4268700},  // 8,10 × 5 270 € = 42 687 €
      {5000, 527000, Rounding::kHalfUpToCent, 263500},    // 0,5 × 5 270 € = 2 635 €
      {2300000, 1500, Rounding::kHalfUpToCent, 345000},   // 230 × 15 € = 3 450 €
      {5000, 1, Rounding::kHalfUpToCent, 1},              // 0,005 € -> 0,01 €
      {5000, 1, Rounding::kDownToCent, 0},                // 0,005 € -> 0,00 €
      {4999, 1, Rounding::kHalfUpToCent, 0},              // 0,004999 € -> 0,00 €
      {-5000, 1, Rounding::kHalfUpToCent, -1},            // halves away from zero
      {5000, -1, Rounding::kDownToCent, 0},               // towards zero
      {3333, 10000, Rounding::kHalfUpToCent, 3333},       // 0,3333 × 100 € = 33,33 €
      {15000, 99, Rounding::kHalfUpToEuro, 100},          // 1,5 × 0,99 € = 1,485 € -> 1 €
      {15000, 100, Rounding::kHalfUpToEuro, 200},         // 1,5 × 1 € = 1,50 € -> 2 €
      {-15000, 100, Rounding::kHalfUpToEuro, -200},       // -1,50 € -> -2 €
      {15000, 199, Rounding::kDownToEuro, 200},           // 2,985 € -> 2 €
  };
  for (const MultiplyCase& c : cases) {
    SCOPED_TRACE(testing::Message()
                 << c.quantity_units << " units × " << c.amount_cents << " cents");
    EXPECT_EQ(multiply(units(c.quantity_units), cents(c.amount_cents), c.rounding).value(),
              cents(c.expected_cents));
  }
}

TEST(QuantityTest, MultiplyRefusesOverflow) {
  Amount largest = cents(std::numeric_limits<std::int64_t>::max());
  Result<Amount> doubled = multiply(units(20000), largest);
  ASSERT_FALSE(doubled.ok());
  EXPECT_EQ(doubled.error().code(), ErrorCode::kAmountOverflow);
  // The largest operands on both sides: the exact product needs 126 bits.
  Result<Amount> extreme = multiply(units(kMaxUnits), largest);
  ASSERT_FALSE(extreme.ok());
  EXPECT_EQ(extreme.error().code(), ErrorCode::kAmountOverflow);
  EXPECT_FALSE(multiply(units(kMinUnits), cents(std::numeric_limits<std::int64_t>::min())).ok());
  EXPECT_EQ(multiply(units(10000), largest).value(), largest);
}

TEST(QuantityTest, DivideGivesAUnitCost) {
  EXPECT_EQ(divide(cents(1080350), units(20500)).value(), cents(527000));
  EXPECT_EQ(divide(cents(1000000), units(30000)).value(), cents(333333));  // 3 333,33 €
  EXPECT_EQ(divide(cents(200), units(30000)).value(), cents(67));          // 0,666… -> 0,67
  EXPECT_EQ(divide(cents(200), units(30000), Rounding::kDownToCent).value(), cents(66));
  EXPECT_EQ(divide(cents(200), units(-30000)).value(), cents(-67));
  EXPECT_EQ(divide(cents(1000000), units(30000), Rounding::kHalfUpToEuro).value(), cents(333300));
}

TEST(QuantityTest, DivideRefusesZeroAndOverflow) {
  Result<Amount> by_zero = divide(cents(1000), Quantity::zero());
  ASSERT_FALSE(by_zero.ok());
  EXPECT_EQ(by_zero.error().code(), ErrorCode::kDivisionByZero);
  EXPECT_NE(by_zero.error().message().find("division par zéro"), std::string::npos);
  Result<Amount> overflow = divide(cents(std::numeric_limits<std::int64_t>::max()), units(5000));
  ASSERT_FALSE(overflow.ok());
  EXPECT_EQ(overflow.error().code(), ErrorCode::kAmountOverflow);
  Result<Amount> smallest = divide(cents(std::numeric_limits<std::int64_t>::min()), units(-10000));
  ASSERT_FALSE(smallest.ok());
  EXPECT_EQ(smallest.error().code(), ErrorCode::kAmountOverflow);
}

}  // namespace
}  // namespace octroi
