// Issue 12, « Décision », after the vote, on both backends: the session's
// annex becomes the call's programme and each award its draft agreement
// (import/decided_programme.h, service/agreement_actions.h).
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../store/call_decision_fixture.h"
#include "import/dataset_source.h"
#include "import/decided_programme.h"
#include "import/import.h"
#include "import/stored_dataset.h"
#include "money/format.h"
#include "service/agreement_actions.h"
#include "service/import_programme.h"

namespace octroi {
namespace {

using testing::CallDecisionTest;
using testing::day;
using testing::euros;
using testing::sitting;

TYPED_TEST_SUITE(CallDecisionTest, testing::Backends, testing::BackendNames);

// After the vote the session's annex is stored as the call's programme — a
// table with the deliberation's identity, read back like any annex — and
// each award but the refusal gets its draft agreement; a second run writes
// nothing.
TYPED_TEST(CallDecisionTest, TheDecidedAwardsBecomeTheProgrammeWithTheirDraftAgreements) {
  const Session adopted = sitting(36);
  ASSERT_TRUE(record_decisions(*this->calls_, "aap-test", adopted, this->stamp_).ok());
  auto programmes = store::open_repository(this->backend_.url());
  ASSERT_TRUE(programmes.ok()) << programmes.error().to_string();
  auto agreements = store::open_agreement_repository(this->backend_.url());
  ASSERT_TRUE(agreements.ok()) << agreements.error().to_string();
  auto parameters =
      load_parameters(std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "parameters");
  ASSERT_TRUE(parameters.ok()) << parameters.error().to_string();
  auto rules = ParameterSet::create(*parameters);
  ASSERT_TRUE(rules.ok()) << rules.error().to_string();

  auto first = store_decided_programme(**programmes, *this->calls_, "aap-test", adopted,
                                       this->authority_, this->stamp_);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_TRUE(first->stored_now);
  EXPECT_EQ(first->programme, "programme-test");
  EXPECT_EQ(first->awards, std::vector<std::string>{"t1-o1-01"});
  EXPECT_EQ(first->total, euros(18000));

  auto stored = load_stored_dataset(**programmes, "programme-test");
  ASSERT_TRUE(stored.ok()) << stored.error().to_string();
  ASSERT_EQ(stored->rows.size(), 2U);  // the award and the refusal, at 0,00 €
  EXPECT_EQ(stored->rows[1].award.amount, Amount::zero());
  EXPECT_EQ(stored->programme.deliberation_number, "2023-405");
  EXPECT_EQ(stored->programme.programme.authority, "Département du Pas-de-Calais");
  ASSERT_TRUE(stored->session.date.value);
  EXPECT_EQ(*stored->session.date.value, day("2023-09-18"));
  const OperationEntry* operation = stored->find_operation(1, 1);
  ASSERT_NE(operation, nullptr);
  EXPECT_EQ(operation->budget_line.code, "C02-446A05");

  auto prepared =
      draft_agreements(**agreements, *stored, *rules, day("2023-09-18"), first->programme,
                       first->awards, day("2023-09-25"), this->stamp_);
  ASSERT_TRUE(prepared.ok()) << prepared.error().to_string();
  EXPECT_EQ(prepared->drafted, std::vector<std::string>{"t1-o1-01"});
  auto agreement = find_stored_agreement(**agreements, "programme-test", "t1-o1-01");
  ASSERT_TRUE(agreement.ok()) << agreement.error().to_string();
  EXPECT_EQ(agreement->file.budget_line, "C02-446A05");
  EXPECT_EQ(agreement->file.drafted_on, day("2023-09-25"));
  ASSERT_EQ(agreement->file.tranches.size(), 1U);
  EXPECT_EQ(agreement->file.tranches[0].amount, euros(18000));

  auto again = store_decided_programme(**programmes, *this->calls_, "aap-test", adopted,
                                       this->authority_, this->stamp_);
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_FALSE(again->stored_now);
  EXPECT_EQ(again->awards, first->awards);
  auto once_more =
      draft_agreements(**agreements, *stored, *rules, day("2023-09-18"), first->programme,
                       again->awards, day("2023-09-26"), this->stamp_);
  ASSERT_TRUE(once_more.ok()) << once_more.error().to_string();
  EXPECT_TRUE(once_more->drafted.empty());
  EXPECT_EQ(once_more->already, 1);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE action = 'import'"), 1);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'agreement' AND action = "
                        "'draft'"),
            1);
  this->expect_journal_intact();
}

// A programme stored under the call's programme id without the session's
// award is left as it is: nothing stored, nothing prepared. So is a session
// whose deliberation has no number yet (an agreement cites it).
TYPED_TEST(CallDecisionTest, AProgrammeWithoutTheSessionsAwardsIsLeftAsItIs) {
  const Session adopted = sitting(36);
  ASSERT_TRUE(record_decisions(*this->calls_, "aap-test", adopted, this->stamp_).ok());
  auto programmes = store::open_repository(this->backend_.url());
  ASSERT_TRUE(programmes.ok()) << programmes.error().to_string();

  Session unnumbered = adopted;
  unnumbered.agenda[0].deliberation.reset();
  auto no_number = store_decided_programme(**programmes, *this->calls_, "aap-test", unnumbered,
                                           this->authority_, this->stamp_);
  ASSERT_FALSE(no_number.ok());
  EXPECT_EQ(no_number.error().code(), ErrorCode::kMissingField);
  EXPECT_NE(no_number.error().message().find("n'a pas de numéro"), std::string::npos);

  auto source = read_dataset_source(std::filesystem::path(OCTROI_SOURCE_DIR) / "data" /
                                    "pas-de-calais-2023-phase4");
  ASSERT_TRUE(source.ok()) << source.error().to_string();
  auto reference = load_dataset(*source);
  ASSERT_TRUE(reference.ok()) << reference.error().to_string();
  ASSERT_TRUE(import_programme(**programmes, *reference, *source,
                               ImportOptions{.programme_id = "programme-test"}, this->stamp_)
                  .ok());
  auto conflict = store_decided_programme(**programmes, *this->calls_, "aap-test", adopted,
                                          this->authority_, this->stamp_);
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(conflict.error().message(),
            "programme « programme-test » : le programme enregistré n'a pas d'attribution de " +
                format_amount(euros(18000)) +
                " à « cheval-bleu » pour l'opération 1 du thème 1 ; rien n'est préparé");
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE action = 'import'"), 1);
}

}  // namespace
}  // namespace octroi
