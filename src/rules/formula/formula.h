// Formula: a funding rule of an operation, written in the formula language
// (docs/rules.md), parsed and checked once, when it is loaded: every name is
// resolved against a FormulaEnvironment and every operand typed, so that an
// unknown name or a syntax error is reported then, with its column, and never
// at evaluation. Immutable and cheap to copy (the tree is shared); safe to
// evaluate from several threads at once.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "rules/formula/environment.h"
#include "rules/formula/variable.h"

namespace octroi {

namespace formula_internal {
struct Node;
}

class Formula {
 public:
  // kFormulaSyntax (what was expected, where), kFormulaUnknownName (an
  // undeclared variable, parameter or function), kFormulaType (a condition
  // used as a number or the reverse). Location.column is the column (1-based,
  // in characters of `text`) and the message says what was expected there:
  // Error::to_string() gives "colonne 12 : « ) » attendu après l'argument de
  // min, …". A loader that read `text` from a file adds its file and line with
  // Error::located (the column stays the column inside the formula).
  static Result<Formula> compile(std::string_view text, const FormulaEnvironment& environment);

  // As written.
  const std::string& text() const { return text_; }
  // The same formula in canonical form, with only the parentheses it needs:
  // "min(posts * 12 * cap, direct_costs * (1 + rate))". Compiling it gives
  // the same formula.
  std::string canonical_text() const;
  // The award variables and parameters the formula uses, in order of first use.
  const std::vector<VariableDeclaration>& variables() const { return variables_; }
  const std::vector<std::string>& parameters() const { return parameters_; }

  // For the evaluator. Never null.
  const formula_internal::Node& root() const { return *root_; }

 private:
  Formula() = default;

  std::string text_;
  std::shared_ptr<const formula_internal::Node> root_;
  std::vector<VariableDeclaration> variables_;
  std::vector<std::string> parameters_;
};

}  // namespace octroi
