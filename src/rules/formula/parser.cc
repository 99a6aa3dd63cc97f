#include "rules/formula/parser.h"

#include <algorithm>
#include <utility>

#include "rules/formula/lexer.h"
#include "rules/formula/name_suggestion.h"

namespace octroi::formula_internal {
namespace {

using NodePointer = std::unique_ptr<Node>;

// "« x » trouvé", "la fin de la formule trouvée".
std::string found(const Token& token) {
  return describe(token) + (token.kind == TokenKind::kEnd ? " trouvée" : " trouvé");
}

std::string ordinal_arguments(int count) {
  return count == 1 ? "un seul argument" : std::to_string(count) + " arguments";
}

class Parser {
 public:
  Parser(std::vector<Token> tokens, const FormulaEnvironment& environment)
      : tokens_(std::move(tokens)), environment_(environment) {}

  Result<ParsedFormula> run() {
    if (peek().kind == TokenKind::kEnd) {
      return syntax_error(ErrorCode::kFormulaSyntax, peek().column, "formule vide");
    }
    OCTROI_TRY(NodePointer root, expression());
    if (peek().kind != TokenKind::kEnd) return stray(peek());
    if (root->is_condition) {
      return syntax_error(ErrorCode::kFormulaType, root->column,
                          "la formule doit donner un montant, pas une condition");
    }
    return ParsedFormula{std::move(root), std::move(variables_), std::move(parameters_)};
  }

 private:
  // Counts one level of nesting for as long as it lives.
  class Nested {
   public:
    explicit Nested(int& depth) : depth_(depth) { ++depth_; }
    ~Nested() { --depth_; }
    Nested(const Nested&) = delete;
    Nested& operator=(const Nested&) = delete;

   private:
    int& depth_;
  };

  const Token& peek(std::size_t ahead = 0) const {
    return tokens_[std::min(position_ + ahead, tokens_.size() - 1)];
  }
  const Token& advance() {
    return tokens_[position_ < tokens_.size() - 1 ? position_++ : position_];
  }
  const Token* previous() const { return position_ == 0 ? nullptr : &tokens_[position_ - 1]; }

  Status check_depth(int column) const {
    if (depth_ <= kMaxNesting) return ok_status();
    return syntax_error(ErrorCode::kFormulaSyntax, column,
                        "formule trop imbriquée (" + std::to_string(kMaxNesting) +
                            " niveaux de parenthèses, fonctions ou signes au plus)");
  }

  // A node with its children; refused when the tree grows too tall.
  Result<NodePointer> make(NodeKind kind, int column, std::vector<NodePointer> children) {
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->column = column;
    for (const NodePointer& child : children)
      node->height = std::max(node->height, child->height + 1);
    node->children = std::move(children);
    if (node->height > kMaxHeight) {
      return syntax_error(ErrorCode::kFormulaSyntax, column,
                          "formule trop complexe (" + std::to_string(kMaxHeight) +
                              " opérations enchaînées au plus)");
    }
    return node;
  }

  Status require_number(const Node& operand, const Token& op) const {
    if (!operand.is_condition) return ok_status();
    return syntax_error(ErrorCode::kFormulaType, op.column,
                        describe(op) + " s'applique à des nombres, pas à une condition");
  }

  Status require_condition(const Node& operand, const Token& op) const {
    if (operand.is_condition) return ok_status();
    return syntax_error(
        ErrorCode::kFormulaType, operand.column,
        describe(op) + " s'applique à des conditions (comparaisons), pas à un nombre");
  }

  Error stray(const Token& token) const {
    if (token.kind == TokenKind::kRightParen) {
      return syntax_error(ErrorCode::kFormulaSyntax, token.column,
                          "« ) » sans « ( » correspondante");
    }
    std::string message = "opérateur ou fin de formule attendu, " + found(token);
    const Token* before = previous();
    if (token.kind == TokenKind::kComma && before != nullptr &&
        before->kind == TokenKind::kNumber && before->end_column == token.column &&
        peek(1).kind == TokenKind::kNumber && peek(1).column == token.end_column) {
      message += " : dans une formule, le séparateur décimal est le point (" +
                 std::string(before->text) + "." + std::string(peek(1).text) + ")";
    }
    return syntax_error(ErrorCode::kFormulaSyntax, token.column, message);
  }

  // expression := and_expression ("or" and_expression)*
  Result<NodePointer> expression() {
    Nested nested(depth_);
    OCTROI_TRY_STATUS(check_depth(peek().column));
    return logical(Logical::kOr);
  }

  // Both levels of "and"/"or": or binds loosest, then and, then not.
  Result<NodePointer> logical(Logical level) {
    TokenKind keyword = level == Logical::kOr ? TokenKind::kOr : TokenKind::kAnd;
    OCTROI_TRY(NodePointer left, level == Logical::kOr ? logical(Logical::kAnd) : negation());
    while (peek().kind == keyword) {
      const Token& op = advance();
      OCTROI_TRY_STATUS(require_condition(*left, op));
      OCTROI_TRY(NodePointer right, level == Logical::kOr ? logical(Logical::kAnd) : negation());
      OCTROI_TRY_STATUS(require_condition(*right, op));
      std::vector<NodePointer> children;
      children.push_back(std::move(left));
      children.push_back(std::move(right));
      OCTROI_TRY(left, make(NodeKind::kLogical, op.column, std::move(children)));
      left->logical = level;
      left->is_condition = true;
    }
    return left;
  }

  // negation := "not" negation | comparison
  Result<NodePointer> negation() {
    if (peek().kind != TokenKind::kNot) return comparison();
    const Token& op = advance();
    Nested nested(depth_);
    OCTROI_TRY_STATUS(check_depth(op.column));
    OCTROI_TRY(NodePointer operand, negation());
    OCTROI_TRY_STATUS(require_condition(*operand, op));
    std::vector<NodePointer> children;
    children.push_back(std::move(operand));
    OCTROI_TRY(NodePointer node, make(NodeKind::kNot, op.column, std::move(children)));
    node->is_condition = true;
    return node;
  }

  static std::optional<Comparison> comparison_of(TokenKind kind) {
    switch (kind) {
      case TokenKind::kLess:
        return Comparison::kLess;
      case TokenKind::kLessOrEqual:
        return Comparison::kLessOrEqual;
      case TokenKind::kGreater:
        return Comparison::kGreater;
      case TokenKind::kGreaterOrEqual:
        return Comparison::kGreaterOrEqual;
      case TokenKind::kEqual:
        return Comparison::kEqual;
      case TokenKind::kNotEqual:
        return Comparison::kNotEqual;
      default:
        return std::nullopt;
    }
  }

  // comparison := additive (comparison_operator additive)?   -- not chained
  Result<NodePointer> comparison() {
    OCTROI_TRY(NodePointer left, arithmetic(kPrecedenceAdditive));
    std::optional<Comparison> kind = comparison_of(peek().kind);
    if (!kind) return left;
    const Token& op = advance();
    OCTROI_TRY_STATUS(require_number(*left, op));
    OCTROI_TRY(NodePointer right, arithmetic(kPrecedenceAdditive));
    OCTROI_TRY_STATUS(require_number(*right, op));
    if (comparison_of(peek().kind)) {
      return syntax_error(ErrorCode::kFormulaSyntax, peek().column,
                          "comparaisons enchaînées : écrivez « a < b and b < c »");
    }
    std::vector<NodePointer> children;
    children.push_back(std::move(left));
    children.push_back(std::move(right));
    OCTROI_TRY(NodePointer node, make(NodeKind::kComparison, op.column, std::move(children)));
    node->comparison = *kind;
    node->is_condition = true;
    return node;
  }

  // additive := term (("+" | "-") term)* ; term := unary (("*" | "/") unary)*
  Result<NodePointer> arithmetic(int level) {
    bool additive = level == kPrecedenceAdditive;
    auto operand = [&]() { return additive ? arithmetic(kPrecedenceMultiplicative) : unary(); };
    OCTROI_TRY(NodePointer left, operand());
    while (true) {
      TokenKind kind = peek().kind;
      std::optional<Arithmetic> op_kind;
      if (additive && kind == TokenKind::kPlus) op_kind = Arithmetic::kAdd;
      if (additive && kind == TokenKind::kMinus) op_kind = Arithmetic::kSubtract;
      if (!additive && kind == TokenKind::kTimes) op_kind = Arithmetic::kMultiply;
      if (!additive && kind == TokenKind::kDivide) op_kind = Arithmetic::kDivide;
      if (!op_kind) return left;
      const Token& op = advance();
      OCTROI_TRY_STATUS(require_number(*left, op));
      OCTROI_TRY(NodePointer right, operand());
      OCTROI_TRY_STATUS(require_number(*right, op));
      std::vector<NodePointer> children;
      children.push_back(std::move(left));
      children.push_back(std::move(right));
      OCTROI_TRY(left, make(NodeKind::kArithmetic, op.column, std::move(children)));
      left->arithmetic = *op_kind;
    }
  }

  // unary := "-" unary | primary
  Result<NodePointer> unary() {
    if (peek().kind != TokenKind::kMinus) return primary();
    const Token& op = advance();
    Nested nested(depth_);
    OCTROI_TRY_STATUS(check_depth(op.column));
    OCTROI_TRY(NodePointer operand, unary());
    OCTROI_TRY_STATUS(require_number(*operand, op));
    std::vector<NodePointer> children;
    children.push_back(std::move(operand));
    return make(NodeKind::kNegate, op.column, std::move(children));
  }

  // primary := number | name | name "(" arguments ")" | "(" expression ")"
  Result<NodePointer> primary() {
    const Token& token = peek();
    if (token.kind == TokenKind::kNumber) {
      advance();
      OCTROI_TRY(NodePointer node, make(NodeKind::kNumber, token.column, {}));
      node->number = token.number;
      node->name = std::string(token.text);
      return node;
    }
    if (token.kind == TokenKind::kName) return named();
    if (token.kind == TokenKind::kLeftParen) {
      advance();
      OCTROI_TRY(NodePointer inner, expression());
      if (peek().kind != TokenKind::kRightParen) {
        return syntax_error(ErrorCode::kFormulaSyntax, peek().column,
                            "« ) » attendu pour fermer la « ( » de la colonne " +
                                std::to_string(token.column) + ", " + found(peek()));
      }
      advance();
      return inner;
    }
    std::string after;
    if (const Token* before = previous()) after = " après " + describe(*before);
    return syntax_error(ErrorCode::kFormulaSyntax, token.column,
                        "valeur attendue" + after + " (nombre, nom ou « ( »), " + found(token));
  }

  Result<NodePointer> named() {
    const Token& token = advance();
    std::string text(token.text);
    std::optional<Function> function = function_from_name(text);
    if (peek().kind == TokenKind::kLeftParen) {
      if (!function) {
        std::string why = environment_.find_variable(text) || environment_.find_parameter(text)
                              ? "« " + text + " » n'est pas une fonction"
                              : "fonction inconnue « " + text + " »";
        return syntax_error(ErrorCode::kFormulaUnknownName, token.column,
                            why + " ; fonctions : " + function_names());
      }
      return call_of(*function, token);
    }
    if (function) {
      return syntax_error(ErrorCode::kFormulaSyntax, peek().column,
                          "« ( » attendu après la fonction " + text + ", " + found(peek()));
    }
    if (const VariableDeclaration* variable = environment_.find_variable(text)) {
      OCTROI_TRY(NodePointer node, make(NodeKind::kVariable, token.column, {}));
      node->name = text;
      bool known = std::any_of(variables_.begin(), variables_.end(),
                               [&](const VariableDeclaration& v) { return v.name == text; });
      if (!known) variables_.push_back(*variable);
      return node;
    }
    if (environment_.find_parameter(text)) {
      OCTROI_TRY(NodePointer node, make(NodeKind::kParameter, token.column, {}));
      node->name = text;
      if (std::find(parameters_.begin(), parameters_.end(), text) == parameters_.end()) {
        parameters_.push_back(text);
      }
      return node;
    }
    return syntax_error(ErrorCode::kFormulaUnknownName, token.column,
                        "nom inconnu « " + text +
                            " » : ni variable de l'attribution, ni paramètre" +
                            closest_name_hint(text, environment_.names()));
  }

  // After an argument of `info`, `next` is neither an accepted "," nor ")".
  static Error argument_error(const FunctionInfo& info, const Token& next, bool can_continue,
                              bool can_close) {
    std::string name(info.name);
    std::string message;
    if (next.kind == TokenKind::kComma) {
      message = name + " prend ";
      message += ordinal_arguments(info.maximum_arguments);
      message += " : « ) » attendu après l'argument de ";
      message += name;
    } else if (next.kind == TokenKind::kRightParen) {
      message = name + (info.maximum_arguments < 0 ? " prend au moins " : " prend ");
      message += ordinal_arguments(info.minimum_arguments);
      message += " : « , » attendu après l'argument de ";
      message += name;
    } else {
      message = can_continue && can_close ? "« , » ou « ) »" : can_close ? "« ) »" : "« , »";
      message += " attendu après l'argument de ";
      message += name;
      message += ", ";
      message += found(next);
    }
    return syntax_error(ErrorCode::kFormulaSyntax, next.column, message);
  }

  Result<NodePointer> call_of(Function function, const Token& name_token) {
    const FunctionInfo& info = function_info(function);
    Nested nested(depth_);
    OCTROI_TRY_STATUS(check_depth(name_token.column));
    advance();  // "("
    std::vector<NodePointer> arguments;
    std::string name(info.name);
    while (true) {
      OCTROI_TRY(NodePointer argument, expression());
      bool first_of_if = function == Function::kIf && arguments.empty();
      if (first_of_if && !argument->is_condition) {
        return syntax_error(ErrorCode::kFormulaType, argument->column,
                            "la condition de if doit être une comparaison (<, <=, >, >=, ==, !=)");
      }
      if (!first_of_if && argument->is_condition) {
        return syntax_error(
            ErrorCode::kFormulaType, argument->column,
            "les arguments de " + name + " doivent être des nombres, pas des conditions");
      }
      arguments.push_back(std::move(argument));
      int count = static_cast<int>(arguments.size());
      bool can_continue = info.maximum_arguments < 0 || count < info.maximum_arguments;
      bool can_close = count >= info.minimum_arguments;
      const Token& next = peek();
      if (next.kind == TokenKind::kComma && can_continue) {
        advance();
        continue;
      }
      if (next.kind == TokenKind::kRightParen && can_close) {
        advance();
        break;
      }
      return argument_error(info, next, can_continue, can_close);
    }
    OCTROI_TRY(NodePointer node, make(NodeKind::kCall, name_token.column, std::move(arguments)));
    node->function = function;
    node->is_condition = false;
    return node;
  }

  std::vector<Token> tokens_;
  const FormulaEnvironment& environment_;
  std::size_t position_ = 0;
  int depth_ = 0;
  std::vector<VariableDeclaration> variables_;
  std::vector<std::string> parameters_;
};

}  // namespace

Result<ParsedFormula> parse_formula(std::string_view text, const FormulaEnvironment& environment) {
  OCTROI_TRY(std::vector<Token> tokens, tokenize(text));
  return Parser(std::move(tokens), environment).run();
}

}  // namespace octroi::formula_internal
