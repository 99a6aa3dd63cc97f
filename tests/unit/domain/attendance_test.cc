#include "domain/attendance.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(AttendanceTest, KeysRoundTrip) {
  testing::expect_keys_round_trip(all_attendances(), attendance_from_key, 5);
  EXPECT_EQ(to_key(Attendance::kNonVotingPresent), "non_voting_present");
  EXPECT_EQ(to_key(Attendance::kNonVotingExcused), "non_voting_excused");
  EXPECT_EQ(to_label(Attendance::kExcused), "Excusé");
}

TEST(AttendanceTest, DeliberativeVoteAndPresenceInTheRoom) {
  EXPECT_TRUE(has_deliberative_vote(Attendance::kPresent));
  EXPECT_TRUE(has_deliberative_vote(Attendance::kExcused));
  EXPECT_TRUE(has_deliberative_vote(Attendance::kAbsent));
  EXPECT_FALSE(has_deliberative_vote(Attendance::kNonVotingPresent));
  EXPECT_FALSE(has_deliberative_vote(Attendance::kNonVotingExcused));
  EXPECT_TRUE(is_in_room(Attendance::kPresent));
  EXPECT_TRUE(is_in_room(Attendance::kNonVotingPresent));
  EXPECT_FALSE(is_in_room(Attendance::kExcused));
  EXPECT_FALSE(is_in_room(Attendance::kAbsent));
  EXPECT_FALSE(is_in_room(Attendance::kNonVotingExcused));
}

}  // namespace
}  // namespace octroi
