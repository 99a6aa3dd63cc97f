#include <string>

#include <gtest/gtest.h>

#include "reference_parameters.h"
#include "rules/rules.h"

namespace octroi {
namespace {

using testing_rules::day;
using testing_rules::reference_environment;
using testing_rules::reference_parameters;

Formula compiled(std::string_view text) {
  Result<Formula> formula = Formula::compile(text, reference_environment());
  EXPECT_TRUE(formula.ok()) << text << " : " << (formula.ok() ? "" : formula.error().message());
  return std::move(formula).value();
}

// The exact value of a formula without variables.
Decimal value_of(std::string_view text) {
  Formula formula = compiled(text);
  Result<Evaluation> evaluation =
      evaluate(formula, Bindings(), reference_parameters(), day(2023, 9, 18));
  EXPECT_TRUE(evaluation.ok()) << text;
  return evaluation.ok() ? evaluation->exact : Decimal();
}

Decimal number(std::string_view text) { return Decimal::parse(text).value(); }

TEST(FormulaParseTest, PrecedenceAndAssociativity) {
  struct Case {
    const char* text;
    const char* value;
    const char* canonical;
  };
  const Case cases[] = {
      {"1 + 2 * 3", "7", "1 + 2 * 3"},
      {"(1 + 2) * 3", "9", "(1 + 2) * 3"},
      {"2 * 3 + 4 * 5", "26", "2 * 3 + 4 * 5"},
      {"10 - 4 - 3", "3", "10 - 4 - 3"},  // left to right
      {"10 - (4 - 3)", "9", "10 - (4 - 3)"},
      {"100 / 10 / 5", "2", "100 / 10 / 5"},
      {"100 / (10 / 5)", "50", "100 / (10 / 5)"},
      {"12 / 4 * 3", "9", "12 / 4 * 3"},
      {"-2 * 3", "-6", "-2 * 3"},  // unary minus binds tighter than ×
      {"-(2 + 3)", "-5", "-(2 + 3)"},
      {"2 * -3", "-6", "2 * -3"},
      {"1 - -1", "2", "1 - -1"},
      {"--1", "1", "--1"},
      {"((((7))))", "7", "7"},
      {"1 + 2 - 3 + 4", "4", "1 + 2 - 3 + 4"},
      {"20 × 2100 ÷ 2 − 1", "20999", "20 * 2100 / 2 - 1"},
      {"min(3, 1, 2) + max(1, 5) * 2", "11", "min(3, 1, 2) + max(1, 5) * 2"},
      {"if(1 < 2 and 2 < 3 or 1 > 2, 1, 0)", "1", "if(1 < 2 and 2 < 3 or 1 > 2, 1, 0)"},
      {"if(1 > 2 or 2 > 1 and 1 > 2, 1, 0)", "0", "if(1 > 2 or 2 > 1 and 1 > 2, 1, 0)"},
      {"if((1 > 2 or 2 > 1) and 1 < 2, 1, 0)", "1", "if((1 > 2 or 2 > 1) and 1 < 2, 1, 0)"},
      {"if(not 1 > 2, 1, 0)", "1", "if(not 1 > 2, 1, 0)"},
      {"if(not (1 < 2 or 1 > 2), 1, 0)", "0", "if(not (1 < 2 or 1 > 2), 1, 0)"},
      {"if(1 + 1 == 2, 1, 0)", "1", "if(1 + 1 == 2, 1, 0)"},
      {"if(1 = 1, 1, 0)", "1", "if(1 == 1, 1, 0)"},
      {"if(2 ≥ 3, 1, 0) + if(2 ≠ 3, 10, 0) + if(2 ≤ 2, 100, 0)", "110",
       "if(2 >= 3, 1, 0) + if(2 != 3, 10, 0) + if(2 <= 2, 100, 0)"},
      {"0.5 * 4", "2", "0.5 * 4"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(value_of(c.text), number(c.value));
    Formula formula = compiled(c.text);
    EXPECT_EQ(formula.canonical_text(), c.canonical);
    // The canonical text compiles back to itself.
    EXPECT_EQ(compiled(formula.canonical_text()).canonical_text(), c.canonical);
  }
}

TEST(FormulaParseTest, RecordsTheNamesItUses) {
  Formula formula = compiled(
      "min(posts * 12 * ei_monthly_cap_per_participant, direct_costs * (1 + indirect_rate)) + "
      "posts");
  ASSERT_EQ(formula.variables().size(), 2u);
  EXPECT_EQ(formula.variables()[0].name, "posts");
  EXPECT_EQ(formula.variables()[1].name, "direct_costs");
  EXPECT_EQ(formula.parameters(),
            (std::vector<std::string>{"ei_monthly_cap_per_participant", "indirect_rate"}));
}

struct ErrorCase {
  std::string text;
  ErrorCode code;
  int column;
  std::string message;  // the whole message, or a part of it
};

TEST(FormulaParseTest, EveryErrorNamesItsColumnAndWhatWasExpected) {
  const ErrorCase cases[] = {
      {"", ErrorCode::kFormulaSyntax, 1, "colonne 1 : formule vide"},
      {"   ", ErrorCode::kFormulaSyntax, 4, "colonne 4 : formule vide"},
      {"measures *", ErrorCode::kFormulaSyntax, 11,
       "colonne 11 : valeur attendue après « * » (nombre, nom ou « ( »), la fin de la formule "
       "trouvée"},
      {"measures * )", ErrorCode::kFormulaSyntax, 12, "valeur attendue après « * »"},
      {"min(measures, 2", ErrorCode::kFormulaSyntax, 16,
       "colonne 16 : « , » ou « ) » attendu après l'argument de min, la fin de la formule "
       "trouvée"},
      {"min(posts * 12, direct_costs 2)", ErrorCode::kFormulaSyntax, 30,
       "« ) » attendu après l'argument de min"},
      {"min(measures)", ErrorCode::kFormulaSyntax, 13,
       "colonne 13 : min prend au moins 2 arguments : « , » attendu après l'argument de min"},
      {"round_euro(1, 2)", ErrorCode::kFormulaSyntax, 13,
       "colonne 13 : round_euro prend un seul argument : « ) » attendu après l'argument de "
       "round_euro"},
      {"round_euro(1 2)", ErrorCode::kFormulaSyntax, 14,
       "colonne 14 : « ) » attendu après l'argument de round_euro, « 2 » trouvé"},
      {"if(1 > 2, 3)", ErrorCode::kFormulaSyntax, 12, "if prend 3 arguments"},
      {"if(1 > 2, 3 4)", ErrorCode::kFormulaSyntax, 13,
       "« , » attendu après l'argument de if, « 4 » trouvé"},
      {"round_euro", ErrorCode::kFormulaSyntax, 11,
       "colonne 11 : « ( » attendu après la fonction round_euro, la fin de la formule trouvée"},
      {"(1 + 2", ErrorCode::kFormulaSyntax, 7,
       "colonne 7 : « ) » attendu pour fermer la « ( » de la colonne 1, la fin de la formule "
       "trouvée"},
      {"1 + 2)", ErrorCode::kFormulaSyntax, 6, "colonne 6 : « ) » sans « ( » correspondante"},
      {"1 2", ErrorCode::kFormulaSyntax, 3,
       "colonne 3 : opérateur ou fin de formule attendu, « 2 » trouvé"},
      {"12,5 * measures", ErrorCode::kFormulaSyntax, 3,
       "dans une formule, le séparateur décimal est le point (12.5)"},
      {"1 $ 2", ErrorCode::kFormulaSyntax, 3, "colonne 3 : caractère inattendu « $ »"},
      {"measures * 20 %", ErrorCode::kFormulaSyntax, 15, "caractère inattendu « % »"},
      {"2 × é", ErrorCode::kFormulaSyntax, 5, "colonne 5 : caractère inattendu « é »"},
      {"1.", ErrorCode::kFormulaSyntax, 3, "colonne 3 : chiffre attendu après le point décimal"},
      {".5", ErrorCode::kFormulaSyntax, 1, "caractère inattendu « . »"},
      {"1 ! 2", ErrorCode::kFormulaSyntax, 3, "« != » attendu"},
      {"\xff", ErrorCode::kFormulaSyntax, 1, "colonne 1 : caractère invalide"},
      {"if(1 < 2 < 3, 1, 0)", ErrorCode::kFormulaSyntax, 10, "comparaisons enchaînées"},
      {"123456789012345678901234567890123456789012", ErrorCode::kFormulaSyntax, 1,
       "nombre hors limites"},
      {"mesures * astre_cost_per_measure", ErrorCode::kFormulaUnknownName, 1,
       "colonne 1 : nom inconnu « mesures » : ni variable de l'attribution, ni paramètre "
       "(vouliez-vous dire « measures » ?)"},
      {"measures * segur_per_etq", ErrorCode::kFormulaUnknownName, 12,
       "nom inconnu « segur_per_etq » : ni variable de l'attribution, ni paramètre (vouliez-vous "
       "dire « segur_per_etp » ?)"},
      {"measures * zzz", ErrorCode::kFormulaUnknownName, 12,
       "colonne 12 : nom inconnu « zzz » : ni variable de l'attribution, ni paramètre"},
      {"floor(measures)", ErrorCode::kFormulaUnknownName, 1,
       "colonne 1 : fonction inconnue « floor » ; fonctions : min, max, if, round_cent, "
       "round_euro, round_cent_down, round_euro_down"},
      {"measures(2)", ErrorCode::kFormulaUnknownName, 1, "« measures » n'est pas une fonction"},
      {"if(measures, 1, 2)", ErrorCode::kFormulaType, 4,
       "colonne 4 : la condition de if doit être une comparaison"},
      {"if(1 > 2, 1 > 2, 3)", ErrorCode::kFormulaType, 13,
       "les arguments de if doivent être des nombres"},
      {"min(1 > 2, 3)", ErrorCode::kFormulaType, 7,
       "les arguments de min doivent être des nombres"},
      {"measures > 2", ErrorCode::kFormulaType, 10,
       "la formule doit donner un montant, pas une condition"},
      {"(1 > 2) + 1", ErrorCode::kFormulaType, 9,
       "colonne 9 : « + » s'applique à des nombres, pas à une condition"},
      {"-(1 > 2)", ErrorCode::kFormulaType, 1, "« - » s'applique à des nombres"},
      {"if(not 1, 1, 0)", ErrorCode::kFormulaType, 8,
       "« not » s'applique à des conditions (comparaisons), pas à un nombre"},
      {"if(1 and 1 > 0, 1, 0)", ErrorCode::kFormulaType, 4, "« and » s'applique à des conditions"},
  };
  FormulaEnvironment environment = reference_environment();
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.text);
    Result<Formula> formula = Formula::compile(c.text, environment);
    ASSERT_FALSE(formula.ok());
    EXPECT_EQ(formula.error().code(), c.code) << formula.error().message();
    EXPECT_EQ(formula.error().location().column, c.column) << formula.error().message();
    // to_string() reads "colonne N : <what was expected>".
    std::string text = formula.error().to_string();
    EXPECT_NE(text.find(c.message), std::string::npos) << text;
    EXPECT_EQ(text.rfind("colonne " + std::to_string(c.column) + " : ", 0), 0u) << text;
    EXPECT_EQ(formula.error().message().find("colonne " + std::to_string(c.column) + " :"),
              std::string::npos);
  }
}

TEST(FormulaParseTest, UnknownNamesAreRefusedAtLoadEvenInABranchNeverTaken) {
  Result<Formula> formula =
      Formula::compile("if(measures > 0, measures * 5000, unknown_cost)", reference_environment());
  ASSERT_FALSE(formula.ok());
  EXPECT_EQ(formula.error().code(), ErrorCode::kFormulaUnknownName);
  EXPECT_EQ(formula.error().location().column, 35);
}

TEST(FormulaParseTest, DeepNestingIsRefusedWithAnError) {
  const std::string cases[] = {
      std::string(100, '(') + "1" + std::string(100, ')'),
      std::string(100000, '(') + "1" + std::string(100000, ')'),
      std::string(1000, '-') + "1",
      [] {
        std::string text = "if(";
        for (int i = 0; i < 200; ++i) text += "not ";
        return text + "1 > 2, 1, 0)";
      }(),
      [] {
        std::string text;
        for (int i = 0; i < 100; ++i) text += "min(1, ";
        return text + "1" + std::string(100, ')');
      }(),
      [] {
        std::string text = "1";
        for (int i = 0; i < 500; ++i) text += "+1";
        return text;
      }(),
  };
  for (const std::string& text : cases) {
    SCOPED_TRACE(text.substr(0, 30));
    Result<Formula> formula = Formula::compile(text, reference_environment());
    ASSERT_FALSE(formula.ok());
    EXPECT_EQ(formula.error().code(), ErrorCode::kFormulaSyntax);
    std::string message = formula.error().message();
    EXPECT_TRUE(message.find("trop imbriquée") != std::string::npos ||
                message.find("trop complexe") != std::string::npos ||
                message.find("trop longue") != std::string::npos)
        << message;
  }
  // Reasonable nesting is accepted.
  EXPECT_EQ(value_of(std::string(20, '(') + "1" + std::string(20, ')')), number("1"));
  std::string sum = "1";
  for (int i = 0; i < 100; ++i) sum += " + 1";
  EXPECT_EQ(value_of(sum), number("101"));
}

// Found by the fuzzer: the canonical text wrapped "-…" after a binary minus in
// parentheses, one level deeper than the source, so a formula at the nesting
// limit had a canonical text that did not compile.
TEST(FormulaParseTest, CanonicalTextOfMinusSignsAtTheNestingLimitCompiles) {
  std::string text = "50 - " + std::string(31, '-') + "2665993";
  Formula formula = compiled(text);
  EXPECT_EQ(formula.canonical_text(), text);
  EXPECT_TRUE(Formula::compile(formula.canonical_text(), reference_environment()).ok());
  EXPECT_FALSE(
      Formula::compile("50 - " + std::string(32, '-') + "1", reference_environment()).ok());
}

TEST(FormulaEnvironmentTest, DeclaresEachNameOnce) {
  FormulaEnvironment environment;
  EXPECT_TRUE(
      environment.declare_variable({"beds", VariableKind::kQuantity, "lit", "lits", ""}).ok());
  EXPECT_EQ(environment.declare_variable({"beds", VariableKind::kQuantity, "lit", "lits", ""})
                .error()
                .code(),
            ErrorCode::kDuplicate);
  EXPECT_EQ(environment.declare_parameter("beds", ParameterUnit::kEuro).error().code(),
            ErrorCode::kDuplicate);
  EXPECT_EQ(environment.declare_parameter("min", ParameterUnit::kEuro).error().code(),
            ErrorCode::kInvalidValue);
  EXPECT_EQ(environment.declare_parameter("and", ParameterUnit::kEuro).error().code(),
            ErrorCode::kInvalidValue);
  EXPECT_EQ(environment.declare_parameter("Beds", ParameterUnit::kEuro).error().code(),
            ErrorCode::kInvalidValue);
  EXPECT_TRUE(Formula::compile("beds * 2", environment).ok());
  EXPECT_EQ(Formula::compile("measures * 2", environment).error().code(),
            ErrorCode::kFormulaUnknownName);
}

}  // namespace
}  // namespace octroi
