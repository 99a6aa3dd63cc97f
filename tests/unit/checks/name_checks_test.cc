#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_fixtures.h"

namespace octroi {
namespace {

using namespace check_fixtures;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(NameChecks, FoldingAndDistance) {
  EXPECT_EQ(fold_text("Lens-Liévin"), "lens lievin");
  EXPECT_EQ(fold_text("HINGREZ-CÉRÉDA"), "hingrez cereda");
  EXPECT_EQ(edit_distance("bouloonnais", "boulonnais"), 1);
  EXPECT_EQ(edit_distance("kuhcinski", "kuchcinski"), 1);
  EXPECT_EQ(edit_distance("ab", "ba"), 1);
}

TEST(NameChecks, CanonicalSpellingsHaveNoFinding) {
  ProgrammeDataset dataset = consistent();
  dataset.rows[1].territory = territory("LENS-LIEVIN", Territory::kLensLievin);
  EXPECT_THAT(check_names(dataset), IsEmpty());
}

TEST(NameChecks, MisspeltTerritoryAndOrganisation) {
  ProgrammeDataset dataset = consistent();
  dataset.rows[0].territory = territory("Bouloonnais", Territory::kBoulonnais);
  dataset.rows[1].organisation =
      OrganisationReference{"AMIE du Bouloonnais", OrganisationId("alpha"), {}};
  dataset.rows[0].organisation.printed = "AMIE du Boulonnais";
  OrganisationEntry entry;
  entry.organisation.id = OrganisationId("alpha");
  dataset.organisations.push_back(entry);
  EXPECT_THAT(codes(check_names(dataset)),
              ElementsAre("names.territory_misspelt", "names.organisation_misspelt"));
}

TEST(NameChecks, MemberSpelledTwoWays) {
  ProgrammeDataset dataset = consistent();
  dataset.session.members.push_back({MemberId("kuhcinski-andre"), "André KUHCINSKI"});
  RecusalStatement recusal;
  recusal.members = {{"André KUHCINSKI", MemberId("kuhcinski-andre"), std::nullopt}};
  dataset.session.recusals.push_back(recusal);
  EXPECT_THAT(check_names(dataset), IsEmpty());
  dataset.session.recusals[0].members[0].printed = "André KUCHCINSKI";
  EXPECT_THAT(codes(check_names(dataset)), ElementsAre("names.member_misspelt"));
}

}  // namespace
}  // namespace octroi
