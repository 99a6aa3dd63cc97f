#include "domain/operation.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

Operation specific_support() {
  return Operation{.id = OperationId("t1-o6"),
                   .theme = ThemeId("t1"),
                   .number = 6,
                   .title = "accompagnement spécifique",
                   .budget_line = BudgetLineId("c02-446a05"),
                   .funding_rule = "500 € par place d'accompagnement",
                   .max_duration_months = 12};
}

TEST(OperationTest, ValidOperationWithOptionalRuleAndDuration) {
  EXPECT_TRUE(Operation::create(specific_support()).ok());
  Operation bare = specific_support();
  bare.funding_rule.reset();
  bare.max_duration_months.reset();
  EXPECT_TRUE(bare.validate().ok());
}

TEST(OperationTest, RefusesBadFields) {
  Operation no_line = specific_support();
  no_line.budget_line = BudgetLineId();
  EXPECT_EQ(testing::error_of(no_line.validate()).location().field, "budget_line");

  Operation no_duration = specific_support();
  no_duration.max_duration_months = 0;
  EXPECT_EQ(testing::error_of(no_duration.validate()).location().field, "max_duration_months");

  Operation blank_rule = specific_support();
  blank_rule.funding_rule = "";
  EXPECT_EQ(testing::error_of(blank_rule.validate()).location().field, "funding_rule");

  Operation number = specific_support();
  number.number = -1;
  EXPECT_EQ(testing::error_of(number.validate()).location().field, "number");
}

}  // namespace
}  // namespace octroi
