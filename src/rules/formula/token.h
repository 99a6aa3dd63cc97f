// Token: one lexeme of a funding formula, with the column (1-based, in
// characters) where it starts, for error messages. Private to rules.
#pragma once

#include <string>
#include <string_view>

#include "rules/decimal.h"

namespace octroi::formula_internal {

enum class TokenKind {
  kNumber,          // 5000, 0.2, 12.5 ('.' is the decimal mark inside formulas)
  kName,            // measures, segur_per_etp, min, round_euro
  kPlus,            // +
  kMinus,           // - or − (U+2212)
  kTimes,           // * or × (U+00D7)
  kDivide,          // / or ÷ (U+00F7)
  kLeftParen,       // (
  kRightParen,      // )
  kComma,           // , (separates arguments)
  kLess,            // <
  kLessOrEqual,     // <= or ≤
  kGreater,         // >
  kGreaterOrEqual,  // >= or ≥
  kEqual,           // == or =
  kNotEqual,        // != or ≠
  kAnd,             // and
  kOr,              // or
  kNot,             // not
  kEnd,             // end of the formula
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string_view text;  // as written (empty for kEnd)
  int column = 1;         // 1-based, in characters (code points)
  int end_column = 1;     // the column just after the token
  Decimal number;         // the value of a kNumber
};

// How an error message names a token: "« * »", "« measures »", "la fin de la formule".
std::string describe(const Token& token);

}  // namespace octroi::formula_internal
