#include "domain/review.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::day;

// "Ce dernier interviendra au plus tard le 31 mars 2024."
Review passeport_forma_review() {
  return Review{.id = ReviewId("t1-o5-passeport-forma-2023"),
                .award = AwardId("t1-o5-passeport-forma"),
                .due = day(2024, 3, 31)};
}

TEST(ReviewTest, OverdueOnlyAfterTheDueDateAndWhileNotReceived) {
  Review review = passeport_forma_review();
  EXPECT_TRUE(review.validate().ok());
  EXPECT_FALSE(review.is_overdue(day(2024, 3, 31)));
  EXPECT_TRUE(review.is_overdue(day(2024, 4, 1)));
  review.received_on = day(2024, 4, 15);
  EXPECT_TRUE(review.is_received());
  EXPECT_FALSE(review.is_overdue(day(2024, 5, 1)));
}

TEST(ReviewTest, RefusesMissingAward) {
  Review review = passeport_forma_review();
  review.award = AwardId();
  auto created = Review::create(review);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code(), ErrorCode::kMissingField);
}

}  // namespace
}  // namespace octroi
