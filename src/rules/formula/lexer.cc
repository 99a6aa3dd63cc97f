#include "rules/formula/lexer.h"

#include <string>

#include "base/utf8.h"

namespace octroi::formula_internal {
namespace {

// A text quoted for a message, shortened past 40 bytes (tokens quoted here are ASCII).
std::string quoted(std::string_view text) {
  if (text.size() <= 40) return "« " + std::string(text) + " »";
  return "« " + std::string(text.substr(0, 40)) + "… »";
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_part(char c) { return is_name_start(c) || is_digit(c); }

struct Symbol {
  std::string_view text;
  TokenKind kind;
};

// Longest first, so that "<=" wins over "<".
constexpr Symbol kSymbols[] = {
    {"<=", TokenKind::kLessOrEqual},
    {">=", TokenKind::kGreaterOrEqual},
    {"==", TokenKind::kEqual},
    {"!=", TokenKind::kNotEqual},
    {"\u2264", TokenKind::kLessOrEqual},     // ≤
    {"\u2265", TokenKind::kGreaterOrEqual},  // ≥
    {"\u2260", TokenKind::kNotEqual},        // ≠
    {"\u00D7", TokenKind::kTimes},           // ×
    {"\u00F7", TokenKind::kDivide},          // ÷
    {"\u2212", TokenKind::kMinus},           // −
    {"+", TokenKind::kPlus},
    {"-", TokenKind::kMinus},
    {"*", TokenKind::kTimes},
    {"/", TokenKind::kDivide},
    {"(", TokenKind::kLeftParen},
    {")", TokenKind::kRightParen},
    {",", TokenKind::kComma},
    {"<", TokenKind::kLess},
    {">", TokenKind::kGreater},
    {"=", TokenKind::kEqual},
};

constexpr std::string_view kSpaces[] = {" ", "\t", "\n", "\r", "\u00A0", "\u202F"};

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Result<std::vector<Token>> run() {
    std::vector<Token> tokens;
    while (true) {
      skip_spaces();
      if (at_ >= text_.size()) break;
      OCTROI_TRY(Token token, next());
      tokens.push_back(token);
    }
    Token end;
    end.kind = TokenKind::kEnd;
    end.text = text_.substr(text_.size());
    end.column = column_;
    end.end_column = column_;
    tokens.push_back(end);
    return tokens;
  }

 private:
  void skip_spaces() {
    bool skipped = true;
    while (skipped && at_ < text_.size()) {
      skipped = false;
      for (std::string_view space : kSpaces) {
        if (text_.substr(at_).starts_with(space)) {
          at_ += space.size();
          ++column_;
          skipped = true;
          break;
        }
      }
    }
  }

  // Makes the token of bytes [start, at_) beginning at `start_column`.
  Token make(TokenKind kind, std::size_t start, int start_column) const {
    Token token;
    token.kind = kind;
    token.text = text_.substr(start, at_ - start);
    token.column = start_column;
    token.end_column = column_;
    return token;
  }

  Result<Token> next() {
    std::size_t start = at_;
    int start_column = column_;
    char c = text_[at_];
    if (is_digit(c)) return number(start, start_column);
    if (is_name_start(c)) {
      while (at_ < text_.size() && is_name_part(text_[at_])) {
        ++at_;
        ++column_;
      }
      Token token = make(TokenKind::kName, start, start_column);
      if (token.text == "and") token.kind = TokenKind::kAnd;
      if (token.text == "or") token.kind = TokenKind::kOr;
      if (token.text == "not") token.kind = TokenKind::kNot;
      return token;
    }
    for (const Symbol& symbol : kSymbols) {
      if (text_.substr(at_).starts_with(symbol.text)) {
        at_ += symbol.text.size();
        ++column_;
        if (symbol.text.size() == 2 && static_cast<unsigned char>(symbol.text[0]) < 0x80) {
          ++column_;  // two ASCII characters
        }
        return make(symbol.kind, start, start_column);
      }
    }
    return unexpected(start_column);
  }

  Result<Token> number(std::size_t start, int start_column) {
    while (at_ < text_.size() && is_digit(text_[at_])) {
      ++at_;
      ++column_;
    }
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      ++column_;
      if (at_ >= text_.size() || !is_digit(text_[at_])) {
        return syntax_error(ErrorCode::kFormulaSyntax, column_,
                            "chiffre attendu après le point décimal de " +
                                quoted(text_.substr(start, at_ - start)));
      }
      while (at_ < text_.size() && is_digit(text_[at_])) {
        ++at_;
        ++column_;
      }
    }
    Token token = make(TokenKind::kNumber, start, start_column);
    Result<Decimal> value = Decimal::parse(token.text);
    if (!value.ok()) {
      return syntax_error(
          ErrorCode::kFormulaSyntax, start_column,
          "nombre hors limites " + quoted(token.text) + " (38 chiffres significatifs au plus)");
    }
    token.number = *value;
    return token;
  }

  Error unexpected(int column) const {
    std::size_t length = utf8_sequence_length(text_, at_);
    if (length == 0) {
      return syntax_error(ErrorCode::kFormulaSyntax, column,
                          "caractère invalide (texte UTF-8 mal formé)");
    }
    std::string character(text_.substr(at_, length));
    std::string hint;
    if (character == "%") {
      hint = " : écrivez un taux en nombre décimal (0.2 pour 20 %) ou nommez un paramètre";
    } else if (character == ".") {
      hint = " : un nombre commence par un chiffre (0.5)";
    } else if (character == "!") {
      hint = " : « != » attendu";
    }
    return syntax_error(ErrorCode::kFormulaSyntax, column,
                        "caractère inattendu « " + character + " »" + hint);
  }

  std::string_view text_;
  std::size_t at_ = 0;
  int column_ = 1;
};

// The number of characters of `text`, or of its bytes when it is not UTF-8.
int character_count(std::string_view text) {
  int count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace

std::string describe(const Token& token) {
  if (token.kind == TokenKind::kEnd) return "la fin de la formule";
  return quoted(token.text);
}

Error syntax_error(ErrorCode code, int column, const std::string& message) {
  Location location;
  location.column = column;
  return Error(code, message, location);
}

Result<std::vector<Token>> tokenize(std::string_view text) {
  if (character_count(text) > kMaxCharacters) {
    return syntax_error(
        ErrorCode::kFormulaSyntax, kMaxCharacters + 1,
        "formule trop longue (" + std::to_string(kMaxCharacters) + " caractères au plus)");
  }
  return Lexer(text).run();
}

}  // namespace octroi::formula_internal
