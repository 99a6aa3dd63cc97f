// Call, Application and Instruction: keys and labels round-trip; validate()
// refuses, in French, what a call or an application cannot be; the moves
// between an application's statuses are the listed ones.
#include "domain/call.h"

#include <gtest/gtest.h>

#include "calendar/parse.h"
#include "domain/application.h"

namespace octroi {
namespace {

Date day(std::string_view text) { return parse_date(text).value(); }

Call minimal_call() {
  Call call{.id = "aap-2023",
            .programme = ProgrammeId("pas-de-calais-2023-phase4"),
            .title = "Appel à projets 2023",
            .applications = Period::create(day("2023-03-01"), day("2023-06-30")).value()};
  call.themes = {Theme{ThemeId("t1"), call.programme, 1, "Accompagnement"}};
  call.operations = {CallOperation{.operation = Operation{.id = OperationId("t1-o1"),
                                                          .theme = ThemeId("t1"),
                                                          .title = "places",
                                                          .budget_line = BudgetLineId("c02")},
                                   .theme = 1,
                                   .budget_code = "C02"}};
  call.publics = {EligiblePublic::kRsaBeneficiaries};
  return call;
}

TEST(CallTest, KeysAndLabelsRoundTrip) {
  for (EligiblePublic eligible : all_eligible_publics()) {
    EXPECT_EQ(eligible_public_from_key(to_key(eligible)).value(), eligible);
  }
  EXPECT_EQ(to_label(EligiblePublic::kUnder26), "jeunes de moins de 26 ans");
  EXPECT_EQ(call_status_from_key("published").value(), CallStatus::kPublished);
  EXPECT_FALSE(call_status_from_key("open").ok());
  EXPECT_EQ(to_label(ApplicationStatus::kSubmitted), "déposée");
  EXPECT_EQ(application_status_from_key("refused").value(), ApplicationStatus::kRefused);
  EXPECT_EQ(instruction_decision_from_key("proposed").value(), InstructionDecision::kProposed);
}

TEST(CallTest, ValidateRefusesWhatACallCannotBe) {
  EXPECT_TRUE(minimal_call().validate().ok());
  Call no_public = minimal_call();
  no_public.publics.clear();
  EXPECT_EQ(no_public.validate().error().code(), ErrorCode::kMissingField);
  Call stray = minimal_call();
  stray.operations.front().theme = 2;
  EXPECT_NE(stray.validate().error().message().find("thématique 2"), std::string::npos);
  Call twice = minimal_call();
  twice.publics.push_back(EligiblePublic::kRsaBeneficiaries);
  EXPECT_NE(twice.validate().error().message().find("en double"), std::string::npos);
  Call bad_id = minimal_call();
  bad_id.id = "AAP 2023";
  EXPECT_FALSE(bad_id.validate().ok());
  EXPECT_NE(minimal_call().find_operation(OperationId("t1-o1")), nullptr);
  EXPECT_EQ(minimal_call().find_operation(OperationId("t1-o2")), nullptr);
}

TEST(ApplicationTest, MovesAreTheListedOnes) {
  using enum ApplicationStatus;
  EXPECT_TRUE(can_move(kDraft, kSubmitted));
  EXPECT_FALSE(can_move(kDraft, kProposed));
  EXPECT_TRUE(can_move(kSubmitted, kProposed));
  EXPECT_TRUE(can_move(kInstructed, kRefused));
  EXPECT_TRUE(can_move(kProposed, kAwarded));
  EXPECT_FALSE(can_move(kRefused, kAwarded));
  EXPECT_FALSE(can_move(kAwarded, kInstructed));
}

TEST(ApplicationTest, ValidateRefusesWhatAnApplicationCannotBe) {
  Application application;
  application.id = "dem-0001";
  application.call = "aap-2023";
  application.organisation = OrganisationId("cheval-bleu");
  application.organisation_name = "Le Cheval Bleu";
  application.operation = OperationId("t1-o1");
  EXPECT_TRUE(application.validate().ok());
  application.status = ApplicationStatus::kSubmitted;
  EXPECT_NE(application.validate().error().message().find("récépissé"), std::string::npos);
  application.receipt = "aap-2023-00001";
  application.submitted_on = day("2023-06-01");
  EXPECT_TRUE(application.validate().ok());
  application.attachments = {AttachmentInfo{.file_name = "statuts.pdf", .sha256 = "abc"}};
  EXPECT_FALSE(application.validate().ok());
  application.attachments.clear();
  application.budget.total = Amount::from_cents(-1);
  EXPECT_FALSE(application.validate().ok());
  application.budget.total = Amount::zero();
  application.instruction = Instruction{.decision = InstructionDecision::kRefused,
                                        .session = "cp-2023-09-18",
                                        .decided_on = day("2023-07-01")};
  EXPECT_NE(application.validate().error().message().find("motif du refus"), std::string::npos);
  application.instruction->refusal_reason = "hors critères";
  EXPECT_TRUE(application.validate().ok());
}

}  // namespace
}  // namespace octroi
