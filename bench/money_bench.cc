// Parsing and formatting amounts, against std::from_chars reading the same
// digits as a plain integer (the peer: the least any amount parser must do).
#include <charconv>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "money/format.h"
#include "money/parse.h"

namespace {

// The forms of the reference document, repeated.
const std::vector<std::string>& french_amounts() {
  static const std::vector<std::string> amounts = {
      "8 000,00 €",  "42 000 €",       "86 453.34 €", "1 545 780,28",
      "16 137,96 €", "1 614 364,36 €", "6 875€",      "121 416,67 €",
      "25 472,50 €", "3 519 492,87 €", "63 914,00 €", "0,00 €"};
  return amounts;
}

// The same values as bare integers of cents, for the peer.
const std::vector<std::string>& integer_cents() {
  static const std::vector<std::string> cents = {"800000",  "4200000",   "8645334", "154578028",
                                                 "1613796", "161436436", "687500",  "12141667",
                                                 "2547250", "351949287", "6391400", "0"};
  return cents;
}

void BM_ParseAmount(benchmark::State& state) {
  const auto& amounts = french_amounts();
  std::size_t index = 0;
  for (auto _ : state) {
    auto amount = octroi::parse_amount(amounts[index]);
    benchmark::DoNotOptimize(amount);
    index = (index + 1) % amounts.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseAmount);

void BM_PeerFromCharsInteger(benchmark::State& state) {
  const auto& cents = integer_cents();
  std::size_t index = 0;
  for (auto _ : state) {
    long long value = 0;
    const std::string& text = cents[index];
    auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    benchmark::DoNotOptimize(result);
    benchmark::DoNotOptimize(value);
    index = (index + 1) % cents.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PeerFromCharsInteger);

void BM_FormatAmount(benchmark::State& state) {
  std::int64_t cents = 161436436;
  for (auto _ : state) {
    std::string text = octroi::format_amount(octroi::Amount::from_cents(cents));
    benchmark::DoNotOptimize(text);
    cents += 7;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FormatAmount);

void BM_PeerToStringInteger(benchmark::State& state) {
  std::int64_t cents = 161436436;
  for (auto _ : state) {
    std::string text = std::to_string(cents);
    benchmark::DoNotOptimize(text);
    cents += 7;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PeerToStringInteger);

}  // namespace
