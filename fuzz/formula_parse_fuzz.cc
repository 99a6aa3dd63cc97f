// libFuzzer target for the formula language: arbitrary text is compiled
// against a fixed environment (the award variables and a few parameters) and,
// when it compiles, evaluated on fixed facts. Nothing may crash, overflow the
// stack (deep nesting must be refused with an error) or hang; every refusal
// must carry a printable message and a column inside the text; the canonical
// text of a formula must compile back to itself and evaluate alike.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/parameter.h"
#include "fuzz_support.h"
#include "rules/rules.h"

namespace octroi {
namespace {

using fuzz::check;
using fuzz::is_utf8;

// Characters as the formula errors count them (bytes that do not continue a sequence).
int characters(std::string_view text) {
  int count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

void check_message(const Error& error) {
  check(!error.message().empty());
  check(is_utf8(error.message()));
  check(error.message().size() < 4096);
}

Parameter money_parameter(std::string name, std::string unit, std::int64_t cents, bool with_end) {
  Parameter parameter;
  parameter.name = std::move(name);
  parameter.description = "paramètre du fuzz";
  parameter.unit = std::move(unit);
  ParameterEntry entry{.start = Date::create(2023, 1, 1).value()};
  if (parameter.unit == "rate") {
    entry.rate = Rate::from_millionths(cents);
  } else {
    entry.amount = Amount::from_cents(cents);
  }
  entry.printed = "valeur";
  entry.quote = "valeur";
  entry.source = ParameterSource{"fuzz", {1, 1}};
  parameter.entries.push_back(entry);
  if (with_end) {
    parameter.entries.push_back(
        ParameterEntry{.start = Date::create(2023, 6, 1).value(), .ends_validity = true});
  }
  parameter.reference.title = "fuzz";
  return parameter;
}

struct Fixture {
  ParameterSet parameters;
  FormulaEnvironment environment;
  Bindings bindings;
  Date date = Date::create(2023, 9, 18).value();

  Fixture() {
    parameters =
        ParameterSet::create(
            {
                money_parameter("segur_per_etp", "euro_per_etp", 527000, false),
                money_parameter("astre_cost_per_measure", "euro_per_measure", 210000, false),
                money_parameter("indirect_rate", "rate", 200000, false),
                money_parameter("ended_cost", "euro", 1000, true),
            })
            .value();
    environment = FormulaEnvironment::for_awards(parameters).value();
    std::int64_t units = 0;
    for (const VariableDeclaration& variable : standard_award_variables()) {
      // Varied facts, one of them zero so that divisions by zero happen.
      bindings.set(variable.name, Decimal::from_fraction(units * 7 - 3, 4).value());
      ++units;
    }
    bindings.set("measures", Decimal());
  }
};

const Fixture& fixture() {
  static const Fixture* instance = new Fixture();
  return *instance;
}

void check_evaluation(const Result<Evaluation>& evaluation) {
  if (!evaluation.ok()) {
    check_message(evaluation.error());
    ErrorCode code = evaluation.error().code();
    check(code == ErrorCode::kDivisionByZero || code == ErrorCode::kArithmeticOverflow ||
          code == ErrorCode::kAmountOverflow || code == ErrorCode::kParameterNotInForce ||
          code == ErrorCode::kMissingField);
    return;
  }
  // The amount is the exact value rounded to the cent: within half a cent of it
  // (compared with <=>, which never overflows, unlike a subtraction).
  Int128 cents = evaluation->amount.cents();
  check(Decimal::from_fraction(cents * 2 - 1, 200).value() <= evaluation->exact);
  check(evaluation->exact <= Decimal::from_fraction(cents * 2 + 1, 200).value());
  for (const std::string& line : evaluation->explanation.lines()) check(is_utf8(line));
}

void run(std::string_view text) {
  const Fixture& f = fixture();

  Result<Formula> formula = Formula::compile(text, f.environment);
  if (!formula.ok()) {
    check_message(formula.error());
    ErrorCode code = formula.error().code();
    check(code == ErrorCode::kFormulaSyntax || code == ErrorCode::kFormulaUnknownName ||
          code == ErrorCode::kFormulaType);
    int column = formula.error().location().column;
    check(column >= 1 && column <= characters(text) + 1);
    return;
  }

  // The canonical text compiles to the same canonical text.
  std::string canonical = formula->canonical_text();
  Result<Formula> again = Formula::compile(canonical, f.environment);
  check(again.ok());
  check(again->canonical_text() == canonical);

  Result<Evaluation> evaluation = evaluate(*formula, f.bindings, f.parameters, f.date);
  check_evaluation(evaluation);
  Result<Evaluation> canonical_evaluation = evaluate(*again, f.bindings, f.parameters, f.date);
  check(canonical_evaluation.ok() == evaluation.ok());
  if (evaluation.ok()) {
    check(canonical_evaluation->exact == evaluation->exact);
    check(canonical_evaluation->amount == evaluation->amount);
  } else {
    check(canonical_evaluation.error().code() == evaluation.error().code());
  }
}

}  // namespace
}  // namespace octroi

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  octroi::run(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
