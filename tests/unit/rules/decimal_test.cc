#include "rules/decimal.h"

#include <cstdint>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "reference_parameters.h"
#include "rules/decimal_format.h"

namespace octroi {
namespace {

using testing_rules::plain;

Decimal parsed(std::string_view text) { return Decimal::parse(text).value(); }
Decimal integer(std::int64_t value) { return Decimal::from_integer(value); }

TEST(DecimalTest, ParsesLiterals) {
  EXPECT_EQ(parsed("5270"), integer(5270));
  EXPECT_EQ(parsed("0.2"), Decimal::from_fraction(1, 5).value());
  EXPECT_EQ(parsed("12,5"), Decimal::from_fraction(25, 2).value());
  EXPECT_EQ(parsed("-3"), integer(-3));
  EXPECT_EQ(parsed("+4"), integer(4));
  EXPECT_EQ(parsed("2.050"), Decimal::from_fraction(41, 20).value());
  EXPECT_EQ(parsed("-0"), Decimal());
}

TEST(DecimalTest, RefusesMalformedLiteralsWithTheColumn) {
  struct Case {
    const char* text;
    int column;
  };
  for (Case c : {Case{"", 1}, Case{"1.2.3", 4}, Case{"1,", 3}, Case{",5", 1}, Case{"12a", 3},
                 Case{"1 000", 2}, Case{"-", 2}, Case{"1e5", 2}}) {
    SCOPED_TRACE(c.text);
    Result<Decimal> result = Decimal::parse(c.text);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), ErrorCode::kInvalidValue);
    EXPECT_EQ(result.error().location().column, c.column);
    EXPECT_NE(result.error().message().find("nombre invalide"), std::string::npos);
  }
}

TEST(DecimalTest, ConvertsMoneyTypes) {
  EXPECT_EQ(Decimal::from_amount(Amount::from_cents(210000)), integer(2100));
  EXPECT_EQ(Decimal::from_amount(Amount::from_cents(1080350)), parsed("10803.5"));
  EXPECT_EQ(Decimal::from_amount(Amount::from_cents(-5)), parsed("-0.05"));
  EXPECT_EQ(Decimal::from_quantity(Quantity::from_units(81000)), parsed("8.1"));
  EXPECT_EQ(Decimal::from_quantity(Quantity::zero()), Decimal());
  EXPECT_EQ(Decimal::from_rate(Rate::from_percent(20)), parsed("0.2"));
  EXPECT_EQ(Decimal::from_rate(Rate::from_millionths(125000)), parsed("0.125"));
}

TEST(DecimalTest, AdditionIsExact) {
  EXPECT_EQ(parsed("0.1").plus(parsed("0.2")).value(), parsed("0.3"));
  EXPECT_EQ(parsed("0.3").minus(parsed("0.1")).value(), parsed("0.2"));
  Decimal third = integer(1).divided_by(integer(3)).value();
  EXPECT_EQ(third.plus(third).value().plus(third).value(), integer(1));
}

TEST(DecimalTest, DivisionIsCarriedExactly) {
  Decimal third = integer(1).divided_by(integer(3)).value();
  EXPECT_EQ(third.numerator(), 1);
  EXPECT_EQ(third.denominator(), 3);
  EXPECT_EQ(third.times(integer(3)).value(), integer(1));
  EXPECT_EQ(integer(-6).divided_by(integer(-4)).value(), parsed("1.5"));
  EXPECT_EQ(integer(6).divided_by(integer(-4)).value(), parsed("-1.5"));
  EXPECT_TRUE(integer(6).divided_by(integer(-4)).value().denominator() > 0);
}

TEST(DecimalTest, SegurValuationIsExactThenRoundedAsNamed) {
  // 2,05 ETP × 5 270 € = 10 803,50 € exactly; the document prints 10 804 €.
  Decimal product = parsed("2,05").times(integer(5270)).value();
  EXPECT_EQ(product, parsed("10803.5"));
  EXPECT_EQ(product.to_amount(Rounding::kHalfUpToCent).value(), Amount::from_cents(1080350));
  EXPECT_EQ(product.to_amount(Rounding::kHalfUpToEuro).value(), Amount::from_cents(1080400));
  EXPECT_EQ(product.to_amount(Rounding::kDownToEuro).value(), Amount::from_cents(1080300));
  EXPECT_EQ(product.rounded(Rounding::kHalfUpToEuro).value(), integer(10804));
}

TEST(DecimalTest, RoundsFractionsOfACentAsNamed) {
  struct Case {
    std::int64_t numerator;
    std::int64_t denominator;
    Rounding rounding;
    std::int64_t cents;
  };
  const Case cases[] = {
      {1, 3, Rounding::kHalfUpToCent, 33},       {2, 3, Rounding::kHalfUpToCent, 67},
      {2, 3, Rounding::kDownToCent, 66},         {-2, 3, Rounding::kDownToCent, -66},
      {-2, 3, Rounding::kHalfUpToCent, -67},     {1, 200, Rounding::kHalfUpToCent, 1},
      {-1, 200, Rounding::kHalfUpToCent, -1},    {1, 200, Rounding::kDownToCent, 0},
      {499, 100000, Rounding::kHalfUpToCent, 0}, {501, 100000, Rounding::kHalfUpToCent, 1},
      {201, 2, Rounding::kHalfUpToEuro, 10100},  {-201, 2, Rounding::kHalfUpToEuro, -10100},
      {-199, 2, Rounding::kDownToEuro, -9900},   {100001, 1000, Rounding::kHalfUpToEuro, 10000},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::Message()
                 << c.numerator << "/" << c.denominator << " " << rounding_label(c.rounding));
    Decimal value = Decimal::from_fraction(c.numerator, c.denominator).value();
    EXPECT_EQ(value.to_amount(c.rounding).value(), Amount::from_cents(c.cents));
  }
}

TEST(DecimalTest, RefusesOverflowInsteadOfWrapping) {
  Decimal big = parsed("100000000000000000000");  // 10^20
  Result<Decimal> product = big.times(big);       // 10^40 > 2^127
  ASSERT_FALSE(product.ok());
  EXPECT_EQ(product.error().code(), ErrorCode::kArithmeticOverflow);
  EXPECT_FALSE(big.divided_by(Decimal::from_fraction(1, 1000000000000000000).value())
                   .value()
                   .times(big)
                   .ok());
  Result<Decimal> too_long = Decimal::parse("1234567890123456789012345678901234567890");
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().code(), ErrorCode::kArithmeticOverflow);
  // Sums of fractions whose common denominator does not fit.
  Decimal tiny = Decimal::from_fraction(1, Int128{1} << 100).value();
  Decimal other = Decimal::from_fraction(1, (Int128{1} << 100) - 1).value();
  EXPECT_EQ(tiny.plus(other).error().code(), ErrorCode::kArithmeticOverflow);
  EXPECT_EQ(Decimal::from_fraction(1, 0).error().code(), ErrorCode::kDivisionByZero);
}

TEST(DecimalTest, AmountOutOfRangeIsRefused) {
  Decimal huge = parsed("100000000000000000000");  // 10^20 euros
  EXPECT_EQ(huge.to_amount(Rounding::kHalfUpToCent).error().code(), ErrorCode::kAmountOverflow);
  Decimal largest =
      Decimal::from_amount(Amount::from_cents(std::numeric_limits<std::int64_t>::max()));
  EXPECT_EQ(largest.to_amount(Rounding::kHalfUpToCent).value().cents(),
            std::numeric_limits<std::int64_t>::max());
}

TEST(DecimalTest, DivisionByZeroIsAnError) {
  Result<Decimal> result = integer(1).divided_by(Decimal());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code(), ErrorCode::kDivisionByZero);
}

TEST(DecimalTest, ComparesExactlyWithoutOverflow) {
  Int128 max = (Int128{1} << 126) - 1 + (Int128{1} << 126);
  Decimal a = Decimal::from_fraction(max - 1, max).value();
  Decimal b = Decimal::from_fraction(max - 2, max - 1).value();
  EXPECT_GT(a, b);
  EXPECT_LT(b, a);
  EXPECT_LT(parsed("-0.5"), parsed("-0.25"));
  EXPECT_LT(parsed("-1"), Decimal());
  EXPECT_EQ(parsed("0.50") <=> parsed("0.5"), std::strong_ordering::equal);
  EXPECT_GT(Decimal::from_fraction(2, 3).value(), Decimal::from_fraction(3, 5).value());
}

TEST(DecimalTest, WritesExactMachineText) {
  EXPECT_EQ(parsed("10803.50").to_string(), "10803.5");
  EXPECT_EQ(parsed("-0.25").to_string(), "-0.25");
  EXPECT_EQ(integer(1).divided_by(integer(3)).value().to_string(), "1/3");
  EXPECT_EQ(Decimal().to_string(), "0");
}

TEST(DecimalFormatTest, WritesFrenchDecimals) {
  EXPECT_EQ(plain(format_decimal(parsed("10803.5"))), "10 803,5");
  EXPECT_EQ(plain(format_decimal(parsed("0.2"))), "0,2");
  EXPECT_EQ(plain(format_decimal(parsed("-1234567"))), "-1 234 567");
  EXPECT_EQ(format_decimal(integer(1).divided_by(integer(3)).value()), "0,333333…");
  EXPECT_EQ(plain(format_decimal_euros(integer(42000))), "42 000,00 €");
  EXPECT_EQ(plain(format_decimal_euros(parsed("10803.5"))), "10 803,50 €");
  EXPECT_EQ(plain(format_decimal_percent(parsed("0.2"))), "20 %");
  EXPECT_EQ(plain(format_decimal_percent(parsed("0.125"))), "12,5 %");
}

}  // namespace
}  // namespace octroi
