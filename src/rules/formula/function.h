// Function: the functions of the formula language, with their names, their
// number of arguments and, for the roundings, the named Rounding they apply.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "money/rounding.h"

namespace octroi {

enum class Function {
  kMin,            // min(a, b, ...): the smallest argument (a cap: "plafond appliqué").
  kMax,            // max(a, b, ...): the largest argument (a floor: "plancher appliqué").
  kIf,             // if(condition, when_true, when_false): only the chosen branch is evaluated.
  kRoundCent,      // round_cent(x): to the nearest cent, halves away from zero.
  kRoundEuro,      // round_euro(x): to the nearest euro, halves away from zero.
  kRoundCentDown,  // round_cent_down(x): to the cent, towards zero.
  kRoundEuroDown,  // round_euro_down(x): to the euro, towards zero.
};

struct FunctionInfo {
  Function function;
  std::string_view name;
  int minimum_arguments;
  int maximum_arguments;  // -1: no maximum
  std::optional<Rounding> rounding;
};

const FunctionInfo& function_info(Function function);
std::optional<Function> function_from_name(std::string_view name);
// "min, max, if, round_cent, round_euro, round_cent_down, round_euro_down"
std::string function_names();

}  // namespace octroi
