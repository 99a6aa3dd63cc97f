// The fixture of the decision tests (store and integration): a call with
// three applications instructed for the sitting of 18 September 2023 — one
// proposed (18 000 €), one refused, one proposed to another session — on
// both backends.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "../service/call_test_support.h"
#include "service/application_decision.h"
#include "store_backends.h"

namespace octroi::testing {

constexpr const char* kSession = "cp-2023-09-18";

inline Instruction decided(InstructionDecision decision, Amount proposed, std::string reason = "") {
  return Instruction{.notes = "vu en commission",
                     .decision = decision,
                     .proposed = proposed,
                     .refusal_reason = std::move(reason),
                     .session = kSession,
                     .instructed_by = "marie",
                     .decided_on = day("2023-07-10")};
}

// The sitting of 18 September 2023 with one report funding the call's
// programme; `for_votes` against none.
inline Session sitting(std::optional<int> for_votes, int against = 0) {
  Session session{.id = SessionId(kSession), .date = day("2023-09-18")};
  AgendaItem item;
  item.report = ReportId("rapport-70");
  item.number = "70";
  item.deliberation = DeliberationNumber::parse("2023-405").value();
  item.programme = "programme-test";
  if (for_votes) {
    item.vote = Vote{.for_votes = {*for_votes, {}}, .against_votes = {against, {}}};
  }
  session.agenda = {item};
  return session;
}

template <typename Backend>
class CallDecisionTest : public testing::StoreTest<Backend> {
 protected:
  void SetUp() override {
    testing::StoreTest<Backend>::SetUp();
    if (this->IsSkipped() || this->HasFatalFailure()) return;
    auto calls = store::open_call_repository(this->backend_.url());
    ASSERT_TRUE(calls.ok()) << calls.error().to_string();
    calls_ = std::move(*calls);
    ASSERT_TRUE(calls_->save_call(small_call(), 0, "create", stamp_).ok());
    save("dem-0001", "AAP-TEST-00001", ApplicationStatus::kProposed,
         decided(InstructionDecision::kProposed, euros(18000)));
    save("dem-0002", "AAP-TEST-00002", ApplicationStatus::kRefused,
         decided(InstructionDecision::kRefused, Amount::zero(), "action déjà financée"));
    Instruction elsewhere = decided(InstructionDecision::kProposed, euros(5000));
    elsewhere.session = "cp-2023-10-16";
    save("dem-0003", "AAP-TEST-00003", ApplicationStatus::kProposed, elsewhere);
  }

  void save(const std::string& id, const std::string& receipt, ApplicationStatus status,
            Instruction instruction) {
    Application application = complete_application(id);
    application.attachments.clear();
    application.status = status;
    application.receipt = receipt;
    application.submitted_on = day("2023-06-20");
    application.instruction = std::move(instruction);
    auto saved = calls_->save_application(application, 0, {"draft", false}, stamp_);
    ASSERT_TRUE(saved.ok()) << saved.error().to_string();
  }

  ApplicationStatus status_of(const std::string& id) {
    auto found = calls_->find_application(id);
    EXPECT_TRUE(found.ok() && found->has_value());
    return (*found)->application.status;
  }

  const Stamp stamp_{"marie", "2026-11-28T09:00:00Z"};
  const Authority authority_{.name = "Département du Pas-de-Calais", .seat = "ARRAS"};
  std::unique_ptr<CallRepository> calls_;
};

}  // namespace octroi::testing
