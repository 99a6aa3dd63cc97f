#include "domain/agreement_number.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(AgreementNumberTest, ParsesTheReferenceNumbers) {
  auto passeport = AgreementNumber::parse("2023-00963");
  ASSERT_TRUE(passeport.ok());
  EXPECT_EQ(passeport->year(), 2023);
  EXPECT_EQ(passeport->sequence(), 963);
  EXPECT_EQ(passeport->text(), "2023-00963");
  auto cheval_bleu = AgreementNumber::parse("2023-01628");
  ASSERT_TRUE(cheval_bleu.ok());
  EXPECT_EQ(cheval_bleu->text(), "2023-01628");
  EXPECT_LT(*passeport, *cheval_bleu);
}

TEST(AgreementNumberTest, AcceptsTheNumberSignAndSpaces) {
  EXPECT_EQ(testing::must(AgreementNumber::parse("n° 2023-00963")),
            testing::must(AgreementNumber::parse("2023-00963")));
  EXPECT_EQ(testing::must(AgreementNumber::parse("N°2023-01628")).sequence(), 1628);
  EXPECT_EQ(testing::must(AgreementNumber::parse(" 2023-00963 ")).text(), "2023-00963");
}

TEST(AgreementNumberTest, RefusesOtherFormsWithTheirText) {
  for (std::string_view text : {"2023-963", "23-00963", "2023-009630", "2023 00963", "2023-0096A",
                                "XXXX", "", "2023-00000", "2023--0963", "20230-0963"}) {
    auto number = AgreementNumber::parse(text);
    ASSERT_FALSE(number.ok()) << text;
    EXPECT_EQ(number.error().code(), ErrorCode::kInvalidAgreementNumber) << text;
    EXPECT_NE(number.error().message().find("« " + std::string(text) + " »"), std::string::npos);
    EXPECT_NE(number.error().message().find("AAAA-NNNNN"), std::string::npos);
  }
  EXPECT_EQ(error_code_name(ErrorCode::kInvalidAgreementNumber), "agreement_number.invalid");
}

}  // namespace
}  // namespace octroi
