#include "domain/civility.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(CivilityTest, KeysRoundTrip) {
  testing::expect_keys_round_trip(all_civilities(), civility_from_key, 2);
  EXPECT_EQ(to_key(Civility::kMadam), "madam");
}

TEST(CivilityTest, AbbreviatedAndFullLabels) {
  EXPECT_EQ(to_label(Civility::kMister), "M.");
  EXPECT_EQ(to_label(Civility::kMadam), "Mme");
  EXPECT_EQ(to_full_label(Civility::kMister), "Monsieur");
  EXPECT_EQ(to_full_label(Civility::kMadam), "Madame");
}

}  // namespace
}  // namespace octroi
