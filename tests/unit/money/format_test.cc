#include "money/format.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "money/parse.h"

namespace octroi {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Amount cents(std::int64_t value) { return Amount::from_cents(value); }

// Values spread over the whole int64 range: the limits, small numbers around
// every power of ten, and a deterministic pseudo-random walk.
std::vector<std::int64_t> many_values() {
  std::vector<std::int64_t> values = {0,   1,   -1,   5,    50,       99,
                                      100, 101, kMax, kMin, kMax - 1, kMin + 1};
  for (std::int64_t power = 1; power <= kMax / 10; power *= 10) {
    for (std::int64_t value : {power - 1, power, power + 1}) {
      values.push_back(value);
      values.push_back(-value);
    }
  }
  std::uint64_t state = 0x9E3779B97F4A7C15u;
  for (int i = 0; i < 2000; ++i) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    // Shift by a varying amount so that short and long numbers both occur.
    values.push_back(static_cast<std::int64_t>(state) >> (i % 63));
  }
  return values;
}

TEST(FormatAmountTest, FrenchTypography) {
  EXPECT_EQ(format_amount(cents(161436436)), "1\u202F614\u202F364,36\u00A0€");
  EXPECT_EQ(format_amount(cents(-123400)), "-1\u202F234,00\u00A0€");
  EXPECT_EQ(format_amount(cents(0)), "0,00\u00A0€");
  EXPECT_EQ(format_amount(cents(5)), "0,05\u00A0€");
  EXPECT_EQ(format_amount(cents(-5)), "-0,05\u00A0€");
  EXPECT_EQ(format_amount(cents(687500)), "6\u202F875,00\u00A0€");
  EXPECT_EQ(format_amount(cents(10000000)), "100\u202F000,00\u00A0€");
  EXPECT_EQ(format_amount(cents(kMax)),
            "92\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0€");
  EXPECT_EQ(format_amount(cents(kMin)),
            "-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0€");
}

TEST(FormatAmountTest, CentsOnlyWhenNonZeroInRunningText) {
  EXPECT_EQ(format_amount(cents(112200000), CentsDisplay::kWhenNonZero),
            "1\u202F122\u202F000\u00A0€");
  EXPECT_EQ(format_amount(cents(78312851), CentsDisplay::kWhenNonZero), "783\u202F128,51\u00A0€");
  EXPECT_EQ(format_amount(cents(50), CentsDisplay::kWhenNonZero), "0,50\u00A0€");
  EXPECT_EQ(format_amount(cents(0), CentsDisplay::kWhenNonZero), "0\u00A0€");
}

TEST(FormatAmountTest, SymbolCanBeHidden) {
  EXPECT_EQ(format_amount(cents(161436436), CentsDisplay::kAlways, CurrencySymbol::kHidden),
            "1\u202F614\u202F364,36");
  EXPECT_EQ(format_amount(cents(4200000), CentsDisplay::kWhenNonZero, CurrencySymbol::kHidden),
            "42\u202F000");
}

TEST(FormatQuantityTest, NoTrailingZeros) {
  EXPECT_EQ(format_quantity(Quantity::from_units(20500)), "2,05");
  EXPECT_EQ(format_quantity(Quantity::from_units(81000)), "8,1");
  EXPECT_EQ(format_quantity(Quantity::from_units(5000)), "0,5");
  EXPECT_EQ(format_quantity(Quantity::from_units(2300000)), "230");
  EXPECT_EQ(format_quantity(Quantity::from_units(12000000)), "1\u202F200");
  EXPECT_EQ(format_quantity(Quantity::from_units(1)), "0,0001");
  EXPECT_EQ(format_quantity(Quantity::from_units(-2500)), "-0,25");
  EXPECT_EQ(format_quantity(Quantity::zero()), "0");
}

TEST(FormatRateTest, PercentWithNoBreakSpace) {
  EXPECT_EQ(format_rate(Rate::from_percent(60)), "60\u00A0%");
  EXPECT_EQ(format_rate(Rate::from_percent(20)), "20\u00A0%");
  EXPECT_EQ(format_rate(Rate::from_millionths(125000)), "12,5\u00A0%");
  EXPECT_EQ(format_rate(Rate::from_millionths(1)), "0,0001\u00A0%");
  EXPECT_EQ(format_rate(Rate::from_millionths(-50000)), "-5\u00A0%");
  EXPECT_EQ(format_rate(Rate::one()), "100\u00A0%");
  EXPECT_EQ(format_rate(Rate::from_percent(1000)), "1\u202F000\u00A0%");
}

TEST(RoundTripTest, ParseOfFormatGivesBackEveryAmount) {
  for (std::int64_t value : many_values()) {
    Amount amount = cents(value);
    for (CentsDisplay display : {CentsDisplay::kAlways, CentsDisplay::kWhenNonZero}) {
      for (CurrencySymbol symbol : {CurrencySymbol::kShown, CurrencySymbol::kHidden}) {
        std::string text = format_amount(amount, display, symbol);
        Result<Amount> parsed = parse_amount(text);
        ASSERT_TRUE(parsed.ok()) << text << ": " << parsed.error().message();
        ASSERT_EQ(*parsed, amount) << text;
      }
    }
  }
}

TEST(RoundTripTest, ParseOfFormatGivesBackEveryQuantityAndRate) {
  for (std::int64_t value : many_values()) {
    Quantity quantity = Quantity::from_units(value);
    std::string quantity_text = format_quantity(quantity);
    Result<Quantity> parsed_quantity = parse_quantity(quantity_text);
    ASSERT_TRUE(parsed_quantity.ok()) << quantity_text << ": " << parsed_quantity.error().message();
    ASSERT_EQ(*parsed_quantity, quantity) << quantity_text;

    Rate rate = Rate::from_millionths(value);
    std::string rate_text = format_rate(rate);
    Result<Rate> parsed_rate = parse_rate(rate_text);
    ASSERT_TRUE(parsed_rate.ok()) << rate_text << ": " << parsed_rate.error().message();
    ASSERT_EQ(*parsed_rate, rate) << rate_text;
  }
}

}  // namespace
}  // namespace octroi
