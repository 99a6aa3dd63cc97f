#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_fixtures.h"

namespace octroi {
namespace {

using namespace check_fixtures;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Four present members (one recused), one absent member who gave no proxy.
ProgrammeDataset with_session(int for_votes) {
  ProgrammeDataset dataset = consistent();
  AttendanceList present{Attendance::kPresent, "Étaient présents :", {16, 16}, {}};
  for (std::string id : {"a", "b", "c", "d"}) present.members.push_back({id, MemberId(id), {}});
  AttendanceList absent{Attendance::kAbsent, "Absent(s) :", {20, 20}, {{"e", MemberId("e"), {}}}};
  dataset.session.attendance = {present, absent};
  RecusalStatement recused;
  recused.members = {{"d", MemberId("d"), {}}};
  recused.took_part_in_vote = false;
  RecusalStatement no_proxy;
  no_proxy.members = {{"e", MemberId("e"), {}}};
  no_proxy.proxy_given = false;
  no_proxy.stated_status = Attendance::kAbsent;
  dataset.session.recusals = {recused, no_proxy};
  dataset.session.vote.for_votes.count = Printed<int>{"", for_votes};
  dataset.session.vote.against_votes.count = Printed<int>{"0", 0};
  dataset.session.vote.abstain_votes.count = Printed<int>{"0", 0};
  return dataset;
}

TEST(VoteChecks, VotesWithinTheMembersAbleToVote) {
  EXPECT_THAT(check_votes(with_session(3)), IsEmpty());
}

TEST(VoteChecks, MoreVotesThanVoters) {
  EXPECT_THAT(codes(check_votes(with_session(4))), ElementsAre("vote.votes_exceed_voters"));
}

TEST(VoteChecks, AbsentSaidToBeExcused) {
  ProgrammeDataset dataset = with_session(3);
  dataset.session.recusals[1].stated_status = Attendance::kExcused;
  EXPECT_THAT(codes(check_votes(dataset)), ElementsAre("vote.attendance_mismatch"));
}

TEST(VoteChecks, NoQuorum) {
  ProgrammeDataset dataset = with_session(1);
  for (std::string id : {"f", "g", "h"}) {
    dataset.session.attendance[1].members.push_back({id, MemberId(id), {}});
  }
  // 4 present out of 8 voting members is not a majority.
  EXPECT_THAT(codes(check_votes(dataset)), ElementsAre("vote.no_quorum"));
}

}  // namespace
}  // namespace octroi
