#include "domain/imputation.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(ImputationTest, ParsesNatureAndFunction) {
  auto imputation = Imputation::parse("6568/93446");
  ASSERT_TRUE(imputation.ok());
  EXPECT_EQ(imputation->nature(), "6568");
  EXPECT_EQ(imputation->function(), "93446");
  EXPECT_EQ(imputation->to_string(), "6568/93446");
  EXPECT_EQ(testing::must(Imputation::parse("6568 / 93428")).to_string(), "6568/93428");
  EXPECT_EQ(testing::must(Imputation::create("6568", "93444")),
            testing::must(Imputation::parse("6568/93444")));
}

TEST(ImputationTest, RefusesMalformedParts) {
  struct Case {
    std::string_view text;
    std::string_view field;
  };
  const Case cases[] = {
      {"656893446", "imputation"}, {"/93446", "nature"},   {"6568/", "function"},
      {"65A8/93446", "nature"},    {"6568/9", "function"}, {"6568/934461234", "function"},
  };
  for (const Case& c : cases) {
    auto imputation = Imputation::parse(c.text);
    ASSERT_FALSE(imputation.ok()) << c.text;
    EXPECT_EQ(imputation.error().code(), ErrorCode::kInvalidValue);
    EXPECT_EQ(imputation.error().location().field, c.field) << c.text;
  }
}

}  // namespace
}  // namespace octroi
