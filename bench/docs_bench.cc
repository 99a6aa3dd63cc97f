// Documents: filling the standard agreement of the reference (Le Cheval Bleu)
// from data/templates/agreement.docx, one and a thousand at a time, the way
// `octroi docs agreement` and the web API do (template bytes already read).
// The peer is docxtemplater (npm) filling the same template with the same
// values: bench/docxtemplater_bench.js, which runs this one
// first and prints the ratio (bench/README.md).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include <benchmark/benchmark.h>

#include "docs/docs.h"
#include "docs/document_data.h"
#include "docs/template_engine.h"
#include "import/import.h"

namespace {

std::filesystem::path source_dir() { return OCTROI_SOURCE_DIR; }

// The values as JSON (texts as strings, lists as arrays of objects), for the
// docxtemplater peer to fill the same template with the same data.
nlohmann::json to_json(const octroi::docs::TemplateData& data) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [name, value] : data.values) out[name] = value;
  for (const auto& [name, records] : data.lists) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& record : records) list.push_back(to_json(record));
    out[name] = list;
  }
  return out;
}

struct Agreement {
  octroi::docs::TemplateData data;
  std::string template_bytes;
};

const Agreement& reference_agreement() {
  static const Agreement agreement = [] {
    auto dataset = *octroi::load_dataset(source_dir() / "data" / "pas-de-calais-2023-phase4");
    auto parameters = *octroi::ParameterSet::create(
        *octroi::load_parameters(source_dir() / "data" / "parameters"));
    std::string slug;
    Agreement out{*octroi::docs::agreement_data(dataset, parameters, *dataset.session.date.value,
                                                "cheval-bleu", slug),
                  {}};
    std::ifstream file(source_dir() / "data" / "templates" / "agreement.docx", std::ios::binary);
    out.template_bytes.assign(std::istreambuf_iterator<char>(file),
                              std::istreambuf_iterator<char>());
    if (const char* json = std::getenv("OCTROI_DOCS_BENCH_JSON"); json != nullptr) {
      std::ofstream(json) << to_json(out.data).dump(2) << "\n";
    }
    return out;
  }();
  return agreement;
}

void BM_FillAgreementDocx(benchmark::State& state) {
  const Agreement& agreement = reference_agreement();
  for (auto _ : state) {
    auto bytes =
        octroi::docs::fill_template(agreement.template_bytes, "agreement.docx", agreement.data);
    if (!bytes.ok()) state.SkipWithError(bytes.error().to_string().c_str());
    benchmark::DoNotOptimize(bytes);
  }
}
BENCHMARK(BM_FillAgreementDocx)->Unit(benchmark::kMicrosecond);

// The figure: 1 000 agreements from one DOCX template.
void BM_ThousandAgreementsDocx(benchmark::State& state) {
  const Agreement& agreement = reference_agreement();
  for (auto _ : state) {
    for (int i = 0; i < 1000; ++i) {
      auto bytes =
          octroi::docs::fill_template(agreement.template_bytes, "agreement.docx", agreement.data);
      if (!bytes.ok()) state.SkipWithError(bytes.error().to_string().c_str());
      benchmark::DoNotOptimize(bytes);
    }
  }
}
BENCHMARK(BM_ThousandAgreementsDocx)->Unit(benchmark::kMillisecond);

// The whole request: programme values, template read from disk, filled.
void BM_RenderAgreementDocx(benchmark::State& state) {
  static const auto dataset =
      *octroi::load_dataset(source_dir() / "data" / "pas-de-calais-2023-phase4");
  static const auto parameters =
      *octroi::ParameterSet::create(*octroi::load_parameters(source_dir() / "data" / "parameters"));
  for (auto _ : state) {
    auto document =
        octroi::docs::render_document(dataset, parameters, *dataset.session.date.value,
                                      {octroi::docs::DocumentKind::kAgreement,
                                       octroi::docs::DocumentFormat::kDocx, "cheval-bleu"},
                                      source_dir() / "data" / "templates");
    if (!document.ok()) state.SkipWithError(document.error().to_string().c_str());
    benchmark::DoNotOptimize(document);
  }
}
BENCHMARK(BM_RenderAgreementDocx)->Unit(benchmark::kMicrosecond);

}  // namespace
