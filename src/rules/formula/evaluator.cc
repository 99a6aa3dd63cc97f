#include "rules/formula/evaluator.h"

#include <algorithm>
#include <compare>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rules/decimal_format.h"
#include "rules/formula/lexer.h"
#include "rules/formula/node.h"
#include "rules/formula/value_display.h"

namespace octroi {
namespace {

using formula_internal::Arithmetic;
using formula_internal::Comparison;
using formula_internal::DisplayKind;
using formula_internal::Node;
using formula_internal::NodeKind;
using formula_internal::Notation;
using formula_internal::Rendered;
using formula_internal::Shown;

constexpr Notation kDisplay = Notation::kDisplay;

// The value of a node, and how the explanation writes it.
struct Value {
  Decimal number;
  bool truth = false;  // for a condition
  Shown shown;
  Rendered text;             // the node with the values substituted
  std::string intermediate;  // its operation applied to its operands' values
};

// The same error at `column` of the formula.
Error at_column(const Error& error, int column) {
  return formula_internal::syntax_error(error.code(), column, error.message());
}

std::string ordinal(std::size_t index) {
  return index == 0 ? "1er argument" : std::to_string(index + 1) + "e argument";
}

class Evaluator {
 public:
  Evaluator(const Formula& formula, const Bindings& bindings, const ParameterSet& parameters,
            Date date, Explanation& explanation)
      : formula_(formula),
        bindings_(bindings),
        parameters_(parameters),
        date_(date),
        explanation_(explanation) {}

  // `in_amount` is true where the value can only be a sum of money (the
  // formula's result, a term of such a sum, an argument of min, max or a
  // rounding, a branch of if): the explanation then prints it in euros.
  Result<Value> evaluate(const Node& node, bool in_amount) {
    OCTROI_TRY(Value value, evaluate_node(node, in_amount));
    if (in_amount) value.shown = Shown{DisplayKind::kAmount, nullptr};
    return value;
  }

 private:
  Result<Value> evaluate_node(const Node& node, bool in_amount) {
    switch (node.kind) {
      case NodeKind::kNumber:
        return Value{
            node.number, false, {}, formula_internal::leaf(format_decimal(node.number)), ""};
      case NodeKind::kVariable:
        return variable(node);
      case NodeKind::kParameter:
        return parameter(node);
      case NodeKind::kNegate: {
        OCTROI_TRY(Value operand, evaluate(*node.children[0], in_amount));
        Decimal negated = operand.number.negated();
        return Value{negated, false, operand.shown,
                     formula_internal::negation(operand.text, kDisplay),
                     "\u2212" + format_shown(operand.number, operand.shown)};
      }
      case NodeKind::kArithmetic:
        return arithmetic(node, in_amount);
      case NodeKind::kComparison:
        return comparison(node);
      case NodeKind::kLogical:
        return logical(node);
      case NodeKind::kNot: {
        OCTROI_TRY(Value operand, evaluate(*node.children[0], false));
        return Value{
            {}, !operand.truth, {}, formula_internal::logical_not(operand.text, kDisplay), ""};
      }
      case NodeKind::kCall:
        return call(node, in_amount);
    }
    return Error(ErrorCode::kInternal, "nœud de formule inconnu");
  }

  Result<Value> variable(const Node& node) {
    auto declaration =
        std::find_if(formula_.variables().begin(), formula_.variables().end(),
                     [&](const VariableDeclaration& v) { return v.name == node.name; });
    const Decimal* bound = bindings_.find(node.name);
    if (bound == nullptr || declaration == formula_.variables().end()) {
      return formula_internal::syntax_error(
          ErrorCode::kMissingField, node.column,
          "la formule utilise « " + node.name + " » mais l'attribution n'en donne pas la valeur");
    }
    Shown shown = formula_internal::shown_of(*declaration);
    return Value{*bound, false, shown, formula_internal::leaf(format_shown(*bound, shown)), ""};
  }

  Result<Value> parameter(const Node& node) {
    auto cached = cache_.find(node.name);
    if (cached == cache_.end()) {
      Result<ParameterValue> found = parameters_.value_at(node.name, date_);
      if (!found.ok()) return at_column(found.error(), node.column);
      cached = cache_.emplace(node.name, *found).first;
      explanation_.parameters.push_back(*found);
    }
    const ParameterValue& value = cached->second;
    Shown shown{is_money(value.unit) ? DisplayKind::kAmount : DisplayKind::kRate, nullptr};
    return Value{value.value, false, shown, formula_internal::leaf(value.formatted()), ""};
  }

  Result<Value> arithmetic(const Node& node, bool in_amount) {
    // The terms of a sum of money are money; the factors of a product need not be.
    bool additive = node.arithmetic == Arithmetic::kAdd || node.arithmetic == Arithmetic::kSubtract;
    OCTROI_TRY(Value left, evaluate(*node.children[0], in_amount && additive));
    OCTROI_TRY(Value right, evaluate(*node.children[1], in_amount && additive));
    Result<Decimal> result = Decimal();
    switch (node.arithmetic) {
      case Arithmetic::kAdd:
        result = left.number.plus(right.number);
        break;
      case Arithmetic::kSubtract:
        result = left.number.minus(right.number);
        break;
      case Arithmetic::kMultiply:
        result = left.number.times(right.number);
        break;
      case Arithmetic::kDivide:
        result = left.number.divided_by(right.number);
        break;
    }
    Rendered text =
        formula_internal::join_arithmetic(node.arithmetic, left.text, right.text, kDisplay);
    if (!result.ok()) {
      std::string what = result.error().code() == ErrorCode::kDivisionByZero
                             ? "division par zéro : « " + right.text.text + " » vaut 0"
                             : result.error().message() + " dans « " + text.text + " »";
      return formula_internal::syntax_error(result.error().code(), node.column, what);
    }
    Rendered values = formula_internal::join_arithmetic(
        node.arithmetic, formula_internal::leaf(format_shown(left.number, left.shown)),
        formula_internal::leaf(format_shown(right.number, right.shown)), kDisplay);
    return Value{*result, false,
                 formula_internal::combine(node.arithmetic, left.shown, right.shown), text,
                 values.text};
  }

  Result<Value> comparison(const Node& node) {
    OCTROI_TRY(Value left, evaluate(*node.children[0], false));
    OCTROI_TRY(Value right, evaluate(*node.children[1], false));
    auto order = left.number <=> right.number;
    bool truth = false;
    switch (node.comparison) {
      case Comparison::kLess:
        truth = std::is_lt(order);
        break;
      case Comparison::kLessOrEqual:
        truth = std::is_lteq(order);
        break;
      case Comparison::kGreater:
        truth = std::is_gt(order);
        break;
      case Comparison::kGreaterOrEqual:
        truth = std::is_gteq(order);
        break;
      case Comparison::kEqual:
        truth = std::is_eq(order);
        break;
      case Comparison::kNotEqual:
        truth = std::is_neq(order);
        break;
    }
    return Value{
        {},
        truth,
        {},
        formula_internal::join_comparison(node.comparison, left.text, right.text, kDisplay),
        ""};
  }

  Result<Value> logical(const Node& node) {
    OCTROI_TRY(Value left, evaluate(*node.children[0], false));
    bool is_and = node.logical == formula_internal::Logical::kAnd;
    // Only the side that decides is evaluated (a guard may protect a division);
    // the other is shown as written.
    if (left.truth != is_and) {
      Rendered skipped = formula_internal::canonical(*node.children[1]);
      return Value{{},
                   left.truth,
                   {},
                   formula_internal::join_logical(node.logical, left.text, skipped, kDisplay),
                   ""};
    }
    OCTROI_TRY(Value right, evaluate(*node.children[1], false));
    return Value{{},
                 right.truth,
                 {},
                 formula_internal::join_logical(node.logical, left.text, right.text, kDisplay),
                 ""};
  }

  Result<Value> call(const Node& node, bool in_amount) {
    const FunctionInfo& info = function_info(node.function);
    if (node.function == Function::kIf) return branch(node, in_amount);
    // A rounding is to the cent or the euro: its argument is money.
    bool arguments_in_amount = in_amount || info.rounding.has_value();
    std::vector<Value> arguments;
    for (const auto& child : node.children) {
      OCTROI_TRY(Value argument, evaluate(*child, arguments_in_amount));
      arguments.push_back(std::move(argument));
    }
    std::vector<Rendered> texts;
    std::vector<Rendered> values;
    for (const Value& argument : arguments) {
      texts.push_back(argument.text);
      values.push_back(formula_internal::leaf(format_shown(argument.number, argument.shown)));
    }
    Rendered text = formula_internal::call(info.name, texts);
    std::string intermediate = formula_internal::call(info.name, values).text;
    if (info.rounding.has_value())
      return rounding(node, *info.rounding, arguments[0], text, intermediate);
    return extreme(node, arguments, text, intermediate);
  }

  // min or max.
  Result<Value> extreme(const Node& node, const std::vector<Value>& arguments, Rendered text,
                        std::string intermediate) {
    bool is_min = node.function == Function::kMin;
    std::size_t chosen = 0;
    bool all_equal = true;
    for (std::size_t i = 1; i < arguments.size(); ++i) {
      auto order = arguments[i].number <=> arguments[chosen].number;
      if (std::is_neq(order)) all_equal = false;
      if (is_min ? std::is_lt(order) : std::is_gt(order)) chosen = i;
    }
    Shown shown = arguments[chosen].shown;
    for (const Value& argument : arguments) {
      if (argument.shown.kind == DisplayKind::kAmount) shown = argument.shown;
    }
    CapApplied cap;
    cap.function = node.function;
    cap.column = node.column;
    for (const Value& argument : arguments) {
      cap.arguments.push_back(argument.text.text);
      cap.values.push_back(argument.number);
    }
    cap.chosen = chosen;
    cap.all_equal = all_equal;
    std::string result = format_shown(arguments[chosen].number, shown);
    if (all_equal) {
      cap.text = intermediate + " = " + result + " : valeurs égales";
    } else {
      cap.text = std::string(is_min ? "plafond appliqué : " : "plancher appliqué : ") +
                 intermediate + " = " + result + " ; valeur retenue : " + ordinal(chosen) + " (" +
                 arguments[chosen].text.text + ")";
    }
    explanation_.steps.push_back(cap.text);
    explanation_.caps.push_back(std::move(cap));
    return Value{arguments[chosen].number, false, shown, std::move(text), std::move(intermediate)};
  }

  Result<Value> rounding(const Node& node, Rounding kind, const Value& argument, Rendered text,
                         std::string intermediate) {
    Result<Decimal> rounded = argument.number.rounded(kind);
    if (!rounded.ok()) return at_column(rounded.error(), node.column);
    RoundingApplied applied;
    applied.rounding = kind;
    applied.column = node.column;
    applied.before = argument.number;
    applied.after = *rounded;
    applied.text = std::string(function_info(node.function).name) + "(" +
                   format_decimal_euros(argument.number) + ") = " + format_decimal_euros(*rounded) +
                   " (" + std::string(rounding_label(kind)) + ")";
    explanation_.steps.push_back(applied.text);
    explanation_.roundings.push_back(std::move(applied));
    return Value{*rounded, false, Shown{DisplayKind::kAmount, nullptr}, std::move(text),
                 std::move(intermediate)};
  }

  // if(condition, when_true, when_false): the explanation shows the branch retained.
  Result<Value> branch(const Node& node, bool in_amount) {
    OCTROI_TRY(Value condition, evaluate(*node.children[0], false));
    BranchTaken taken;
    taken.column = node.column;
    taken.condition = condition.truth;
    taken.condition_text = condition.text.text;
    taken.text = std::string(condition.truth ? "condition vraie" : "condition fausse") + " (" +
                 condition.text.text +
                 ") : " + (condition.truth ? "première valeur retenue" : "seconde valeur retenue");
    explanation_.steps.push_back(taken.text);
    explanation_.branches.push_back(std::move(taken));
    return evaluate(*node.children[condition.truth ? 1 : 2], in_amount);
  }

  const Formula& formula_;
  const Bindings& bindings_;
  const ParameterSet& parameters_;
  Date date_;
  Explanation& explanation_;
  std::map<std::string, ParameterValue, std::less<>> cache_;
};

}  // namespace

Result<Evaluation> evaluate(const Formula& formula, const Bindings& bindings,
                            const ParameterSet& parameters, Date date_of_effect,
                            Rounding final_rounding) {
  Evaluation evaluation;
  Explanation& explanation = evaluation.explanation;
  explanation.formula = formula.text();
  explanation.final_rounding = final_rounding;
  Evaluator evaluator(formula, bindings, parameters, date_of_effect, explanation);
  OCTROI_TRY(Value value, evaluator.evaluate(formula.root(), true));
  Result<Amount> amount = value.number.to_amount(final_rounding);
  if (!amount.ok()) return at_column(amount.error(), 1);
  evaluation.exact = value.number;
  evaluation.amount = *amount;
  explanation.exact = value.number;
  explanation.amount = *amount;
  explanation.substituted = value.text.text;
  explanation.intermediate = value.intermediate;
  Decimal rounded = Decimal::from_amount(*amount);
  if (rounded != value.number) {
    RoundingApplied applied;
    applied.rounding = final_rounding;
    applied.before = value.number;
    applied.after = rounded;
    applied.text = "montant retenu : " + format_decimal_euros(rounded) + " (" +
                   std::string(rounding_label(final_rounding)) + " de " +
                   format_decimal_euros(value.number) + ")";
    explanation.steps.push_back(applied.text);
    explanation.roundings.push_back(std::move(applied));
  }
  return evaluation;
}

}  // namespace octroi
