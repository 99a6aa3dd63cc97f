#include "rules/formula/node.h"

namespace octroi::formula_internal {
namespace {

std::string wrapped(const Rendered& part, bool wrap) {
  return wrap ? "(" + part.text + ")" : part.text;
}

bool starts_with_minus(const Rendered& part) {
  return part.text.starts_with("-") || part.text.starts_with("\u2212");
}

}  // namespace

int precedence(const Node& node) {
  switch (node.kind) {
    case NodeKind::kNumber:
    case NodeKind::kVariable:
    case NodeKind::kParameter:
    case NodeKind::kCall:
      return kPrecedenceAtom;
    case NodeKind::kNegate:
      return kPrecedenceUnary;
    case NodeKind::kArithmetic:
      return precedence_of(node.arithmetic);
    case NodeKind::kComparison:
      return kPrecedenceComparison;
    case NodeKind::kLogical:
      return node.logical == Logical::kAnd ? kPrecedenceAnd : kPrecedenceOr;
    case NodeKind::kNot:
      return kPrecedenceNot;
  }
  return kPrecedenceAtom;
}

Precedence precedence_of(Arithmetic op) {
  return op == Arithmetic::kAdd || op == Arithmetic::kSubtract ? kPrecedenceAdditive
                                                               : kPrecedenceMultiplicative;
}

std::string_view symbol(Arithmetic op, Notation notation) {
  bool display = notation == Notation::kDisplay;
  switch (op) {
    case Arithmetic::kAdd:
      return "+";
    case Arithmetic::kSubtract:
      return display ? "\u2212" : "-";
    case Arithmetic::kMultiply:
      return display ? "\u00D7" : "*";
    case Arithmetic::kDivide:
      return display ? "\u00F7" : "/";
  }
  return "?";
}

std::string_view symbol(Comparison op, Notation notation) {
  bool display = notation == Notation::kDisplay;
  switch (op) {
    case Comparison::kLess:
      return "<";
    case Comparison::kLessOrEqual:
      return display ? "\u2264" : "<=";
    case Comparison::kGreater:
      return ">";
    case Comparison::kGreaterOrEqual:
      return display ? "\u2265" : ">=";
    case Comparison::kEqual:
      return display ? "=" : "==";
    case Comparison::kNotEqual:
      return display ? "\u2260" : "!=";
  }
  return "?";
}

std::string_view symbol(Logical op, Notation notation) {
  bool display = notation == Notation::kDisplay;
  if (op == Logical::kAnd) return display ? "et" : "and";
  return display ? "ou" : "or";
}

Rendered leaf(std::string text) {
  Rendered out{std::move(text), kPrecedenceAtom};
  if (starts_with_minus(out)) out.precedence = kPrecedenceUnary;
  return out;
}

Rendered join_arithmetic(Arithmetic op, const Rendered& left, const Rendered& right,
                         Notation notation) {
  // Left-associative: the right operand is wrapped at equal precedence. For
  // display, so is one that starts with a minus sign ("a − (−5)"); never in
  // canonical text, where it would add a level of nesting the source did not have.
  int own = precedence_of(op);
  bool wrap_right =
      right.precedence <= own || (notation == Notation::kDisplay && starts_with_minus(right));
  return {wrapped(left, left.precedence < own) + " " + std::string(symbol(op, notation)) + " " +
              wrapped(right, wrap_right),
          own};
}

Rendered join_comparison(Comparison op, const Rendered& left, const Rendered& right,
                         Notation notation) {
  return {wrapped(left, left.precedence <= kPrecedenceComparison) + " " +
              std::string(symbol(op, notation)) + " " +
              wrapped(right, right.precedence <= kPrecedenceComparison),
          kPrecedenceComparison};
}

Rendered join_logical(Logical op, const Rendered& left, const Rendered& right, Notation notation) {
  int own = op == Logical::kAnd ? kPrecedenceAnd : kPrecedenceOr;
  return {wrapped(left, left.precedence < own) + " " + std::string(symbol(op, notation)) + " " +
              wrapped(right, right.precedence <= own),
          own};
}

Rendered negation(const Rendered& operand, Notation notation) {
  std::string sign = notation == Notation::kDisplay ? "\u2212" : "-";
  bool wrap = operand.precedence < kPrecedenceUnary ||
              (notation == Notation::kDisplay && starts_with_minus(operand));
  return {sign + wrapped(operand, wrap), kPrecedenceUnary};
}

Rendered logical_not(const Rendered& operand, Notation notation) {
  std::string word = notation == Notation::kDisplay ? "non " : "not ";
  return {word + wrapped(operand, operand.precedence < kPrecedenceNot), kPrecedenceNot};
}

Rendered call(std::string_view name, const std::vector<Rendered>& arguments) {
  std::string text(name);
  text += '(';
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    if (i > 0) text += ", ";
    text += arguments[i].text;
  }
  text += ')';
  return {text, kPrecedenceAtom};
}

Rendered canonical(const Node& node) {
  constexpr Notation kNotation = Notation::kCanonical;
  switch (node.kind) {
    case NodeKind::kNumber:
      return leaf(node.number.to_string());
    case NodeKind::kVariable:
    case NodeKind::kParameter:
      return leaf(node.name);
    case NodeKind::kNegate:
      return negation(canonical(*node.children[0]), kNotation);
    case NodeKind::kArithmetic:
      return join_arithmetic(node.arithmetic, canonical(*node.children[0]),
                             canonical(*node.children[1]), kNotation);
    case NodeKind::kComparison:
      return join_comparison(node.comparison, canonical(*node.children[0]),
                             canonical(*node.children[1]), kNotation);
    case NodeKind::kLogical:
      return join_logical(node.logical, canonical(*node.children[0]), canonical(*node.children[1]),
                          kNotation);
    case NodeKind::kNot:
      return logical_not(canonical(*node.children[0]), kNotation);
    case NodeKind::kCall: {
      std::vector<Rendered> arguments;
      for (const auto& child : node.children) arguments.push_back(canonical(*child));
      return call(function_info(node.function).name, arguments);
    }
  }
  return leaf("?");
}

}  // namespace octroi::formula_internal
