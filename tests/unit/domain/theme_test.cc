#include "domain/theme.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

Theme theme_two() {
  return Theme{.id = ThemeId("t2"),
               .programme = ProgrammeId("pas-de-calais-2023-phase4"),
               .number = 2,
               .title = "Développement des compétences et accès à l'emploi"};
}

TEST(ThemeTest, ValidTheme) { EXPECT_TRUE(Theme::create(theme_two()).ok()); }

TEST(ThemeTest, RefusesNumberBelowOneAndMissingProgramme) {
  Theme zero = theme_two();
  zero.number = 0;
  auto status = zero.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kInvalidValue);
  EXPECT_EQ(status.error().location().field, "number");

  Theme orphan = theme_two();
  orphan.programme = ProgrammeId();
  EXPECT_EQ(testing::error_of(orphan.validate()).location().field, "programme");
}

}  // namespace
}  // namespace octroi
