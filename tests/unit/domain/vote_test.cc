#include "domain/vote.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

const char* const kSocialists = "Groupe Socialiste, Républicain et Citoyen";
const char* const kCommunists = "Groupe Communiste et Républicain";
const char* const kUnion = "Groupe Union pour le Pas-de-Calais";

// "Pour : 36 voix (...) Contre : 0 voix Abstention : 5 voix (...) Absents sans
// délégation de vote : 3 (...)".
Vote reference_vote() {
  return Vote{
      .for_votes = {36,
                    {kSocialists, kCommunists, kUnion, "Groupe Rassemblement National",
                     "Non-inscrit"}},
      .against_votes = {0, {}},
      .abstain_votes = {5, {kSocialists, kCommunists}},
      .absent_without_proxy = {3, {kSocialists, kUnion}},
  };
}

TEST(VoteTest, ReferenceTally) {
  auto vote = Vote::create(reference_vote());
  ASSERT_TRUE(vote.ok());
  EXPECT_EQ(vote->expressed(), 36);
  // 38 present + 3 excused + 3 absent members with a deliberative vote.
  EXPECT_EQ(vote->total(), 44);
}

TEST(VoteTest, RefusesNegativeCountsAndIncoherentGroups) {
  Vote negative = reference_vote();
  negative.against_votes.count = -1;
  auto status = negative.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().location().field, "against");

  Vote groups_without_votes = reference_vote();
  groups_without_votes.against_votes.groups = {kUnion};
  EXPECT_EQ(testing::error_of(groups_without_votes.validate()).location().field, "against");

  Vote repeated = reference_vote();
  repeated.abstain_votes.groups.push_back(kSocialists);
  EXPECT_EQ(testing::error_of(repeated.validate()).location().field, "abstain");

  Vote blank = reference_vote();
  blank.for_votes.groups.push_back("");
  EXPECT_EQ(testing::error_of(blank.validate()).code(), ErrorCode::kMissingField);
}

}  // namespace
}  // namespace octroi
