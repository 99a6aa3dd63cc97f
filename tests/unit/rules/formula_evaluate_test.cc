#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "reference_parameters.h"
#include "rules/rules.h"

namespace octroi {
namespace {

using testing_rules::day;
using testing_rules::plain;
using testing_rules::reference_environment;
using testing_rules::reference_parameters;

const Date kSession = day(2023, 9, 18);  // the Commission Permanente of the reference

Formula compiled(std::string_view text) {
  Result<Formula> formula = Formula::compile(text, reference_environment());
  EXPECT_TRUE(formula.ok()) << (formula.ok() ? "" : formula.error().message());
  return std::move(formula).value();
}

Decimal number(std::string_view text) { return Decimal::parse(text).value(); }

Evaluation evaluated(std::string_view text, const Bindings& bindings, Date date = kSession) {
  Result<Evaluation> evaluation = evaluate(compiled(text), bindings, reference_parameters(), date);
  EXPECT_TRUE(evaluation.ok()) << (evaluation.ok() ? "" : evaluation.error().message());
  return std::move(evaluation).value();
}

Error refused(std::string_view text, const Bindings& bindings, Date date = kSession) {
  Result<Evaluation> evaluation = evaluate(compiled(text), bindings, reference_parameters(), date);
  EXPECT_FALSE(evaluation.ok());
  return evaluation.ok() ? Error(ErrorCode::kInternal, "") : evaluation.error();
}

TEST(FormulaEvaluateTest, AstreMeasuresTimesTheCostPerMeasure) {
  // SOLIHA: 20 mesures × 2 100 € = 42 000 € (annex 3, l. 743).
  Bindings bindings;
  bindings.set_unit_quantity({Quantity::from_integer(20).value(), QuantityUnit::kMeasures});
  Evaluation evaluation = evaluated("measures * astre_cost_per_measure", bindings);
  EXPECT_EQ(evaluation.amount, Amount::from_euros(42000).value());
  EXPECT_EQ(evaluation.exact, Decimal::from_integer(42000));
  const Explanation& explanation = evaluation.explanation;
  EXPECT_EQ(plain(explanation.equation()), "42 000,00 € = 20 mesures × 2 100,00 €");
  ASSERT_EQ(explanation.parameters.size(), 1u);
  EXPECT_EQ(explanation.parameters[0].name, "astre_cost_per_measure");
  EXPECT_EQ(explanation.parameters[0].start, day(2023, 1, 1));
  EXPECT_TRUE(explanation.caps.empty());
  EXPECT_TRUE(explanation.roundings.empty());
  std::vector<std::string> lines = explanation.lines();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(plain(lines[1]),
            "paramètre astre_cost_per_measure = 2 100,00 € (€ par mesure et par an), valeur en "
            "vigueur depuis le 1er janvier 2023 ; Annexe 3 ; source : pas-de-calais-2023-phase4, "
            "l. 741");
}

TEST(FormulaEvaluateTest, EvictionPreventionDiagnosesSupportsAndExtraWeeks) {
  // Annex 3, operation 7 (l. 909): 150 € a diagnosis, 370 € a short support, 55 € an extra
  // week. 10 diagnoses, 3 supports and 4 extra weeks: 1 500 € + 1 110 € + 220 € = 2 830 €.
  Bindings bindings;
  bindings.set_quantity("diagnoses", Quantity::from_integer(10).value());
  bindings.set_quantity("supports", Quantity::from_integer(3).value());
  bindings.set_quantity("weeks", Quantity::from_integer(4).value());
  Evaluation evaluation = evaluated(
      "diagnoses * eviction_prevention_diagnosis_cost + supports * "
      "eviction_prevention_short_support_cost + weeks * eviction_prevention_extra_week_cost",
      bindings);
  EXPECT_EQ(evaluation.amount, Amount::from_euros(2830).value());
  EXPECT_EQ(plain(evaluation.explanation.equation()),
            "2 830,00 € = 10 diagnostics × 150,00 € + 3 accompagnements ponctuels × 370,00 € + "
            "4 semaines × 55,00 €");
  ASSERT_EQ(evaluation.explanation.parameters.size(), 3u);
  EXPECT_EQ(evaluation.explanation.parameters[0].start, day(2022, 3, 1));
}

TEST(FormulaEvaluateTest, EvictionPreventionWithoutDiagnosesIsNotEvaluated) {
  // The SIAO 62 row (l. 1048) states no number of diagnoses: an error naming the variable.
  Bindings bindings;
  bindings.set_quantity("supports", Quantity::zero());
  bindings.set_quantity("weeks", Quantity::zero());
  Error error = refused(
      "diagnoses * eviction_prevention_diagnosis_cost + supports * "
      "eviction_prevention_short_support_cost + weeks * eviction_prevention_extra_week_cost",
      bindings);
  EXPECT_EQ(error.code(), ErrorCode::kMissingField);
  EXPECT_NE(error.message().find("diagnoses"), std::string::npos) << error.message();
}

TEST(FormulaEvaluateTest, AdslMeasuresPlusTheSegurValuationRoundedToTheEuro) {
  // 15 mesures × 5 000 + round_euro(8,10 ETP × 5 270 €) = 75 000 + 42 687 = 117 687 €.
  Bindings bindings;
  bindings.set_quantity("measures", Quantity::from_integer(15).value());
  bindings.set_quantity("etp", Quantity::from_units(81000));
  for (std::string_view text :
       {"measures * 5000 + round_euro(etp * segur_per_etp)",
        "measures * adsl_cost_per_measure + round_euro(etp * segur_per_etp)"}) {
    SCOPED_TRACE(text);
    Evaluation evaluation = evaluated(text, bindings);
    EXPECT_EQ(evaluation.amount, Amount::from_euros(117687).value());
    const Explanation& explanation = evaluation.explanation;
    ASSERT_EQ(explanation.roundings.size(), 1u);
    EXPECT_EQ(explanation.roundings[0].before, Decimal::from_integer(42687));
    EXPECT_EQ(explanation.roundings[0].rounding, Rounding::kHalfUpToEuro);
    EXPECT_EQ(plain(explanation.intermediate), "75 000,00 € + 42 687,00 €");
  }
  Evaluation literal = evaluated("measures * 5000 + round_euro(etp * segur_per_etp)", bindings);
  EXPECT_EQ(plain(literal.explanation.equation()),
            "117 687,00 € = 15 mesures × 5 000 + round_euro(8,1 ETP × 5 270,00 €)");
  EXPECT_EQ(plain(literal.explanation.roundings[0].text),
            "round_euro(42 687,00 €) = 42 687,00 € (arrondi à l'euro le plus proche)");
}

TEST(FormulaEvaluateTest, SegurValuationOfTwoPointZeroFiveEtp) {
  // 2,05 ETP × 5 270 € = 10 803,50 € exactly; the document prints 10 804 € (l. 817).
  Bindings bindings;
  bindings.set_quantity("etp", Quantity::from_units(20500));
  EXPECT_EQ(evaluated("etp * segur_per_etp", bindings).exact, number("10803.5"));
  Evaluation rounded = evaluated("round_euro(etp * segur_per_etp)", bindings);
  EXPECT_EQ(rounded.amount, Amount::from_euros(10804).value());
  EXPECT_EQ(plain(rounded.explanation.roundings[0].text),
            "round_euro(10 803,50 €) = 10 804,00 € (arrondi à l'euro le plus proche)");
  EXPECT_EQ(evaluated("round_euro_down(etp * segur_per_etp)", bindings).amount,
            Amount::from_euros(10803).value());
}

TEST(FormulaEvaluateTest, InsertionCompanyCapAgainstDirectCosts) {
  // 6 postes × 12 mois × 250 € = 18 000 € (CAB-ESI, l. 996), capped by direct costs + 20 %.
  const char* text =
      "min(posts * 12 * ei_monthly_cap_per_participant, direct_costs * (1 + indirect_rate))";
  Bindings bindings;
  bindings.set_quantity("posts", Quantity::from_integer(6).value());
  bindings.set_amount("direct_costs", Amount::from_euros(20000).value());
  Evaluation capped_by_posts = evaluated(text, bindings);
  EXPECT_EQ(capped_by_posts.amount, Amount::from_euros(18000).value());
  ASSERT_EQ(capped_by_posts.explanation.caps.size(), 1u);
  const CapApplied& cap = capped_by_posts.explanation.caps[0];
  EXPECT_EQ(cap.function, Function::kMin);
  EXPECT_EQ(cap.chosen, 0u);
  EXPECT_EQ(cap.values,
            (std::vector<Decimal>{Decimal::from_integer(18000), Decimal::from_integer(24000)}));
  EXPECT_EQ(plain(cap.text),
            "plafond appliqué : min(18 000,00 €, 24 000,00 €) = 18 000,00 € ; valeur retenue : 1er "
            "argument (6 postes × 12 × 250,00 €)");
  EXPECT_EQ(plain(capped_by_posts.explanation.equation()),
            "18 000,00 € = min(6 postes × 12 × 250,00 €, 20 000,00 € × (1 + 20 %))");
  EXPECT_EQ(capped_by_posts.explanation.parameters.size(), 2u);

  bindings.set_amount("direct_costs", Amount::from_euros(10000).value());
  Evaluation capped_by_costs = evaluated(text, bindings);
  EXPECT_EQ(capped_by_costs.amount, Amount::from_euros(12000).value());
  EXPECT_EQ(capped_by_costs.explanation.caps[0].chosen, 1u);
  EXPECT_NE(plain(capped_by_costs.explanation.caps[0].text)
                .find("valeur retenue : 2e argument (10 000,00 € × (1 + 20 %))"),
            std::string::npos);

  bindings.set_amount("direct_costs", Amount::from_euros(15000).value());
  EXPECT_TRUE(evaluated(text, bindings).explanation.caps[0].all_equal);
}

TEST(FormulaEvaluateTest, MaxIsAFloor) {
  Bindings bindings;
  bindings.set_quantity("places", Quantity::from_integer(3).value());
  Evaluation evaluation = evaluated("max(places * 1000, 5000)", bindings);
  EXPECT_EQ(evaluation.amount, Amount::from_euros(5000).value());
  EXPECT_EQ(plain(evaluation.explanation.caps[0].text),
            "plancher appliqué : max(3 000,00 €, 5 000,00 €) = 5 000,00 € ; valeur retenue : 2e "
            "argument (5 000)");
}

TEST(FormulaEvaluateTest, ArithmeticIsExact) {
  Bindings none;
  EXPECT_EQ(evaluated("0.1 + 0.2", none).exact, number("0.3"));
  EXPECT_EQ(evaluated("if(0.1 + 0.2 == 0.3, 1, 0)", none).exact, number("1"));
  EXPECT_EQ(evaluated("1 / 3 * 3", none).exact, number("1"));
  EXPECT_EQ(evaluated("2.05 * 5270", none).exact, number("10803.5"));
  EXPECT_EQ(evaluated("round_euro(2.05 * 5270)", none).amount, Amount::from_euros(10804).value());
  EXPECT_EQ(evaluated("round_cent(2 / 3)", none).amount, Amount::from_cents(67));
  EXPECT_EQ(evaluated("round_cent_down(2 / 3)", none).amount, Amount::from_cents(66));
}

TEST(FormulaEvaluateTest, TheFinalRoundingIsNamedAndExplained) {
  Bindings none;
  Evaluation evaluation = evaluated("1000 / 3", none);
  EXPECT_EQ(evaluation.amount, Amount::from_cents(33333));
  EXPECT_EQ(evaluation.exact, Decimal::from_fraction(1000, 3).value());
  ASSERT_EQ(evaluation.explanation.roundings.size(), 1u);
  EXPECT_EQ(evaluation.explanation.roundings[0].column, 0);
  EXPECT_EQ(plain(evaluation.explanation.steps.back()),
            "montant retenu : 333,33 € (arrondi au centime le plus proche de 333,333333… €)");
  Result<Evaluation> down =
      evaluate(compiled("2000 / 3"), none, reference_parameters(), kSession, Rounding::kDownToEuro);
  EXPECT_EQ(down->amount, Amount::from_euros(666).value());
}

TEST(FormulaEvaluateTest, OnlyTheChosenBranchIsEvaluated) {
  Bindings bindings;
  bindings.set_quantity("measures", Quantity::zero());
  bindings.set_amount("direct_costs", Amount::from_euros(900).value());
  Evaluation evaluation = evaluated("if(measures > 0, direct_costs / measures, 0)", bindings);
  EXPECT_TRUE(evaluation.exact.is_zero());
  ASSERT_EQ(evaluation.explanation.branches.size(), 1u);
  EXPECT_FALSE(evaluation.explanation.branches[0].condition);
  EXPECT_EQ(plain(evaluation.explanation.branches[0].text),
            "condition fausse (0 mesure > 0) : seconde valeur retenue");
  EXPECT_EQ(plain(evaluation.explanation.equation()), "0,00 € = 0");
  // "and" stops at its first false operand.
  EXPECT_EQ(evaluated("if(measures > 0 and direct_costs / measures > 10, 1, 2)", bindings).exact,
            number("2"));
  bindings.set_quantity("measures", Quantity::from_integer(3).value());
  EXPECT_EQ(evaluated("if(measures > 0, direct_costs / measures, 0)", bindings).exact,
            number("300"));
}

TEST(FormulaEvaluateTest, DivisionByZeroNamesTheColumnAndTheDivisor) {
  Bindings bindings;
  bindings.set_quantity("measures", Quantity::zero());
  bindings.set_amount("direct_costs", Amount::from_euros(900).value());
  Error error = refused("direct_costs / measures", bindings);
  EXPECT_EQ(error.code(), ErrorCode::kDivisionByZero);
  EXPECT_EQ(error.location().column, 14);
  EXPECT_EQ(plain(error.to_string()), "colonne 14 : division par zéro : « 0 mesure » vaut 0");
}

TEST(FormulaEvaluateTest, OverflowIsRefused) {
  Bindings none;
  Error error = refused("100000000000000000000 * 100000000000000000000", none);
  EXPECT_EQ(error.code(), ErrorCode::kArithmeticOverflow);
  EXPECT_EQ(error.location().column, 23);
  Error too_big = refused("100000000000000000000", none);  // 10^20 € does not fit in int64 cents
  EXPECT_EQ(too_big.code(), ErrorCode::kAmountOverflow);
  Error rounding = refused("round_euro(100000000000000000000) * 0", none);
  EXPECT_EQ(rounding.code(), ErrorCode::kAmountOverflow);
  EXPECT_EQ(rounding.location().column, 1);
}

TEST(FormulaEvaluateTest, MissingFactsAndParametersOutOfForceAreErrors) {
  Error missing = refused("places * 10", Bindings());
  EXPECT_EQ(missing.code(), ErrorCode::kMissingField);
  EXPECT_EQ(missing.location().column, 1);
  EXPECT_NE(missing.message().find("« places »"), std::string::npos);

  Bindings bindings;
  bindings.set_quantity("places", Quantity::from_integer(40).value());
  EXPECT_EQ(
      evaluated("places * travel_cost_per_place_intercommunal", bindings, day(2022, 6, 30)).amount,
      Amount::from_euros(400).value());
  Error ended = refused("places * travel_cost_per_place_intercommunal", bindings);
  EXPECT_EQ(ended.code(), ErrorCode::kParameterNotInForce);
  EXPECT_EQ(ended.location().column, 10);
  EXPECT_NE(ended.message().find("2023-09-18"), std::string::npos);
  Error early = refused("places * global_support_cost_per_place", bindings, day(2023, 6, 30));
  EXPECT_EQ(early.code(), ErrorCode::kParameterNotInForce);
}

TEST(FormulaEvaluateTest, TheDateOfEffectChoosesTheParameterVersion) {
  std::vector<Parameter> list = testing_rules::reference_list();
  for (Parameter& parameter : list) {
    if (parameter.name != "segur_per_etp") continue;
    parameter.entries.push_back(testing_rules::entry(
        "2024-01-01", "5 400 €", "La valorisation Ségur correspond à 5 400 € par ETP.", 795));
  }
  ParameterSet parameters = ParameterSet::create(list).value();
  Formula formula =
      Formula::compile("etp * segur_per_etp", FormulaEnvironment::for_awards(parameters).value())
          .value();
  Bindings bindings;
  bindings.set_quantity("etp", Quantity::from_integer(1).value());
  Evaluation in_2023 = evaluate(formula, bindings, parameters, day(2023, 12, 31)).value();
  Evaluation in_2024 = evaluate(formula, bindings, parameters, day(2024, 1, 1)).value();
  EXPECT_EQ(in_2023.amount, Amount::from_euros(5270).value());
  EXPECT_EQ(in_2024.amount, Amount::from_euros(5400).value());
  EXPECT_EQ(in_2023.explanation.parameters[0].version(),
            "valeur en vigueur du 1er janvier 2023 au 31 décembre 2023");
  EXPECT_EQ(in_2024.explanation.parameters[0].start, day(2024, 1, 1));
}

TEST(FormulaEvaluateTest, TheCanonicalTextEvaluatesAlike) {
  Bindings bindings;
  bindings.set_quantity("posts", Quantity::from_integer(6).value());
  bindings.set_amount("direct_costs", Amount::from_euros(20000).value());
  const char* text =
      "min(posts*12*ei_monthly_cap_per_participant,direct_costs*(1+indirect_rate))-(-(1))";
  Formula formula = compiled(text);
  EXPECT_EQ(evaluated(text, bindings).exact, evaluated(formula.canonical_text(), bindings).exact);
}

}  // namespace
}  // namespace octroi
