#include "rules/formula/formula.h"

#include <utility>

#include "rules/formula/node.h"
#include "rules/formula/parser.h"

namespace octroi {

Result<Formula> Formula::compile(std::string_view text, const FormulaEnvironment& environment) {
  OCTROI_TRY(formula_internal::ParsedFormula parsed,
             formula_internal::parse_formula(text, environment));
  Formula formula;
  formula.text_ = std::string(text);
  formula.root_ = std::move(parsed.root);
  formula.variables_ = std::move(parsed.variables);
  formula.parameters_ = std::move(parsed.parameters);
  return formula;
}

std::string Formula::canonical_text() const { return formula_internal::canonical(*root_).text; }

}  // namespace octroi
