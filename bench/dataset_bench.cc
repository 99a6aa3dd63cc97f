// Loading the reference programme (ten YAML files, 89 rows, every printed
// text verified against the 128 KB source document), against yaml-cpp alone
// parsing the same files (the peer: the floor for any YAML-based loader).
#include <filesystem>
#include <yaml-cpp/yaml.h>

#include <benchmark/benchmark.h>

#include "import/dataset_source.h"
#include "import/import.h"
#include "service/annex_table.h"

namespace {

const std::filesystem::path kReference =
    std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "pas-de-calais-2023-phase4";

const octroi::DatasetSource& reference_source() {
  static const octroi::DatasetSource source = *octroi::read_dataset_source(kReference);
  return source;
}

void BM_LoadReferenceDataset(benchmark::State& state) {
  const auto& source = reference_source();
  for (auto _ : state) {
    auto dataset = octroi::load_dataset(source);
    if (!dataset.ok()) state.SkipWithError(dataset.error().to_string().c_str());
    benchmark::DoNotOptimize(dataset);
  }
}
BENCHMARK(BM_LoadReferenceDataset)->Unit(benchmark::kMillisecond);

void BM_PeerYamlCppParseOnly(benchmark::State& state) {
  const auto& source = reference_source();
  for (auto _ : state) {
    for (const auto& [name, content] : source.files) {
      if (!name.ends_with(".yaml")) continue;
      YAML::Node node = YAML::Load(content);
      benchmark::DoNotOptimize(node);
    }
  }
}
BENCHMARK(BM_PeerYamlCppParseOnly)->Unit(benchmark::kMillisecond);

void BM_BuildAnnexTable(benchmark::State& state) {
  auto dataset = octroi::load_dataset(reference_source());
  std::vector<octroi::AnnexLine> lines;
  for (const auto& row : dataset->rows) {
    lines.push_back(octroi::AnnexLine{row.theme, "", row.award.operation.key(), row.operation, "",
                                      "", row.award.organisation.key(), row.award.description,
                                      row.award.amount, ""});
  }
  for (auto _ : state) {
    auto table = octroi::build_annex_table(lines);
    benchmark::DoNotOptimize(table);
  }
}
BENCHMARK(BM_BuildAnnexTable)->Unit(benchmark::kMicrosecond);

}  // namespace
