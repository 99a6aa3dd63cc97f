#include "domain/organisation.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::day;
using testing::must;

// As Annex 6 (the amendment to agreement 2023-01628) names it.
Organisation cheval_bleu() {
  return Organisation{.id = OrganisationId("cheval-bleu"),
                      .name = "Le Cheval Bleu",
                      .legal_form = "Association",
                      .siret = must(Siret::parse("48054398200023")),
                      .address = "29-31 rue Roger Salengro 62160 BULLY-LES-MINES",
                      .representative_name = "Marie-Andrée PAU",
                      .representative_title = "Présidente",
                      .representative_empowered_on = day(2023, 3, 31)};
}

TEST(OrganisationTest, ReferenceOrganisationIsValid) {
  auto organisation = Organisation::create(cheval_bleu());
  ASSERT_TRUE(organisation.ok());
  EXPECT_EQ(organisation->siret->formatted(), "480 543 982 00023");
  EXPECT_EQ(organisation->representative_empowered_on->iso(), "2023-03-31");
}

TEST(OrganisationTest, OnlyIdAndNameAreRequired) {
  Organisation sparse{.id = OrganisationId("corif"), .name = "CORIF"};
  EXPECT_TRUE(sparse.validate().ok());
  EXPECT_FALSE(sparse.siret.has_value());

  Organisation unnamed = cheval_bleu();
  unnamed.name.clear();
  auto status = unnamed.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kMissingField);
  EXPECT_EQ(status.error().location().field, "name");
}

}  // namespace
}  // namespace octroi
