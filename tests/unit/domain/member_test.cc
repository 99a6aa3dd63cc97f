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

TEST(MemberTest, MandatesOverTime) {
  Member member{.id = MemberId("x"), .name = "Jean DUPONT"};
  member.mandates.push_back({.body = DeliberativeBody::kStandingCommittee,
                             .start = Date::create(2021, 7, 1).value(),
                             .end = Date::create(2023, 6, 30).value()});
  member.mandates.push_back({.body = DeliberativeBody::kStandingCommittee,
                             .start = Date::create(2023, 7, 1).value(),
                             .deliberative_vote = false});
  ASSERT_TRUE(member.validate().ok());
  const auto early =
      member.mandate_on(DeliberativeBody::kStandingCommittee, Date::create(2022, 1, 1).value());
  ASSERT_TRUE(early.has_value());
  EXPECT_TRUE(early->deliberative_vote);
  const auto late =
      member.mandate_on(DeliberativeBody::kStandingCommittee, Date::create(2023, 9, 18).value());
  ASSERT_TRUE(late.has_value());
  EXPECT_FALSE(late->deliberative_vote);
  EXPECT_FALSE(
      member.mandate_on(DeliberativeBody::kDepartmentalCouncil, Date::create(2022, 1, 1).value()));
  EXPECT_FALSE(
      member.mandate_on(DeliberativeBody::kStandingCommittee, Date::create(2021, 6, 30).value()));

  Member overlapping = member;
  overlapping.mandates[1].start = Date::create(2023, 6, 1).value();
  EXPECT_NE(overlapping.validate().error().message().find("chevauchent"), std::string::npos);
  Member backwards = member;
  backwards.mandates[0].end = Date::create(2020, 1, 1).value();
  EXPECT_EQ(backwards.validate().error().location().field, "mandates");
}

}  // namespace
}  // namespace octroi
