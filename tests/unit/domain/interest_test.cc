#include "domain/interest.h"

#include <gtest/gtest.h>

namespace octroi {
namespace {

Interest board_seat() {
  return Interest{.member = MemberId("cuvillier-valerie"),
                  .organisation_name = "Le Cheval Bleu",
                  .role = "présidente du conseil d'administration",
                  .start = Date::create(2022, 1, 1).value()};
}

TEST(InterestTest, CoversItsPeriod) {
  Interest interest = board_seat();
  ASSERT_TRUE(Interest::create(interest).ok());
  EXPECT_FALSE(interest.covers(Date::create(2021, 12, 31).value()));
  EXPECT_TRUE(interest.covers(Date::create(2023, 9, 18).value()));
  interest.end = Date::create(2023, 9, 17).value();
  EXPECT_FALSE(interest.covers(Date::create(2023, 9, 18).value()));
  EXPECT_TRUE(interest.covers(Date::create(2023, 9, 17).value()));
}

TEST(InterestTest, RefusesMissingFieldsAndBackwardsPeriods) {
  Interest no_role = board_seat();
  no_role.role = " ";
  EXPECT_EQ(no_role.validate().error().location().field, "role");
  Interest no_organisation = board_seat();
  no_organisation.organisation_name.clear();
  EXPECT_EQ(no_organisation.validate().error().code(), ErrorCode::kMissingField);
  Interest backwards = board_seat();
  backwards.end = Date::create(2021, 1, 1).value();
  EXPECT_EQ(backwards.validate().error().location().field, "end");
  EXPECT_NE(backwards.validate().error().message().find("1er janvier 2021"), std::string::npos);
}

}  // namespace
}  // namespace octroi
