#include "rules/formula/function.h"

#include <array>

namespace octroi {
namespace {

constexpr std::array<FunctionInfo, 7> kFunctions = {{
    {Function::kMin, "min", 2, -1, std::nullopt},
    {Function::kMax, "max", 2, -1, std::nullopt},
    {Function::kIf, "if", 3, 3, std::nullopt},
    {Function::kRoundCent, "round_cent", 1, 1, Rounding::kHalfUpToCent},
    {Function::kRoundEuro, "round_euro", 1, 1, Rounding::kHalfUpToEuro},
    {Function::kRoundCentDown, "round_cent_down", 1, 1, Rounding::kDownToCent},
    {Function::kRoundEuroDown, "round_euro_down", 1, 1, Rounding::kDownToEuro},
}};

}  // namespace

const FunctionInfo& function_info(Function function) {
  return kFunctions[static_cast<std::size_t>(function)];
}

std::optional<Function> function_from_name(std::string_view name) {
  for (const FunctionInfo& info : kFunctions) {
    if (info.name == name) return info.function;
  }
  return std::nullopt;
}

std::string function_names() {
  std::string out;
  for (const FunctionInfo& info : kFunctions) {
    if (!out.empty()) out += ", ";
    out += info.name;
  }
  return out;
}

}  // namespace octroi
