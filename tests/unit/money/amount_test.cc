#include "money/amount.h"

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

namespace octroi {
namespace {

constexpr std::int64_t kMaxCents = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMinCents = std::numeric_limits<std::int64_t>::min();
constexpr Amount kMax = Amount::from_cents(kMaxCents);
constexpr Amount kMin = Amount::from_cents(kMinCents);
constexpr Amount kCent = Amount::from_cents(1);

void expect_overflow(const Result<Amount>& result) {
  ASSERT_FALSE(result.ok()) << "expected an overflow, got " << result.value().cents() << " cents";
  EXPECT_EQ(result.error().code(), ErrorCode::kAmountOverflow);
  EXPECT_NE(result.error().message().find("montant hors limites"), std::string::npos)
      << result.error().message();
}

TEST(AmountTest, EurosAndCentsPartsKeepTheSign) {
  Amount amount = Amount::from_cents(161436436);
  EXPECT_EQ(amount.euros_part(), 1614364);
  EXPECT_EQ(amount.cents_part(), 36);
  Amount negative = Amount::from_cents(-123450);
  EXPECT_EQ(negative.euros_part(), -1234);
  EXPECT_EQ(negative.cents_part(), -50);
  EXPECT_TRUE(negative.is_negative());
  EXPECT_FALSE(negative.is_zero());
  EXPECT_TRUE(Amount::zero().is_zero());
  EXPECT_EQ(Amount(), Amount::zero());
}

TEST(AmountTest, FromEurosMultipliesByAHundred) {
  EXPECT_EQ(Amount::from_euros(5270).value(), Amount::from_cents(527000));
  EXPECT_EQ(Amount::from_euros(-42).value(), Amount::from_cents(-4200));
  EXPECT_EQ(Amount::from_euros(kMaxCents / 100).value().cents(), kMaxCents / 100 * 100);
}

TEST(AmountTest, FromEurosRefusesOverflow) {
  expect_overflow(Amount::from_euros(kMaxCents / 100 + 1));
  expect_overflow(Amount::from_euros(kMinCents / 100 - 1));
  expect_overflow(Amount::from_euros(kMaxCents));
}

TEST(AmountTest, CheckedArithmetic) {
  Amount a = Amount::from_cents(687500);
  Amount b = Amount::from_cents(412500);
  EXPECT_EQ(a.plus(b).value(), Amount::from_cents(1100000));
  EXPECT_EQ(a.minus(b).value(), Amount::from_cents(275000));
  EXPECT_EQ(b.minus(a).value(), Amount::from_cents(-275000));
  EXPECT_EQ(a.times(3).value(), Amount::from_cents(2062500));
  EXPECT_EQ(a.times(-2).value(), Amount::from_cents(-1375000));
  EXPECT_EQ(a.negated().value(), Amount::from_cents(-687500));
}

TEST(AmountTest, PlusRefusesOverflowAtTheLimits) {
  expect_overflow(kMax.plus(kCent));
  expect_overflow(kMin.plus(Amount::from_cents(-1)));
  expect_overflow(kMax.plus(kMax));
  EXPECT_EQ(kMax.plus(Amount::zero()).value(), kMax);
  EXPECT_EQ(kMax.plus(kMin).value(), Amount::from_cents(-1));
}

TEST(AmountTest, MinusRefusesOverflowAtTheLimits) {
  expect_overflow(kMin.minus(kCent));
  expect_overflow(kMax.minus(Amount::from_cents(-1)));
  expect_overflow(Amount::zero().minus(kMin));
  EXPECT_EQ(kMin.minus(Amount::from_cents(-1)).value(), Amount::from_cents(kMinCents + 1));
  EXPECT_EQ(Amount::from_cents(-1).minus(kMax).value(), kMin);
}

TEST(AmountTest, TimesRefusesOverflowAtTheLimits) {
  expect_overflow(kMax.times(2));
  expect_overflow(kMin.times(-1));
  expect_overflow(Amount::from_cents(kMaxCents / 2 + 1).times(2));
  expect_overflow(kCent.times(kMinCents).value().times(-1));
  EXPECT_EQ(Amount::from_cents(kMaxCents / 2).times(2).value().cents(), kMaxCents - 1);
  EXPECT_EQ(kMax.times(-1).value(), Amount::from_cents(-kMaxCents));
  EXPECT_EQ(kMin.times(1).value(), kMin);
  EXPECT_EQ(kMax.times(0).value(), Amount::zero());
}

TEST(AmountTest, NegatedRefusesTheSmallestAmount) {
  expect_overflow(kMin.negated());
  EXPECT_EQ(kMax.negated().value(), Amount::from_cents(kMinCents + 1));
}

TEST(AmountTest, OverflowMessageNamesTheOperandsInFrench) {
  Result<Amount> result = kMax.plus(kCent);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message().find("0,01\u00A0€"), std::string::npos)
      << result.error().message();
  EXPECT_NE(result.error().message().find("92\u202F233\u202F720\u202F368\u202F547\u202F758,07"),
            std::string::npos)
      << result.error().message();
}

TEST(AmountTest, OperatorsThrowOnOverflow) {
  Amount a = Amount::from_cents(150);
  EXPECT_EQ(a + Amount::from_cents(25), Amount::from_cents(175));
  EXPECT_EQ(a - Amount::from_cents(200), Amount::from_cents(-50));
  a += Amount::from_cents(50);
  EXPECT_EQ(a, Amount::from_cents(200));
  a -= Amount::from_cents(300);
  EXPECT_EQ(a, Amount::from_cents(-100));
  EXPECT_THROW((void)(kMax + kCent), std::overflow_error);
  EXPECT_THROW((void)(kMin - kCent), std::overflow_error);
  Amount b = kMax;
  EXPECT_THROW(b += kCent, std::overflow_error);
  EXPECT_EQ(b, kMax) << "a failed += leaves the amount unchanged";
  Amount c = kMin;
  EXPECT_THROW(c -= kCent, std::overflow_error);
}

TEST(AmountTest, ComparesByCents) {
  EXPECT_LT(Amount::from_cents(-1), Amount::zero());
  EXPECT_GT(Amount::from_cents(100), Amount::from_cents(99));
  EXPECT_NE(Amount::from_cents(100), Amount::from_cents(99));
}

TEST(AmountTest, SumAddsEveryAmount) {
  EXPECT_EQ(sum({}).value(), Amount::zero());
  // The three awards of a small programme: 8 000,00 + 42 000,00 + 86 453,34.
  std::vector<Amount> awards = {Amount::from_cents(800000), Amount::from_cents(4200000),
                                Amount::from_cents(8645334)};
  EXPECT_EQ(sum(awards).value(), Amount::from_cents(13645334));
}

TEST(AmountTest, SumRefusesOverflowEvenWhenALaterTermWouldBringItBack) {
  std::vector<Amount> amounts = {kMax, kCent, Amount::from_cents(-1)};
  expect_overflow(sum(amounts));
  std::vector<Amount> fine = {kMax, Amount::from_cents(-1), kCent};
  EXPECT_EQ(sum(fine).value(), kMax);
}

}  // namespace
}  // namespace octroi
