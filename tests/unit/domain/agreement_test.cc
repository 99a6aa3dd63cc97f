#include "domain/agreement.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::between;
using testing::cents;
using testing::day;
using testing::must;

// Agreement 2023-01628 "accompagnement spécifique BRSA" with Le Cheval Bleu,
// signed 3 July 2023, before its amendment.
Agreement cheval_bleu_agreement() {
  const Period year_2023 = between(day(2023, 1, 1), day(2023, 12, 31));
  return Agreement{
      .id = AgreementId("2023-01628"),
      .number = must(AgreementNumber::parse("2023-01628")),
      .organisation = OrganisationId("cheval-bleu"),
      .instrument = LegalInstrument::kStandardAgreement,
      .subject = "accompagnement spécifique BRSA",
      .signed_on = day(2023, 7, 3),
      .terms = {.periods = {year_2023},
                .schemes = {{"Accompagnement spécifique BRSA", cents(4000000), {}, year_2023}},
                .advance_rate = Rate::from_percent(60),
                .budget_chapter = "C02-446A05"},
  };
}

TEST(AgreementTest, ReferenceAgreementIsValid) {
  auto agreement = Agreement::create(cheval_bleu_agreement());
  ASSERT_TRUE(agreement.ok()) << agreement.error().to_string();
  EXPECT_EQ(must(agreement->terms.total()), cents(4000000));
}

TEST(AgreementTest, DraftWithoutNumberIsValid) {
  Agreement draft = cheval_bleu_agreement();
  draft.number.reset();
  draft.signed_on.reset();
  draft.instrument = LegalInstrument::kSpecificAgreement;  // like Annex 7's "N° XXXX"
  EXPECT_TRUE(draft.validate().ok());
}

TEST(AgreementTest, RefusesAmendmentOrNoneAsInstrument) {
  for (LegalInstrument instrument : {LegalInstrument::kAmendment, LegalInstrument::kNone}) {
    Agreement agreement = cheval_bleu_agreement();
    agreement.instrument = instrument;
    auto status = agreement.validate();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().location().field, "instrument");
  }
}

TEST(AgreementTest, RefusesMissingPartsAndInvalidTerms) {
  Agreement no_organisation = cheval_bleu_agreement();
  no_organisation.organisation = OrganisationId();
  EXPECT_EQ(testing::error_of(no_organisation.validate()).location().field, "organisation");

  Agreement bad_terms = cheval_bleu_agreement();
  bad_terms.terms.schemes[0].amount = cents(-1);
  EXPECT_EQ(testing::error_of(bad_terms.validate()).location().field, "schemes");
}

}  // namespace
}  // namespace octroi
