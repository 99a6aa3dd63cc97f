// How the evaluator prints a value in an explanation: amounts in euros,
// quantities with their unit ("20 mesures", "8,1 ETP"), rates as percentages,
// plain numbers in French ("5 000", "0,2"), and what an operation's result is
// (20 mesures × 2 100,00 € is an amount). Private to rules.
#pragma once

#include <string>

#include "rules/decimal.h"
#include "rules/formula/node.h"
#include "rules/formula/variable.h"

namespace octroi::formula_internal {

enum class DisplayKind { kNumber, kAmount, kRate, kQuantity };

struct Shown {
  DisplayKind kind = DisplayKind::kNumber;
  const VariableDeclaration* labels = nullptr;  // for kQuantity
};

Shown shown_of(const VariableDeclaration& variable);
Shown combine(Arithmetic op, const Shown& left, const Shown& right);
std::string format_shown(const Decimal& value, const Shown& shown);

}  // namespace octroi::formula_internal
