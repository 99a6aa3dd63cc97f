// Node: the syntax tree of a funding formula, built by the parser with every
// name already resolved and every node typed (number or condition), and the
// rules for writing a tree back as text with only the parentheses it needs.
// Private to rules.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/decimal.h"
#include "rules/formula/function.h"

namespace octroi::formula_internal {

enum class NodeKind {
  kNumber,      // a literal: 5000, 0.2
  kVariable,    // a fact of the award: measures
  kParameter,   // a dated parameter: segur_per_etp
  kNegate,      // -x
  kArithmetic,  // x + y, x - y, x * y, x / y
  kComparison,  // x < y ... (a condition)
  kLogical,     // c and d, c or d
  kNot,         // not c
  kCall,        // min(...), max(...), if(...), round_euro(...)
};

enum class Arithmetic { kAdd, kSubtract, kMultiply, kDivide };
enum class Comparison { kLess, kLessOrEqual, kGreater, kGreaterOrEqual, kEqual, kNotEqual };
enum class Logical { kAnd, kOr };

// Binding strength, loosest first.
enum Precedence : int {
  kPrecedenceOr = 1,
  kPrecedenceAnd = 2,
  kPrecedenceNot = 3,
  kPrecedenceComparison = 4,
  kPrecedenceAdditive = 5,
  kPrecedenceMultiplicative = 6,
  kPrecedenceUnary = 7,
  kPrecedenceAtom = 8,
};

struct Node {
  NodeKind kind = NodeKind::kNumber;
  int column = 1;  // the operator's column, or the first token's
  int height = 1;  // 1 for a leaf
  bool is_condition = false;
  Decimal number;    // kNumber
  std::string name;  // kVariable, kParameter (and the literal's text for kNumber)
  Arithmetic arithmetic = Arithmetic::kAdd;
  Comparison comparison = Comparison::kEqual;
  Logical logical = Logical::kAnd;
  Function function = Function::kMin;
  std::vector<std::unique_ptr<Node>> children;
};

int precedence(const Node& node);

// How operators are written: canonical (the language's ASCII form, which
// parses back to the same tree) or for display ("×", "÷", "−", "≤", "et").
enum class Notation { kCanonical, kDisplay };

std::string_view symbol(Arithmetic op, Notation notation);
std::string_view symbol(Comparison op, Notation notation);
std::string_view symbol(Logical op, Notation notation);
Precedence precedence_of(Arithmetic op);

// A piece of rendered text and how tightly it binds.
struct Rendered {
  std::string text;
  int precedence = kPrecedenceAtom;
};
// A leaf (a value or a name); one written with a leading minus binds as a negation.
Rendered leaf(std::string text);
Rendered join_arithmetic(Arithmetic op, const Rendered& left, const Rendered& right,
                         Notation notation);
Rendered join_comparison(Comparison op, const Rendered& left, const Rendered& right,
                         Notation notation);
Rendered join_logical(Logical op, const Rendered& left, const Rendered& right, Notation notation);
Rendered negation(const Rendered& operand, Notation notation);
Rendered logical_not(const Rendered& operand, Notation notation);
Rendered call(std::string_view name, const std::vector<Rendered>& arguments);

// The canonical text of a tree: "min(posts * 12 * cap, direct_costs * (1 + rate))".
Rendered canonical(const Node& node);

}  // namespace octroi::formula_internal
