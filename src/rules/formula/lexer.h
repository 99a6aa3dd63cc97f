// Lexer: splits a funding formula into tokens. Refuses, with kFormulaSyntax and
// the column (in characters), a character outside the language, a malformed
// number, ill-formed UTF-8 and a formula longer than kMaxCharacters.
// Private to rules.
#pragma once

#include <string_view>
#include <vector>

#include "base/result.h"
#include "rules/formula/token.h"

namespace octroi::formula_internal {

inline constexpr int kMaxCharacters = 2000;

// The tokens of `text`, the last one kEnd. Tokens view `text`: keep it alive.
Result<std::vector<Token>> tokenize(std::string_view text);

// An error at `column` (1-based, in characters): the message says what was
// expected; Location.column holds the column, so that Error::to_string() reads
// "colonne 12 : « ) » attendu après l'argument de min".
Error syntax_error(ErrorCode code, int column, const std::string& message);

}  // namespace octroi::formula_internal
