#include "domain/member.h"

#include <gtest/gtest.h>

namespace octroi {
namespace {

TEST(MemberTest, DisplayNameAsTheDeliberationWritesIt) {
  const Member secretary{.id = MemberId("zohra-ouaguef"),
                         .civility = Civility::kMadam,
                         .name = "Zohra OUAGUEF",
                         .group = "Groupe Socialiste, Républicain et Citoyen"};
  EXPECT_EQ(secretary.display_name(), "Mme Zohra OUAGUEF");
  EXPECT_TRUE(Member::create(secretary).ok());
  const Member president{.id = MemberId("jean-claude-leroy"),
                         .civility = Civility::kMister,
                         .name = "Jean-Claude LEROY"};
  EXPECT_EQ(president.display_name(), "M. Jean-Claude LEROY");
}

TEST(MemberTest, RefusesMissingName) {
  const Member nameless{.id = MemberId("x")};
  auto status = nameless.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kMissingField);
  EXPECT_EQ(status.error().location().field, "name");
}

}  // namespace
}  // namespace octroi
