// Operation: a funded scheme (dispositif) of a theme, numbered within it
// ("Opération 6 : accompagnement spécifique"), with the budget line it is paid
// from and, where the call fixes them, its funding rule and maximum duration.
// A plain aggregate.
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "domain/id.h"

namespace octroi {

struct Operation {
  OperationId id{};            // "t1-o6"
  ThemeId theme{};             // "t1"
  int number = 1;              // 6: the number within its theme
  std::string title{};         // "accompagnement spécifique"
  BudgetLineId budget_line{};  // "c02-446a05"
  std::optional<std::string>
      funding_rule{};  // "500 € par place d'accompagnement" (text of the call)
  std::optional<int> max_duration_months{};  // 12 when operations last at most a year

  // kMissingField for an empty id, theme, title or budget line; kInvalidValue
  // for a number below 1 or a maximum duration below 1 month.
  Status validate() const;
  static Result<Operation> create(Operation fields);
};

}  // namespace octroi
