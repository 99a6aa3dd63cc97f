#include "rules/formula/value_display.h"

#include "rules/decimal_format.h"

namespace octroi::formula_internal {

Shown shown_of(const VariableDeclaration& variable) {
  switch (variable.kind) {
    case VariableKind::kQuantity:
      return {DisplayKind::kQuantity, &variable};
    case VariableKind::kAmount:
      return {DisplayKind::kAmount, nullptr};
    case VariableKind::kRate:
      return {DisplayKind::kRate, nullptr};
    case VariableKind::kNumber:
      return {DisplayKind::kNumber, nullptr};
  }
  return {};
}

Shown combine(Arithmetic op, const Shown& left, const Shown& right) {
  const Shown amount{DisplayKind::kAmount, nullptr};
  const Shown number{DisplayKind::kNumber, nullptr};
  bool left_amount = left.kind == DisplayKind::kAmount;
  bool right_amount = right.kind == DisplayKind::kAmount;
  switch (op) {
    case Arithmetic::kAdd:
    case Arithmetic::kSubtract:
      if (left_amount || right_amount) return amount;
      if (left.kind == right.kind && left.labels == right.labels) return left;
      return number;
    case Arithmetic::kMultiply:
      if (left_amount || right_amount) return amount;
      // 15 mesures × 5 000 may well be euros: a product of a quantity is a plain number
      // unless it is a term of a sum of money (the evaluator decides, see in_amount).
      if (left.kind == DisplayKind::kRate && right.kind == DisplayKind::kRate) return left;
      return number;
    case Arithmetic::kDivide:
      if (left_amount && !right_amount) return amount;
      return number;
  }
  return number;
}

std::string format_shown(const Decimal& value, const Shown& shown) {
  switch (shown.kind) {
    case DisplayKind::kAmount:
      return format_decimal_euros(value);
    case DisplayKind::kRate:
      return format_decimal_percent(value);
    case DisplayKind::kQuantity: {
      // French agreement: singular below two ("1,5 place"), plural from two.
      bool plural = value >= Decimal::from_integer(2) || value <= Decimal::from_integer(-2);
      const std::string& label = plural ? shown.labels->plural : shown.labels->singular;
      std::string text = format_decimal(value, 0, 4);
      return label.empty() ? text : text + "\u00A0" + label;
    }
    case DisplayKind::kNumber:
      return format_decimal(value, 0, 6);
  }
  return format_decimal(value);
}

}  // namespace octroi::formula_internal
