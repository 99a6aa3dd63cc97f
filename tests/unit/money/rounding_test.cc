#include "money/rounding.h"

#include <cstdint>
#include <limits>
#include <stdexcept>

#include <gtest/gtest.h>

namespace octroi {
namespace {

Amount cents(std::int64_t value) { return Amount::from_cents(value); }

struct RoundCase {
  std::int64_t numerator;
  int scale;
  Rounding rounding;
  std::int64_t expected_cents;
};

TEST(RoundingTest, RoundCentsAsNamed) {
  const RoundCase cases[] = {
      {1080350, 0, Rounding::kHalfUpToEuro, 1080400},    // 10 803,50 € -> 10 804 €
      {1080349, 0, Rounding::kHalfUpToEuro, 1080300},    // 10 803,49 € -> 10 803 €
      {-1080350, 0, Rounding::kHalfUpToEuro, -1080400},  // halves away from zero
      {1080399, 0, Rounding::kDownToEuro, 1080300},
      {-1080399, 0, Rounding::kDownToEuro, -1080300},  // towards zero
      {125, 1, Rounding::kHalfUpToCent, 13},           // 12,5 cents -> 13
      {124, 1, Rounding::kHalfUpToCent, 12},
      {-125, 1, Rounding::kHalfUpToCent, -13},
      {129, 1, Rounding::kDownToCent, 12},
      {-129, 1, Rounding::kDownToCent, -12},
      {1080350, 0, Rounding::kHalfUpToCent, 1080350},  // already in cents
      {49999999, 6, Rounding::kHalfUpToCent, 50},      // 49,999999 cents -> 50
      {-49, 2, Rounding::kHalfUpToCent, 0},
  };
  for (const RoundCase& c : cases) {
    SCOPED_TRACE(testing::Message() << c.numerator << " / 10^" << c.scale << " ("
                                    << rounding_label(c.rounding) << ")");
    EXPECT_EQ(round_cents(c.numerator, c.scale, c.rounding).value(), cents(c.expected_cents));
  }
}

TEST(RoundingTest, RoundCentsRefusesOverflow) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  Int128 too_big = static_cast<Int128>(kMax) + 1;
  Result<Amount> result = round_cents(too_big, 0, Rounding::kHalfUpToCent);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code(), ErrorCode::kAmountOverflow);
  // 92 233 720 368 547 758,07 € rounds down to the euro within range, up past it.
  EXPECT_EQ(round_cents(kMax, 0, Rounding::kHalfUpToEuro).value(), cents(kMax / 100 * 100));
  EXPECT_FALSE(round_cents(static_cast<Int128>(kMax) + 50, 0, Rounding::kHalfUpToEuro).ok());
  EXPECT_EQ(round_cents(static_cast<Int128>(kMax) * 10 + 4, 1, Rounding::kHalfUpToCent).value(),
            cents(kMax));
  EXPECT_FALSE(round_cents(static_cast<Int128>(kMax) * 10 + 5, 1, Rounding::kHalfUpToCent).ok());
  EXPECT_THROW((void)round_cents(1, 19, Rounding::kHalfUpToCent), std::invalid_argument);
  EXPECT_THROW((void)round_cents(1, -1, Rounding::kHalfUpToCent), std::invalid_argument);
}

TEST(RoundingTest, RoundFractionDividesExactly) {
  EXPECT_EQ(round_fraction(1000000, 3, Rounding::kHalfUpToCent).value(), cents(333333));
  EXPECT_EQ(round_fraction(2, 3, Rounding::kHalfUpToCent).value(), cents(1));
  EXPECT_EQ(round_fraction(2, -3, Rounding::kHalfUpToCent).value(), cents(-1));
  EXPECT_EQ(round_fraction(-2, -3, Rounding::kDownToCent).value(), cents(0));
  EXPECT_EQ(round_fraction(1000000, 3, Rounding::kHalfUpToEuro).value(), cents(333300));
  Result<Amount> by_zero = round_fraction(1, 0, Rounding::kHalfUpToCent);
  ASSERT_FALSE(by_zero.ok());
  EXPECT_EQ(by_zero.error().code(), ErrorCode::kDivisionByZero);
}

TEST(RoundingTest, DivideHalfAwayFromZero) {
  EXPECT_EQ(divide_half_away_from_zero(5, 2), 3);
  EXPECT_EQ(divide_half_away_from_zero(-5, 2), -3);
  EXPECT_EQ(divide_half_away_from_zero(5, -2), -3);
  EXPECT_EQ(divide_half_away_from_zero(4, 3), 1);
  EXPECT_THROW((void)divide_half_away_from_zero(1, 0), std::invalid_argument);
}

TEST(RoundingTest, NamedEuroHelpers) {
  EXPECT_EQ(round_half_up_to_euro(cents(1080350)).value(), cents(1080400));
  EXPECT_EQ(round_half_up_to_euro(cents(-50)).value(), cents(-100));
  EXPECT_EQ(round_down_to_euro(cents(1080399)).value(), cents(1080300));
  EXPECT_EQ(round_down_to_euro(cents(std::numeric_limits<std::int64_t>::min())).value(),
            cents(std::numeric_limits<std::int64_t>::min() / 100 * 100));
  EXPECT_EQ(round_half_up_to_euro(cents(std::numeric_limits<std::int64_t>::min())).value(),
            cents(std::numeric_limits<std::int64_t>::min() / 100 * 100));
}

TEST(RoundingTest, LabelsAreFrenchAndDistinct) {
  EXPECT_EQ(rounding_label(Rounding::kHalfUpToCent), "arrondi au centime le plus proche");
  EXPECT_EQ(rounding_label(Rounding::kHalfUpToEuro), "arrondi à l'euro le plus proche");
  EXPECT_EQ(rounding_label(Rounding::kDownToCent), "arrondi au centime inférieur");
  EXPECT_EQ(rounding_label(Rounding::kDownToEuro), "arrondi à l'euro inférieur");
}

}  // namespace
}  // namespace octroi
