#include "money/rate.h"

#include <cstdint>
#include <limits>

#include <gtest/gtest.h>

namespace octroi {
namespace {

Amount cents(std::int64_t value) { return Amount::from_cents(value); }

TEST(RateTest, HoldsMillionths) {
  EXPECT_EQ(Rate::from_percent(60).millionths(), 600000);
  EXPECT_EQ(Rate::from_percent(20), Rate::from_millionths(200000));
  EXPECT_EQ(Rate::one().millionths(), Rate::kScale);
  EXPECT_LT(Rate::from_millionths(125000), Rate::from_percent(20));
}

// The advance paid on signature is 60 % of the award.
TEST(RateTest, SixtyPercentAdvancesAreExact) {
  EXPECT_EQ(apply_rate(cents(687500), Rate::from_percent(60)).value(), cents(412500));
  EXPECT_EQ(apply_rate(cents(4000000), Rate::from_percent(60)).value(), cents(2400000));
  // The balance is what remains: 6 875 € − 4 125 € = 2 750 €.
  EXPECT_EQ(apply_rate(cents(687500), Rate::from_percent(40)).value(), cents(275000));
}

struct ApplyCase {
  std::int64_t amount_cents;
  std::int64_t rate_millionths;
  Rounding rounding;
  std::int64_t expected_cents;
};

TEST(RateTest, ApplyRateRoundsAsNamed) {
  const ApplyCase cases[] = {
      {5000000, 200000, Rounding::kHalfUpToCent, 1000000},   // 20 % of 50 000 € indirect costs
      {1234567, 200000, Rounding::kHalfUpToCent, 246913},    // 2 469,134 € -> 2 469,13 €
      {10004, 125000, Rounding::kHalfUpToCent, 1251},        // 12,505 € -> 12,51 €
      {10004, 125000, Rounding::kDownToCent, 1250},          // 12,505 € -> 12,50 €
      {-10004, 125000, Rounding::kHalfUpToCent, -1251},      // halves away from zero
      {1080350, 1000000, Rounding::kHalfUpToEuro, 1080400},  // 100 % to the euro
      {687550, 600000, Rounding::kDownToEuro, 412500},       // 4 125,30 € -> 4 125 €
      {100, 333333, Rounding::kHalfUpToCent, 33},            // 0,333333 € -> 0,33 €
      {0, 600000, Rounding::kHalfUpToCent, 0},
  };
  for (const ApplyCase& c : cases) {
    SCOPED_TRACE(testing::Message()
                 << c.amount_cents << " cents × " << c.rate_millionths << " millionths");
    EXPECT_EQ(
        apply_rate(cents(c.amount_cents), Rate::from_millionths(c.rate_millionths), c.rounding)
            .value(),
        cents(c.expected_cents));
  }
}

TEST(RateTest, ApplyRateRefusesOverflow) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  Result<Amount> result = apply_rate(cents(kMax), Rate::from_percent(200));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code(), ErrorCode::kAmountOverflow);
  EXPECT_EQ(apply_rate(cents(kMax), Rate::one()).value(), cents(kMax));
  EXPECT_FALSE(apply_rate(cents(std::numeric_limits<std::int64_t>::min()),
                          Rate::from_millionths(std::numeric_limits<std::int64_t>::min()))
                   .ok());
}

TEST(RateTest, RatioRoundsHalfUpToTheMillionth) {
  EXPECT_EQ(ratio(cents(412500), cents(687500)).value(), Rate::from_percent(60));
  EXPECT_EQ(ratio(cents(1), cents(3)).value(), Rate::from_millionths(333333));
  EXPECT_EQ(ratio(cents(2), cents(3)).value(), Rate::from_millionths(666667));
  EXPECT_EQ(ratio(cents(-2), cents(3)).value(), Rate::from_millionths(-666667));
  EXPECT_EQ(ratio(cents(2), cents(-3)).value(), Rate::from_millionths(-666667));
  EXPECT_EQ(ratio(cents(1), cents(2000000)).value(), Rate::from_millionths(1));  // 0,5 -> 1
}

TEST(RateTest, RatioRefusesAZeroWholeAndOverflow) {
  Result<Rate> by_zero = ratio(cents(100), Amount::zero());
  ASSERT_FALSE(by_zero.ok());
  EXPECT_EQ(by_zero.error().code(), ErrorCode::kDivisionByZero);
  Result<Rate> huge = ratio(cents(std::numeric_limits<std::int64_t>::max()), cents(1));
  ASSERT_FALSE(huge.ok());
  EXPECT_EQ(huge.error().code(), ErrorCode::kInvalidRate);
  EXPECT_TRUE(ratio(cents(std::numeric_limits<std::int64_t>::min()),
                    cents(std::numeric_limits<std::int64_t>::min()))
                  .ok());
}

}  // namespace
}  // namespace octroi
