// Submitting an application: a complete one on time is received; each
// missing piece, a late or early date, a call not published, a period
// outside the call's, a budget that does not add up, a missing required
// document or a non-PDF attachment is refused with its French reason; an
// attached file must be a PDF within the size limit. Receipts are numbered
// per call; the access rule shows an organisation only its own applications.
#include "service/application_submission.h"

#include <gtest/gtest.h>

#include "call_test_support.h"
#include "service/application_access.h"

namespace octroi {
namespace {

using testing::complete_application;
using testing::day;
using testing::euros;
using testing::small_call;

std::string refusal(const Application& application, Date today = day("2023-06-30")) {
  auto submitted = submit(application, small_call(), today);
  EXPECT_FALSE(submitted.ok());
  if (submitted.ok()) return {};
  EXPECT_EQ(submitted.error().code(), ErrorCode::kInvalidValue);
  return submitted.error().message();
}

TEST(ApplicationSubmissionTest, ACompleteApplicationOnTheDeadlineIsReceived) {
  auto submitted = submit(complete_application(), small_call(), day("2023-06-30"));
  ASSERT_TRUE(submitted.ok()) << submitted.error().to_string();
  EXPECT_EQ(submitted->status, ApplicationStatus::kSubmitted);
  EXPECT_EQ(submitted->submitted_on, day("2023-06-30"));
  EXPECT_EQ(receipt_number(small_call(), 7), "aap-test-00007");
}

TEST(ApplicationSubmissionTest, LateEarlyOrUnpublishedIsRefused) {
  EXPECT_NE(refusal(complete_application(), day("2023-07-01"))
                .find("date limite de dépôt était le "
                      "30 juin 2023"),
            std::string::npos);
  EXPECT_NE(refusal(complete_application(), day("2023-02-28")).find("les dépôts ouvrent"),
            std::string::npos);
  Call draft = small_call();
  draft.status = CallStatus::kDraft;
  auto submitted = submit(complete_application(), draft, day("2023-06-01"));
  ASSERT_FALSE(submitted.ok());
  EXPECT_NE(submitted.error().message().find("n'est pas ouvert"), std::string::npos);
  Application twice = complete_application();
  twice.status = ApplicationStatus::kSubmitted;
  EXPECT_NE(refusal(twice).find("déjà à l'état « déposée »"), std::string::npos);
}

TEST(ApplicationSubmissionTest, EveryMissingPieceIsListed) {
  Application application = complete_application();
  application.siret.reset();
  application.territories.reset();
  application.requested = Amount::zero();
  application.operation = OperationId("t9-o9");
  application.attachments.clear();
  const std::string message = refusal(application);
  EXPECT_NE(message.find("le SIRET de la structure manque"), std::string::npos) << message;
  EXPECT_NE(message.find("le territoire de l'action manque"), std::string::npos);
  EXPECT_NE(message.find("le montant demandé manque"), std::string::npos);
  EXPECT_NE(message.find("l'opération « t9-o9 » n'est pas proposée"), std::string::npos);
  EXPECT_NE(message.find("pièce manquante : Statuts de la structure"), std::string::npos);
}

TEST(ApplicationSubmissionTest, PeriodBudgetAndAttachmentTypeAreChecked) {
  Application application = complete_application();
  application.period = Period::create(day("2024-09-01"), day("2025-08-31")).value();
  application.budget.total = euros(24000);
  application.requested = euros(30000);
  application.attachments.front().media_type = "image/png";
  const std::string message = refusal(application);
  EXPECT_NE(message.find("sort de celle de l'appel à projets"), std::string::npos) << message;
  EXPECT_NE(message.find("le budget ne s'équilibre pas"), std::string::npos);
  EXPECT_NE(message.find("dépasse le coût total"), std::string::npos);
  EXPECT_NE(message.find("n'est pas un PDF"), std::string::npos);
}

TEST(ApplicationSubmissionTest, AnAttachmentIsAPdfWithinTheLimit) {
  EXPECT_TRUE(check_attachment("statuts.pdf", "%PDF-1.4 ...").ok());
  EXPECT_FALSE(check_attachment("statuts.pdf", "").ok());
  EXPECT_FALSE(check_attachment("statuts.pdf", "PK\x03\x04 a zip").ok());
  EXPECT_FALSE(check_attachment("", "%PDF-1.4").ok());
  const std::string limit = "%PDF-" + std::string(kMaxAttachmentBytes - 5, ' ');
  EXPECT_TRUE(check_attachment("gros.pdf", limit).ok());
  EXPECT_FALSE(check_attachment("gros.pdf", limit + " ").ok());
}

TEST(ApplicationAccessTest, AnOrganisationSeesOnlyItsOwnApplications) {
  Application own = complete_application("dem-0001");
  Application other = complete_application("dem-0002");
  other.siret = Siret::parse("34175422400028").value();
  Application other_establishment = complete_application("dem-0003");
  const ApplicationViewer cheval_bleu{.organisations = {own.siret.value()}};
  EXPECT_TRUE(can_see(cheval_bleu, own));
  EXPECT_FALSE(can_see(cheval_bleu, other));
  EXPECT_TRUE(can_see(cheval_bleu, other_establishment));
  EXPECT_TRUE(can_see(ApplicationViewer{.staff = true}, other));
  EXPECT_FALSE(can_see(ApplicationViewer{}, own));
  const auto visible = visible_applications(cheval_bleu, {own, other});
  ASSERT_EQ(visible.size(), 1U);
  EXPECT_EQ(visible.front().id, "dem-0001");

  own.instruction = Instruction{.notes = "à vérifier", .expected = euros(20000)};
  const Application shown = for_organisation(own);
  EXPECT_TRUE(shown.instruction->notes.empty());
  EXPECT_FALSE(shown.instruction->expected.has_value());
}

}  // namespace
}  // namespace octroi
