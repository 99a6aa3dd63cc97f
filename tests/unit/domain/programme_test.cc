#include "domain/programme.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

Programme reference() {
  return Programme{
      .id = ProgrammeId("pas-de-calais-2023-phase4"),
      .call = "Appels à projets des politiques d'inclusion durable",
      .year = 2023,
      .phase = 4,
      .title = "APPELS À PROJETS DES POLITIQUES D'INCLUSION DURABLE 2023-PHASE 4",
      .authority = "Département du Pas-de-Calais",
  };
}

TEST(ProgrammeTest, ReferenceProgrammeIsValid) {
  auto programme = Programme::create(reference());
  ASSERT_TRUE(programme.ok());
  EXPECT_EQ(programme->phase, 4);
}

TEST(ProgrammeTest, RefusesMissingTextAndImpossibleYearOrPhase) {
  Programme no_title = reference();
  no_title.title = "  ";
  auto refused = Programme::create(no_title);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kMissingField);
  EXPECT_EQ(refused.error().location().field, "title");

  Programme typo_year = reference();
  typo_year.year = 20233;
  auto year = typo_year.validate();
  ASSERT_FALSE(year.ok());
  EXPECT_EQ(year.error().location().field, "year");

  Programme phase_zero = reference();
  phase_zero.phase = 0;
  EXPECT_FALSE(phase_zero.validate().ok());

  Programme no_id = reference();
  no_id.id = ProgrammeId();
  EXPECT_EQ(testing::error_of(no_id.validate()).location().field, "id");
}

}  // namespace
}  // namespace octroi
