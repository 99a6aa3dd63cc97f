#include "rules/formula/environment.h"

#include <algorithm>
#include <utility>

#include "rules/formula/function.h"

namespace octroi {

Result<FormulaEnvironment> FormulaEnvironment::for_awards(const ParameterSet& parameters) {
  FormulaEnvironment environment;
  for (const VariableDeclaration& variable : standard_award_variables()) {
    OCTROI_TRY_STATUS(environment.declare_variable(variable));
  }
  for (const std::string& name : parameters.names()) {
    OCTROI_TRY_STATUS(environment.declare_parameter(name, *parameters.unit_of(name)));
  }
  return environment;
}

Status FormulaEnvironment::check_new_name(const std::string& name) const {
  bool shaped = !name.empty() && name[0] >= 'a' && name[0] <= 'z';
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) shaped = false;
  }
  if (!shaped) {
    return Error(ErrorCode::kInvalidValue,
                 "nom invalide « " + name +
                     " » : lettres minuscules, chiffres et « _ », commençant par une lettre");
  }
  if (function_from_name(name) || name == "and" || name == "or" || name == "not") {
    return Error(ErrorCode::kInvalidValue, "nom réservé « " + name + " » (fonction ou mot-clé)");
  }
  if (variables_.contains(name) || parameters_.contains(name)) {
    return Error(ErrorCode::kDuplicate, "nom déclaré deux fois « " + name + " »");
  }
  return ok_status();
}

Status FormulaEnvironment::declare_variable(VariableDeclaration variable) {
  OCTROI_TRY_STATUS(check_new_name(variable.name));
  std::string name = variable.name;
  variables_.emplace(std::move(name), std::move(variable));
  return ok_status();
}

Status FormulaEnvironment::declare_parameter(const std::string& name, ParameterUnit unit) {
  OCTROI_TRY_STATUS(check_new_name(name));
  parameters_.emplace(name, unit);
  return ok_status();
}

const VariableDeclaration* FormulaEnvironment::find_variable(std::string_view name) const {
  auto found = variables_.find(name);
  return found == variables_.end() ? nullptr : &found->second;
}

std::optional<ParameterUnit> FormulaEnvironment::find_parameter(std::string_view name) const {
  auto found = parameters_.find(name);
  if (found == parameters_.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> FormulaEnvironment::names() const {
  std::vector<std::string> out;
  for (const auto& [name, variable] : variables_) out.push_back(name);
  for (const auto& [name, unit] : parameters_) out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace octroi
