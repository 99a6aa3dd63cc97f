#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_fixtures.h"

namespace octroi {
namespace {

using namespace check_fixtures;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;
using ::testing::IsEmpty;

BudgetTableRow budget_row(std::int64_t authority, std::int64_t available, std::int64_t proposed,
                          std::int64_t remaining) {
  BudgetTableRow row;
  row.code = "C01";
  row.commitment_authority = printed_amount(authority);
  row.available = printed_amount(available);
  row.proposed = printed_amount(proposed);
  row.remaining = printed_amount(remaining);
  row.source = SourceLines{20, 20};
  return row;
}

TEST(ArithmeticChecks, ConsistentDatasetHasNoFinding) {
  ProgrammeDataset dataset = consistent();
  dataset.budget_table.rows.push_back(budget_row(9'000'000, 5'000'000, 3'000'000, 2'000'000));
  EXPECT_THAT(check_arithmetic(dataset), IsEmpty());
  EXPECT_THAT(check_programme(dataset), IsEmpty());
}

TEST(ArithmeticChecks, TotalThatIsNotTheSumOfItsRows) {
  ProgrammeDataset dataset = consistent();
  dataset.totals[0].amount = printed_amount(3'000'100, 12);
  auto findings = check_arithmetic(dataset);
  ASSERT_THAT(codes(findings), ElementsAre("arithmetic.operation_total_mismatch"));
  EXPECT_EQ(findings[0].severity, Severity::kError);
  EXPECT_EQ(findings[0].where.label(), "t1 o1 t1-o1-total l. 12");
}

TEST(ArithmeticChecks, ArticleAmountAndOperationCount) {
  ProgrammeDataset dataset = consistent();
  DeclaredDecision article;
  article.number = 1;
  article.theme = 1;
  article.amount = printed_amount(3'000'000);
  article.operations_count = Printed<int>{"1", 1};
  dataset.deliberation.articles.push_back(article);
  EXPECT_THAT(check_arithmetic(dataset), IsEmpty());
  dataset.deliberation.articles[0].amount = printed_amount(2'000'000);
  dataset.deliberation.articles[0].operations_count = Printed<int>{"2", 2};
  EXPECT_THAT(codes(check_arithmetic(dataset)),
              ElementsAre("arithmetic.article_amount_mismatch",
                          "arithmetic.article_operation_count_mismatch"));
}

TEST(ArithmeticChecks, BudgetTableArithmetic) {
  ProgrammeDataset dataset = consistent();
  // proposed is not the sum of the awards, remaining is wrong, proposed > available > AE.
  dataset.budget_table.rows.push_back(budget_row(1'000'000, 2'000'000, 4'000'000, 1));
  EXPECT_THAT(codes(check_arithmetic(dataset)),
              ElementsAre("arithmetic.budget_proposed_mismatch", "arithmetic.budget_over_available",
                          "arithmetic.budget_remaining_mismatch",
                          "arithmetic.budget_available_over_authority"));
}

TEST(ArithmeticChecks, TwoCopiesOfTheBudgetTable) {
  ProgrammeDataset dataset = consistent();
  dataset.budget_table.rows.push_back(budget_row(9'000'000, 5'000'000, 3'000'000, 2'000'000));
  DeclaredDecision article;
  article.number = 8;
  article.action = DecisionAction::kBudgetImputation;
  article.budget_table = DeclaredBudgetTable{};
  BudgetTableRow copy;
  copy.code = "C01";
  copy.commitment_authority = printed_amount(9'000'000);
  copy.expense = printed_amount(3'000'000);
  article.budget_table->rows.push_back(copy);
  dataset.deliberation.articles.push_back(article);
  EXPECT_THAT(check_arithmetic(dataset), IsEmpty());
  dataset.deliberation.articles[0].budget_table->rows[0].commitment_authority =
      printed_amount(8'000'000);
  EXPECT_THAT(codes(check_arithmetic(dataset)), ElementsAre("arithmetic.budget_tables_differ"));
}

}  // namespace
}  // namespace octroi
