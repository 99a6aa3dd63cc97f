// FormulaEnvironment: the names a funding formula may use, declared before any
// formula is loaded: the award's variables and the parameters. A formula
// naming anything else is refused when it is loaded, not when it is evaluated.
// A value type.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "rules/formula/variable.h"
#include "rules/parameter_set.h"
#include "rules/parameter_unit.h"

namespace octroi {

class FormulaEnvironment {
 public:
  FormulaEnvironment() = default;

  // standard_award_variables() and every parameter of `parameters`;
  // kDuplicate when a parameter bears the name of a variable.
  static Result<FormulaEnvironment> for_awards(const ParameterSet& parameters);

  // kInvalidValue for a name outside ^[a-z][a-z0-9_]*$ or reserved (a function
  // or and/or/not); kDuplicate for a name already declared.
  Status declare_variable(VariableDeclaration variable);
  Status declare_parameter(const std::string& name, ParameterUnit unit);

  const VariableDeclaration* find_variable(std::string_view name) const;
  std::optional<ParameterUnit> find_parameter(std::string_view name) const;
  // Every declared name, sorted.
  std::vector<std::string> names() const;

 private:
  Status check_new_name(const std::string& name) const;

  std::map<std::string, VariableDeclaration, std::less<>> variables_;
  std::map<std::string, ParameterUnit, std::less<>> parameters_;
};

}  // namespace octroi
