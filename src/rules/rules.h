// The rules module's public surface: exact decimals for evaluation, dated and
// sourced parameter values, and the formula language of funding rules with its
// explanations. Pure: no I/O, no clock (the date of effect is passed in), no
// binary floating point. Language and messages: docs/rules.md. Parameters
// themselves are domain values (domain/parameter.h) that src/import reads from
// data/parameters/.
#pragma once

#include "rules/advance.h"
#include "rules/award_evaluation.h"
#include "rules/decimal.h"
#include "rules/decimal_format.h"
#include "rules/formula/bindings.h"
#include "rules/formula/environment.h"
#include "rules/formula/evaluator.h"
#include "rules/formula/explanation.h"
#include "rules/formula/formula.h"
#include "rules/formula/function.h"
#include "rules/formula/variable.h"
#include "rules/parameter_set.h"
#include "rules/parameter_unit.h"
#include "rules/parameter_value.h"
#include "rules/settlement.h"
