#include "domain/deliberation_number.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(DeliberationNumberTest, ParsesYearAndSequence) {
  auto number = DeliberationNumber::parse("2023-405");
  ASSERT_TRUE(number.ok());
  EXPECT_EQ(number->year(), 2023);
  EXPECT_EQ(number->sequence(), 405);
  EXPECT_EQ(number->text(), "2023-405");
  EXPECT_EQ(testing::must(DeliberationNumber::parse("N°2023-405")), testing::must(number));
  EXPECT_EQ(testing::must(DeliberationNumber::parse("n° 2021-257")).sequence(), 257);
}

TEST(DeliberationNumberTest, RefusesOtherForms) {
  for (std::string_view text :
       {"", "2023", "2023-", "23-405", "2023-0", "2023-123456", "2023/405", "2023-40a", "-405"}) {
    auto number = DeliberationNumber::parse(text);
    ASSERT_FALSE(number.ok()) << text;
    EXPECT_EQ(number.error().code(), ErrorCode::kInvalidValue);
    EXPECT_NE(number.error().message().find("numéro de délibération invalide"), std::string::npos);
  }
}

}  // namespace
}  // namespace octroi
