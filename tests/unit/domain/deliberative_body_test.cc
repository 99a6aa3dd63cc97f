#include "domain/deliberative_body.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(DeliberativeBodyTest, KeysRoundTrip) {
  testing::expect_keys_round_trip(all_deliberative_bodies(), deliberative_body_from_key, 2);
  EXPECT_EQ(to_key(DeliberativeBody::kStandingCommittee), "standing_committee");
  EXPECT_EQ(to_label(DeliberativeBody::kStandingCommittee), "Commission Permanente");
  EXPECT_EQ(to_label(DeliberativeBody::kDepartmentalCouncil), "Conseil départemental");
}

}  // namespace
}  // namespace octroi
