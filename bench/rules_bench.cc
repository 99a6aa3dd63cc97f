// Funding rules on 100 000 awards (issue 5): the 1 000 generated programmes of
// 100 awards each (bench/scale/scale_generator.h) evaluated with the formula
// language, against a hand-written loop computing the same products in int64
// cents (the peer: the floor an interpreted, exact, explained formula can
// approach). Time per award is the figure to read; the setup checks once that
// the formula language and the peer find the same expected amounts.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench/scale/scale_generator.h"
#include "rules/rules.h"
#include "service/explain_programme.h"

namespace {

constexpr int kProgrammes = 1000;
constexpr int kAwardsPerProgramme = 100;
constexpr std::int64_t kAwards = std::int64_t{kProgrammes} * kAwardsPerProgramme;

// The unit costs the peer multiplies by, in cents, read once from the parameters.
struct PeerCosts {
  std::int64_t global_support_per_place = 0;
  std::int64_t specific_support_per_place = 0;
  std::int64_t insertion_company_cap = 0;
  std::int64_t astre_per_measure = 0;
  std::int64_t adsl_per_measure = 0;
  std::int64_t vial_per_measure = 0;
  std::int64_t envaul_per_measure = 0;
  std::int64_t segur_per_etp = 0;
};

struct Corpus {
  std::vector<octroi::ProgrammeDataset> programmes;
  octroi::ParameterSet parameters;
  octroi::Date date_of_effect = octroi::Date::from_days(0);
  octroi::OperationFormulas formulas;  // compiled once: every programme has the reference's
  PeerCosts costs;
  std::string error;  // set when the setup failed
};

std::int64_t cents_of(const octroi::ParameterSet& parameters, const char* name, octroi::Date date) {
  auto value = parameters.value_at(name, date);
  if (!value.ok()) return -1;
  auto amount = value->value.to_amount(octroi::Rounding::kHalfUpToCent);
  return amount.ok() ? amount->cents() : -1;
}

// quantity units (1/10 000) × cents, rounded half up to the cent (non-negative).
std::int64_t times_units(std::int64_t units, std::int64_t cents) {
  return (units * cents + octroi::Quantity::kScale / 2) / octroi::Quantity::kScale;
}

// The peer: the operation's formula written by hand. -1 when the operation has
// no formula or the row lacks the quantity the formula needs.
std::int64_t peer_expected_cents(const octroi::AnnexRow& row, const PeerCosts& costs) {
  std::int64_t places = -1;
  std::int64_t posts = -1;
  std::int64_t measures = -1;
  std::int64_t accompaniments = -1;
  std::int64_t etp = -1;
  for (const octroi::PrintedQuantity& quantity : row.quantities) {
    if (!quantity.domain_unit || !quantity.quantity.value) continue;
    const std::int64_t units = quantity.quantity.value->units();
    switch (*quantity.domain_unit) {
      case octroi::QuantityUnit::kPlaces:
        places = units;
        break;
      case octroi::QuantityUnit::kPosts:
        posts = units;
        break;
      case octroi::QuantityUnit::kMeasures:
        measures = units;
        break;
      case octroi::QuantityUnit::kAccompaniments:
        accompaniments = units;
        break;
      case octroi::QuantityUnit::kFullTimeEquivalents:
        etp = units;
        break;
      default:
        break;
    }
  }
  constexpr std::int64_t kHalf = octroi::Quantity::kScale / 2;
  switch (row.theme * 100 + row.operation) {
    case 105:  // places * global_support_cost_per_place
      return places < 0 ? -1 : times_units(places, costs.global_support_per_place);
    case 106:  // places * specific_support_cost_per_place
      return places < 0 ? -1 : times_units(places, costs.specific_support_per_place);
    case 205:  // posts * 12 * insertion_company_cap_per_participant_month
      return posts < 0 ? -1 : times_units(posts * 12, costs.insertion_company_cap);
    case 301:  // measures * astre_cost_per_measure
      return measures < 0 ? -1 : times_units(measures, costs.astre_per_measure);
    case 303:  // accompaniments * adsl_cost_per_measure + etp * segur_per_etp
      if (accompaniments < 0 || etp < 0) return -1;
      return (accompaniments * costs.adsl_per_measure + etp * costs.segur_per_etp + kHalf) /
             octroi::Quantity::kScale;
    case 304:  // accompaniments * vial_cost_per_measure + etp * segur_per_etp, etp 0 when absent
      if (accompaniments < 0) return -1;
      return (accompaniments * costs.vial_per_measure + (etp < 0 ? 0 : etp) * costs.segur_per_etp +
              kHalf) /
             octroi::Quantity::kScale;
    case 305:  // accompaniments * envaul_cost_per_measure
      return accompaniments < 0 ? -1 : times_units(accompaniments, costs.envaul_per_measure);
    default:  // t3-o7 (eviction prevention) too: no row can state diagnoses, supports or weeks
      return -1;
  }
}

Corpus build_corpus() {
  Corpus corpus;
  const std::filesystem::path reference =
      std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "pas-de-calais-2023-phase4";
  auto generator = octroi::bench::ScaleGenerator::create(reference, kAwardsPerProgramme);
  if (!generator.ok()) {
    corpus.error = generator.error().to_string();
    return corpus;
  }
  auto parameters = octroi::ParameterSet::create(generator->reference().parameters);
  if (!parameters.ok()) {
    corpus.error = parameters.error().to_string();
    return corpus;
  }
  corpus.parameters = std::move(*parameters);
  corpus.date_of_effect = generator->date_of_effect();
  auto formulas = octroi::compile_operation_formulas(generator->reference(), corpus.parameters);
  if (!formulas.ok()) {
    corpus.error = formulas.error().to_string();
    return corpus;
  }
  corpus.formulas = std::move(*formulas);
  const octroi::Date date = corpus.date_of_effect;
  const octroi::ParameterSet& set = corpus.parameters;
  corpus.costs = PeerCosts{cents_of(set, "global_support_cost_per_place", date),
                           cents_of(set, "specific_support_cost_per_place", date),
                           cents_of(set, "insertion_company_cap_per_participant_month", date),
                           cents_of(set, "astre_cost_per_measure", date),
                           cents_of(set, "adsl_cost_per_measure", date),
                           cents_of(set, "vial_cost_per_measure", date),
                           cents_of(set, "envaul_cost_per_measure", date),
                           cents_of(set, "segur_per_etp", date)};
  corpus.programmes.reserve(kProgrammes);
  for (int index = 0; index < kProgrammes; ++index) {
    corpus.programmes.push_back(generator->programme(index));
  }

  // The two ways must agree, award by award, before either is timed.
  std::int64_t evaluated = 0;
  for (const octroi::ProgrammeDataset& programme : corpus.programmes) {
    for (const octroi::AnnexRow& row : programme.rows) {
      auto language = octroi::evaluate_award(programme, corpus.formulas, row, corpus.parameters,
                                             corpus.date_of_effect);
      const std::int64_t peer = peer_expected_cents(row, corpus.costs);
      const std::int64_t expected =
          language && language->evaluation ? language->evaluation->amount.cents() : -1;
      if (expected != peer) {
        corpus.error = "le pair et le langage de formules divergent sur " + row.award.id.key() +
                       " : " + std::to_string(expected) + " / " + std::to_string(peer);
        return corpus;
      }
      if (expected >= 0) ++evaluated;
    }
  }
  if (evaluated == 0) corpus.error = "aucune formule évaluée";
  return corpus;
}

const Corpus& corpus() {
  static const Corpus built = build_corpus();
  return built;
}

void report(benchmark::State& state, std::int64_t evaluated) {
  // Time per award (every award of the 100 000, with a formula or not).
  state.counters["per_award"] = benchmark::Counter(
      static_cast<double>(kAwards),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  // Time per formula evaluated (the awards whose operation has one, and whose row states
  // the quantities it needs): the figure that grows with the number of ruled awards.
  state.counters["per_formula"] = benchmark::Counter(
      static_cast<double>(evaluated),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.counters["formulas"] = static_cast<double>(evaluated);
}

// The use case `octroi explain` runs, programme by programme: compile the
// operations' formulas, bind each row, evaluate exactly, build the explanation
// (substituted formula, parameters and versions), compare with the amount retained.
void BM_ExplainProgrammes100k(benchmark::State& state) {
  const Corpus& data = corpus();
  if (!data.error.empty()) {
    state.SkipWithError(data.error.c_str());
    return;
  }
  std::int64_t evaluated = 0;
  for ([[maybe_unused]] auto _ : state) {
    evaluated = 0;
    for (const octroi::ProgrammeDataset& programme : data.programmes) {
      auto explanation = octroi::explain_programme(programme, data.parameters, data.date_of_effect);
      if (!explanation.ok()) {
        state.SkipWithError(explanation.error().to_string().c_str());
        return;
      }
      evaluated += explanation->following_rule + explanation->differing;
      benchmark::DoNotOptimize(explanation);
    }
  }
  report(state, evaluated);
}
BENCHMARK(BM_ExplainProgrammes100k)->Unit(benchmark::kMillisecond);

// The same without the use case around it: formulas compiled once, each row
// bound and evaluated (exact value, rounding, explanation).
void BM_EvaluateAwards100k(benchmark::State& state) {
  const Corpus& data = corpus();
  if (!data.error.empty()) {
    state.SkipWithError(data.error.c_str());
    return;
  }
  std::int64_t evaluated = 0;
  for ([[maybe_unused]] auto _ : state) {
    evaluated = 0;
    for (const octroi::ProgrammeDataset& programme : data.programmes) {
      for (const octroi::AnnexRow& row : programme.rows) {
        auto result = octroi::evaluate_award(programme, data.formulas, row, data.parameters,
                                             data.date_of_effect);
        if (result && result->evaluation) ++evaluated;
        benchmark::DoNotOptimize(result);
      }
    }
  }
  report(state, evaluated);
}
BENCHMARK(BM_EvaluateAwards100k)->Unit(benchmark::kMillisecond);

// The peer: the same products over the same rows, written by hand in int64 cents.
void BM_PeerHandWrittenInt64Loop100k(benchmark::State& state) {
  const Corpus& data = corpus();
  if (!data.error.empty()) {
    state.SkipWithError(data.error.c_str());
    return;
  }
  std::int64_t evaluated = 0;
  for ([[maybe_unused]] auto _ : state) {
    evaluated = 0;
    std::int64_t total = 0;
    for (const octroi::ProgrammeDataset& programme : data.programmes) {
      for (const octroi::AnnexRow& row : programme.rows) {
        const std::int64_t cents = peer_expected_cents(row, data.costs);
        if (cents >= 0) {
          total += cents;
          ++evaluated;
        }
      }
    }
    benchmark::DoNotOptimize(total);
  }
  report(state, evaluated);
}
BENCHMARK(BM_PeerHandWrittenInt64Loop100k)->Unit(benchmark::kMillisecond);

}  // namespace
