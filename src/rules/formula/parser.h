// Parser: recursive descent over the tokens of a funding formula, resolving
// every name against the environment and typing every node as it goes, so
// that a formula that parses can only fail at evaluation on its data
// (a missing fact, a parameter not in force, a division by zero, an overflow).
// Nesting is bounded (kMaxNesting, kMaxHeight): deep input is refused with
// an error, never by exhausting the stack. Private to rules.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "rules/formula/environment.h"
#include "rules/formula/node.h"
#include "rules/formula/variable.h"

namespace octroi::formula_internal {

// Parentheses, calls, minus signs and "not" opened inside one another.
inline constexpr int kMaxNesting = 32;
// Operations along any path of the tree (a long chain a + b + c … counts too).
inline constexpr int kMaxHeight = 128;

struct ParsedFormula {
  std::unique_ptr<Node> root;
  std::vector<VariableDeclaration> variables;  // those used, in order of first use
  std::vector<std::string> parameters;         // those used, in order of first use
};

// kFormulaSyntax, kFormulaUnknownName or kFormulaType, with Location.column.
Result<ParsedFormula> parse_formula(std::string_view text, const FormulaEnvironment& environment);

}  // namespace octroi::formula_internal
