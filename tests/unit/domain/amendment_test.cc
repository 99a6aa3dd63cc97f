#include "domain/amendment.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::between;
using testing::cents;
using testing::day;
using testing::must;

// Annex 6: amendment n°1 to agreement 2023-01628 with Le Cheval Bleu.
Amendment cheval_bleu_amendment() {
  const Period year_2023 = between(day(2023, 1, 1), day(2023, 12, 31));
  const Period year_2024 = between(day(2024, 1, 1), day(2024, 12, 31));
  const auto places = [](int count) {
    return UnitQuantity{Quantity::from_units(count * Quantity::kScale), QuantityUnit::kPlaces};
  };
  return Amendment{
      .id = AmendmentId("2023-01628-avenant-1"),
      .agreement = AgreementId("2023-01628"),
      .agreement_number = must(AgreementNumber::parse("2023-01628")),
      .ordinal = 1,
      .subject = "accompagnement spécifique BRSA",
      .agreement_signed_on = day(2023, 7, 3),
      .amended_articles = {3, 4, 7, 12},
      .terms =
          {.periods = {between(day(2023, 1, 1), day(2024, 12, 31))},
           .schemes = {{"Accompagnement spécifique BRSA", cents(4000000), places(100), year_2023},
                       {"Accompagnement spécifique BRSA", cents(11500000), places(230), year_2024}},
           .advance_rate = Rate::from_percent(60),
           .budget_chapter = "C02-446A05",
           .review_due = day(2025, 3, 31),
           .retention_until = day(2034, 12, 31)},
  };
}

TEST(AmendmentTest, ReferenceAmendmentIsValid) {
  auto amendment = Amendment::create(cheval_bleu_amendment());
  ASSERT_TRUE(amendment.ok()) << amendment.error().to_string();
  EXPECT_EQ(amendment->title(), "Avenant n°1 à la convention n°2023-01628");
  EXPECT_EQ(must(amendment->terms.total()), cents(15500000));
  EXPECT_EQ(amendment->terms.retention_until->iso(), "2034-12-31");
}

TEST(AmendmentTest, RefusesBadOrdinalAndArticles) {
  Amendment zero = cheval_bleu_amendment();
  zero.ordinal = 0;
  EXPECT_EQ(testing::error_of(zero.validate()).location().field, "ordinal");

  Amendment twice = cheval_bleu_amendment();
  twice.amended_articles = {3, 4, 3};
  auto status = twice.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().location().field, "amended_articles");
  EXPECT_NE(status.error().message().find("article 3"), std::string::npos);

  Amendment article_zero = cheval_bleu_amendment();
  article_zero.amended_articles = {0};
  EXPECT_EQ(testing::error_of(article_zero.validate()).location().field, "amended_articles");

  Amendment orphan = cheval_bleu_amendment();
  orphan.agreement = AgreementId();
  EXPECT_EQ(testing::error_of(orphan.validate()).code(), ErrorCode::kMissingField);
}

TEST(AmendmentTest, InvalidTermsAreRefused) {
  Amendment outside = cheval_bleu_amendment();
  outside.terms.schemes[1].period = between(day(2025, 1, 1), day(2025, 12, 31));
  EXPECT_EQ(testing::error_of(outside.validate()).location().field, "schemes");
}

}  // namespace
}  // namespace octroi
