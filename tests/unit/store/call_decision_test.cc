// Issue 12, « Décision », on both backends: once the session adopts the
// report funding the call's programme, its proposals become awards (one
// journaled save each, never twice); nothing moves before the vote or after
// a rejection; each decided applicant's letter says what was voted.
// (What follows the vote across modules, the programme and its agreements:
// tests/unit/integration/call_decided_programme_test.cc.)
#include <string>

#include <gtest/gtest.h>

#include "call_decision_fixture.h"

namespace octroi {
namespace {

using testing::complete_application;
using testing::day;
using testing::euros;
using testing::small_call;

using testing::CallDecisionTest;
using testing::sitting;
TYPED_TEST_SUITE(CallDecisionTest, testing::Backends, testing::BackendNames);

TYPED_TEST(CallDecisionTest, NothingMovesBeforeTheVoteNorAfterARejection) {
  auto before = record_decisions(*this->calls_, "aap-test", sitting(std::nullopt), this->stamp_);
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error().code(), ErrorCode::kInvalidValue);
  EXPECT_EQ(before.error().message(),
            "le rapport n°70 de la séance « cp-2023-09-18 » n'est pas encore voté : enregistrez "
            "d'abord le vote (page de la séance, ou octroi session vote)");
  auto rejected = record_decisions(*this->calls_, "aap-test", sitting(10, 30), this->stamp_);
  ASSERT_FALSE(rejected.ok());
  EXPECT_NE(rejected.error().message().find("a été rejeté"), std::string::npos);
  Session other = sitting(36);
  other.agenda[0].programme = "un-autre-programme";
  auto unrelated = record_decisions(*this->calls_, "aap-test", other, this->stamp_);
  ASSERT_FALSE(unrelated.ok());
  EXPECT_EQ(unrelated.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(this->status_of("dem-0001"), ApplicationStatus::kProposed);
  auto letter = decision_letter(small_call(), complete_application(), sitting(std::nullopt),
                                this->authority_);
  ASSERT_FALSE(letter.ok());
  EXPECT_NE(letter.error().message().find("pas encore de décision"), std::string::npos);
}

TYPED_TEST(CallDecisionTest, TheAdoptedReportAwardsItsProposalsOnceAndJournalsThem) {
  const Session adopted = sitting(36);
  auto first = record_decisions(*this->calls_, "aap-test", adopted, this->stamp_);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  ASSERT_EQ(first->awarded.size(), 1U);
  EXPECT_EQ(first->awarded[0].application.id, "dem-0001");
  ASSERT_EQ(first->refused.size(), 1U);
  EXPECT_EQ(first->refused[0].application.id, "dem-0002");
  EXPECT_EQ(this->status_of("dem-0001"), ApplicationStatus::kAwarded);
  EXPECT_EQ(this->status_of("dem-0002"), ApplicationStatus::kRefused);
  // Proposed to another session: untouched.
  EXPECT_EQ(this->status_of("dem-0003"), ApplicationStatus::kProposed);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE action = 'award'"), 1);

  auto again = record_decisions(*this->calls_, "aap-test", adopted, this->stamp_);
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_TRUE(again->awarded.empty());
  EXPECT_EQ(again->already_awarded, 1);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE action = 'award'"), 1);
  this->expect_journal_intact();

  auto award =
      decision_letter(small_call(), first->awarded[0].application, adopted, this->authority_);
  ASSERT_TRUE(award.ok()) << award.error().to_string();
  EXPECT_TRUE(award->awarded);
  EXPECT_EQ(award->amount, euros(18000));
  EXPECT_EQ(award->requested, euros(20000));
  EXPECT_EQ(award->deliberation_number, "2023-405");
  EXPECT_EQ(award->session_body, "Commission Permanente");
  EXPECT_EQ(award->siret, "480 543 982 00023");
  EXPECT_EQ(award->operation_title, "places d'accompagnement");
  EXPECT_EQ(award->theme_title, "Accompagnement des bénéficiaires du RSA");
  EXPECT_EQ(award->receipt, "AAP-TEST-00001");

  auto refusal =
      decision_letter(small_call(), first->refused[0].application, adopted, this->authority_);
  ASSERT_TRUE(refusal.ok()) << refusal.error().to_string();
  EXPECT_FALSE(refusal->awarded);
  EXPECT_TRUE(refusal->amount.is_zero());
  EXPECT_EQ(refusal->refusal_reason, "action déjà financée");

  Session later = adopted;
  later.id = SessionId("cp-2023-10-16");
  auto wrong_session =
      decision_letter(small_call(), first->awarded[0].application, later, this->authority_);
  ASSERT_FALSE(wrong_session.ok());
  EXPECT_NE(wrong_session.error().message().find("décidée par la séance « cp-2023-09-18 »"),
            std::string::npos);
}

}  // namespace
}  // namespace octroi
