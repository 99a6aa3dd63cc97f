#include "domain/budget_line.h"

#include <cstdint>
#include <limits>

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::cents;
using testing::must;

BudgetLine line(const char* code, const char* imputation, std::int64_t authority,
                std::int64_t available, std::int64_t proposed) {
  return BudgetLine{.id = BudgetLineId("line"),
                    .code = code,
                    .imputation = must(Imputation::parse(imputation)),
                    .label = "libellé",
                    .commitment_authority = cents(authority),
                    .available = cents(available),
                    .proposed = cents(proposed)};
}

// The report's budget table: AE, Disponible, Proposition, Solde.
TEST(BudgetLineTest, RemainingMatchesTheReportsTable) {
  struct Case {
    BudgetLine line;
    std::int64_t remaining;
  };
  const Case cases[] = {
      {line("C02-446A05", "6568/93446", 619364300, 154578028, 68232851), 86345177},
      {line("C01-444H03", "6568/93444", 101640000, 10140000, 10080000), 60000},
      {line("C01-444H02", "6568/93444", 729818200, 206402290, 161436436), 44965854},
      {line("C02-428B04", "6568/93428", 287069100, 237069100, 112200000), 124869100},
  };
  for (const Case& c : cases) {
    EXPECT_TRUE(c.line.validate().ok()) << c.line.code;
    EXPECT_EQ(must(c.line.remaining()), cents(c.remaining)) << c.line.code;
  }
}

TEST(BudgetLineTest, ReferenceFiguresOfTheFirstLine) {
  const BudgetLine first = line("C02-446A05", "6568/93446", 619364300, 154578028, 68232851);
  EXPECT_EQ(first.commitment_authority, cents(619364300));  // 6 193 643,00 €
  EXPECT_EQ(first.proposed, cents(68232851));               // 682 328,51 €
  EXPECT_EQ(first.imputation.nature(), "6568");
  EXPECT_EQ(first.imputation.function(), "93446");
}

TEST(BudgetLineTest, ProposingMoreThanAvailableGivesANegativeRemaining) {
  const BudgetLine over = line("C01-444H03", "6568/93444", 101640000, 10140000, 10200000);
  EXPECT_TRUE(over.validate().ok());  // the checks report it, with both figures
  EXPECT_EQ(must(over.remaining()), cents(-60000));
}

TEST(BudgetLineTest, RemainingOverflowIsAnError) {
  BudgetLine extreme = line("C01-444H03", "6568/93444", 0, 0, 1);
  extreme.available = cents(std::numeric_limits<std::int64_t>::min());
  auto remaining = extreme.remaining();
  ASSERT_FALSE(remaining.ok());
  EXPECT_EQ(remaining.error().code(), ErrorCode::kAmountOverflow);
}

TEST(BudgetLineTest, OperationCodeForm) {
  for (std::string_view code : {"C02-446A05", "C01-444H03", "C01-444H02", "C02-428B04"}) {
    EXPECT_TRUE(BudgetLine::is_valid_code(code)) << code;
  }
  for (std::string_view code :
       {"", "C02-446A5", "c02-446a05", "C02446A05", "C02-446A055", "CO2-446A05", "C02_446A05"}) {
    EXPECT_FALSE(BudgetLine::is_valid_code(code)) << code;
  }
}

TEST(BudgetLineTest, ValidationRefusals) {
  BudgetLine bad_code = line("C02-446A5", "6568/93446", 1, 1, 1);
  EXPECT_EQ(testing::error_of(bad_code.validate()).location().field, "code");

  BudgetLine negative = line("C02-446A05", "6568/93446", 1, -1, 1);
  auto status = negative.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kInvalidValue);
  EXPECT_EQ(status.error().location().field, "available");

  BudgetLine no_label = line("C02-446A05", "6568/93446", 1, 1, 1);
  no_label.label.clear();
  EXPECT_EQ(testing::error_of(BudgetLine::create(no_label)).location().field, "label");
}

}  // namespace
}  // namespace octroi
