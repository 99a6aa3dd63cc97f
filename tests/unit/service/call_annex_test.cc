// Instruction and the session's annex on a small call: the rule's expected
// amount comes from the operation's formula and the parameter in force; a
// proposal needs a submitted application and an amount, a refusal its
// reason; the proposals of a session (and only those) become annex rows in
// theme, operation and receipt order, a refusal at 0,00 €, with a total per
// operation and per theme and the budget line's proposed and remaining.
#include "service/call_annex.h"

#include <gtest/gtest.h>

#include "call_test_support.h"
#include "money/format.h"
#include "service/application_instruction.h"

namespace octroi {
namespace {

using testing::complete_application;
using testing::day;
using testing::euros;
using testing::small_call;

constexpr std::string_view kSession = "cp-2023-09-18";

Application submitted(std::string id, std::string receipt) {
  Application application = complete_application(std::move(id));
  application.status = ApplicationStatus::kSubmitted;
  application.submitted_on = day("2023-06-01");
  application.receipt = std::move(receipt);
  return application;
}

ParameterSet cost_per_place() {
  Parameter parameter;
  parameter.name = "cost_per_place";
  parameter.description = "coût d'une place d'accompagnement";
  parameter.unit = "euro_per_place";
  ParameterEntry entry{.start = day("2023-01-01"), .printed = "500 €", .amount = euros(500)};
  entry.quote = "500 € par place d'accompagnement";
  parameter.entries = {entry};
  parameter.reference.title = "Délibération de test";
  auto set = ParameterSet::create({parameter});
  EXPECT_TRUE(set.ok()) << set.error().to_string();
  return std::move(set).value();
}

TEST(ApplicationInstructionTest, TheExpectedAmountFollowsTheOperationsRule) {
  auto expected = expected_amount(small_call(), submitted("dem-0001", "r1"), cost_per_place(),
                                  day("2023-09-18"));
  ASSERT_TRUE(expected.ok()) << expected.error().to_string();
  ASSERT_TRUE(expected->has_value());
  ASSERT_TRUE((*expected)->evaluation.has_value()) << (*expected)->error->to_string();
  EXPECT_EQ((*expected)->evaluation->amount, euros(20000));  // 40 places × 500 €

  Application travel = submitted("dem-0002", "r2");
  travel.operation = OperationId("t1-o2");
  auto none = expected_amount(small_call(), travel, cost_per_place(), day("2023-09-18"));
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

TEST(ApplicationInstructionTest, ProposalsAndRefusalsNeedWhatTheyNeed) {
  EXPECT_FALSE(
      propose(complete_application(), euros(100), kSession, day("2023-07-01"), "marie").ok());
  EXPECT_FALSE(
      propose(submitted("dem-0001", "r1"), Amount::zero(), kSession, day("2023-07-01"), "marie")
          .ok());
  EXPECT_FALSE(refuse(submitted("dem-0001", "r1"), "", kSession, day("2023-07-01"), "marie").ok());
  auto instructed = instruct(submitted("dem-0001", "r1"), "budget cohérent", euros(20000), "marie");
  ASSERT_TRUE(instructed.ok()) << instructed.error().to_string();
  EXPECT_EQ(instructed->status, ApplicationStatus::kInstructed);
  auto proposed = propose(*instructed, euros(18000), kSession, day("2023-07-01"), "marie");
  ASSERT_TRUE(proposed.ok()) << proposed.error().to_string();
  EXPECT_EQ(proposed->status, ApplicationStatus::kProposed);
  EXPECT_EQ(proposed->instruction->notes, "budget cohérent");
  EXPECT_EQ(proposed->instruction->proposed, euros(18000));
}

TEST(CallAnnexTest, TheProposalsOfASessionBecomeItsAnnex) {
  const Call call = small_call();
  Application places =
      propose(submitted("dem-0002", "r2"), euros(18000), kSession, day("2023-07-01"), "marie")
          .value();
  Application travel = submitted("dem-0001", "r1");
  travel.operation = OperationId("t1-o2");
  travel.quantities.clear();
  travel = propose(travel, euros(810), kSession, day("2023-07-01"), "marie").value();
  Application refused =
      refuse(submitted("dem-0003", "r3"), "hors critères", kSession, day("2023-07-01"), "marie")
          .value();
  Application elsewhere =
      propose(submitted("dem-0004", "r4"), euros(5000), "cp-2023-11-20", day("2023-07-01"), "marie")
          .value();
  Application pending = submitted("dem-0005", "r5");

  AnnexContext context;
  context.programme.programme.id = ProgrammeId("programme-test");
  BudgetTableRow line;
  line.code = "C02-446A05";
  line.available = Printed<Amount>{.text = "100 000,00", .value = euros(100000)};
  context.budget_lines = {line};
  auto annex =
      session_annex(call, {places, travel, refused, elsewhere, pending}, kSession, context);
  ASSERT_TRUE(annex.ok()) << annex.error().to_string();
  ASSERT_EQ(annex->rows.size(), 3U);
  EXPECT_EQ(annex->rows[0].award.id.key(), "t1-o1-01");  // r2
  EXPECT_EQ(annex->rows[0].award.amount, euros(18000));
  EXPECT_EQ(annex->rows[0].territory.printed, "Lens-Liévin");
  EXPECT_EQ(annex->rows[0].quantities.front().unit, "places");
  EXPECT_EQ(annex->rows[1].award.id.key(), "t1-o1-02");  // r3, refused
  EXPECT_TRUE(annex->rows[1].award.is_refusal());
  EXPECT_EQ(annex->rows[2].award.id.key(), "t1-o2-01");  // r1
  ASSERT_EQ(annex->totals.size(), 3U);
  EXPECT_EQ(annex->totals[0].scope, TotalScope::kOperation);
  EXPECT_EQ(annex->totals[0].amount.value, euros(18000));
  EXPECT_EQ(annex->totals[2].scope, TotalScope::kTheme);
  EXPECT_EQ(annex->totals[2].amount.value, euros(18810));
  EXPECT_EQ(annex->totals[2].order, 5);
  ASSERT_EQ(annex->organisations.size(), 1U);
  ASSERT_EQ(annex->budget_table.rows.size(), 1U);
  EXPECT_EQ(annex->budget_table.rows[0].proposed->value, euros(18810));
  EXPECT_EQ(annex->budget_table.rows[0].remaining->value, euros(81190));

  // The report's statements: the session's, then one per operation granted
  // (the refusal is in no statement), each with its sentence.
  const std::vector<DeclaredStatement>& statements = annex->report.statements;
  ASSERT_EQ(statements.size(), 3U);
  EXPECT_EQ(statements[0].scope, StatementScope::kProgramme);
  EXPECT_EQ(statements[0].amount->value, euros(18810));
  EXPECT_EQ(statements[0].organisations_count->value, 1);
  EXPECT_EQ(statements[0].quote, "Il est proposé d'attribuer un total de " +
                                     format_amount(euros(18810)) +
                                     " à 1 structure au titre de 2 opérations, sur la période "
                                     "du 01/09/2023 au 31/08/2024, selon la répartition reprise "
                                     "en annexe 4.");
  EXPECT_EQ(statements[1].id, "r-t1-o1");
  EXPECT_EQ(statements[1].rows, std::vector<AwardId>{AwardId("t1-o1-01")});
  EXPECT_EQ(statements[1].quote,
            "Pour l'opération 1 « places d'accompagnement » de la thématique 1, il est proposé "
            "de financer 1 structure pour un total de " +
                format_amount(euros(18000)) +
                ", sur la période du 01/09/2023 au 31/08/2024. Le tableau repris en annexe 4 en "
                "détaille la répartition.");
  EXPECT_EQ(statements[2].id, "r-t1-o2");
  EXPECT_EQ(statements[2].amount->value, euros(810));

  auto empty = session_annex(call, {pending}, kSession, context);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace octroi
