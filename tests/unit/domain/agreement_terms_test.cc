#include "domain/agreement_terms.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::between;
using testing::cents;
using testing::day;
using testing::must;

// Passeport Forma, amendment n°1 to agreement 2023-00963 (Annex 5).
AgreementTerms passeport_forma_terms() {
  const Period year = between(day(2023, 1, 1), day(2023, 12, 31));
  const Period second_half = between(day(2023, 7, 1), day(2023, 12, 31));
  return AgreementTerms{
      .periods = {year, second_half},
      .schemes = {{"Référent solidarité et socioprofessionnel", cents(8900000), {}, year},
                  {"Accompagnement Global", cents(687500),
                   UnitQuantity{Quantity::from_units(90 * Quantity::kScale), QuantityUnit::kPlaces},
                   second_half}},
      .advance_rate = Rate::from_percent(60),
      .budget_chapter = "C02-446A05",
      .review_due = day(2024, 3, 31),
  };
}

TEST(AgreementTermsTest, PasseportFormaTotalIsTheAmendmentsMaximum) {
  const AgreementTerms terms = passeport_forma_terms();
  EXPECT_TRUE(terms.validate().ok());
  EXPECT_EQ(must(terms.total()), cents(9587500));  // 95 875 €
}

TEST(AgreementTermsTest, SchemePeriodMustLieWithinTheTerms) {
  AgreementTerms terms = passeport_forma_terms();
  terms.schemes[1].period = between(day(2023, 7, 1), day(2024, 1, 31));
  auto status = terms.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().location().field, "schemes");
  EXPECT_NE(status.error().message().find("Accompagnement Global"), std::string::npos);
}

TEST(AgreementTermsTest, RefusesBadSchemesRateAndChapter) {
  AgreementTerms negative = passeport_forma_terms();
  negative.schemes[0].amount = cents(-100);
  EXPECT_EQ(testing::error_of(negative.validate()).code(), ErrorCode::kInvalidValue);

  AgreementTerms unnamed = passeport_forma_terms();
  unnamed.schemes[0].scheme = "";
  EXPECT_EQ(testing::error_of(unnamed.validate()).code(), ErrorCode::kMissingField);

  AgreementTerms repeated = passeport_forma_terms();
  repeated.schemes.push_back(repeated.schemes[1]);
  EXPECT_EQ(testing::error_of(repeated.validate()).code(), ErrorCode::kDuplicate);

  AgreementTerms over = passeport_forma_terms();
  over.advance_rate = Rate::from_percent(120);
  EXPECT_EQ(testing::error_of(over.validate()).location().field, "advance_rate");

  AgreementTerms below = passeport_forma_terms();
  below.advance_rate = Rate::from_millionths(-1);
  EXPECT_EQ(testing::error_of(below.validate()).location().field, "advance_rate");

  AgreementTerms chapter = passeport_forma_terms();
  chapter.budget_chapter = "XXXXXXXX";  // the travel agreement's placeholder
  EXPECT_EQ(testing::error_of(chapter.validate()).location().field, "budget_chapter");
}

TEST(AgreementTermsTest, SameSchemeOverTwoPeriodsIsAllowed) {
  // Le Cheval Bleu: 40 000 € for 2023, 115 000 € for 2024, one scheme.
  const Period year_2023 = between(day(2023, 1, 1), day(2023, 12, 31));
  const Period year_2024 = between(day(2024, 1, 1), day(2024, 12, 31));
  const AgreementTerms terms{
      .periods = {between(day(2023, 1, 1), day(2024, 12, 31))},
      .schemes = {{"Accompagnement spécifique BRSA", cents(4000000), {}, year_2023},
                  {"Accompagnement spécifique BRSA", cents(11500000), {}, year_2024}},
  };
  EXPECT_TRUE(terms.validate().ok());
  EXPECT_EQ(must(terms.total()), cents(15500000));
}

}  // namespace
}  // namespace octroi
