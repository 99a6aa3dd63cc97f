// ScaleGenerator: the reference programme copied and varied (see the header).
#include "bench/scale/scale_generator.h"

#include <algorithm>
#include <fmt/format.h>
#include <utility>
#include <vector>

#include "import/dataset_source.h"
#include "import/import.h"
#include "money/format.h"

namespace octroi::bench {
namespace {

// Room between two reference positions for the copies inserted after a row.
constexpr int kPositionSpread = 16;

// cents × numerator / denominator, rounded half up (amounts are never negative here).
std::int64_t scaled_cents(std::int64_t cents, std::int64_t numerator, std::int64_t denominator) {
  return (cents * numerator * 2 + denominator) / (2 * denominator);
}

// "50 places d'accompagnement" -> "53 places d'accompagnement" when it starts with `before`.
void replace_leading_number(std::string& text, const std::string& before,
                            const std::string& after) {
  if (text.starts_with(before + " ") || text == before) text.replace(0, before.size(), after);
}

void set_amount(AnnexRow& row, Amount amount) {
  row.award.amount = amount;
  row.amount.value = amount;
  row.amount.text = format_amount(amount);
}

// Moves an integer quantity of at least 4 by `delta` and the amount with it;
// false when the row has no such quantity.
bool vary_quantity(AnnexRow& row, int delta) {
  if (!row.award.quantity || !row.amount.value) return false;
  const Quantity before = row.award.quantity->value;
  if (!before.is_integer() || before.units() < 4 * Quantity::kScale) return false;
  const Quantity after = Quantity::from_units(before.units() + delta * Quantity::kScale);
  const std::string before_text = std::to_string(before.units() / Quantity::kScale);
  const std::string after_text = std::to_string(after.units() / Quantity::kScale);
  row.award.quantity->value = after;
  for (PrintedQuantity& printed : row.quantities) {
    if (printed.quantity.value != before) continue;
    printed.quantity.value = after;
    printed.quantity.text = after_text;
    break;
  }
  replace_leading_number(row.award.description, before_text, after_text);
  if (row.description) replace_leading_number(*row.description, before_text, after_text);
  set_amount(row, Amount::from_cents(
                      scaled_cents(row.amount.value->cents(), after.units(), before.units())));
  return true;
}

void vary_amount(AnnexRow& row, int percent) {
  if (!row.amount.value) return;
  set_amount(row, Amount::from_cents(scaled_cents(row.amount.value->cents(), 100 + percent, 100)));
}

}  // namespace

ScaleGenerator::ScaleGenerator(ProgrammeDataset reference, DatasetSource source,
                               Date date_of_effect, int awards_per_programme)
    : reference_(std::move(reference)),
      source_(std::move(source)),
      date_of_effect_(date_of_effect),
      awards_per_programme_(awards_per_programme) {}

Result<ScaleGenerator> ScaleGenerator::create(const std::filesystem::path& reference_folder,
                                              int awards_per_programme) {
  OCTROI_TRY(ProgrammeDataset full, load_dataset(reference_folder));
  OCTROI_TRY(DatasetSource source, read_dataset_source(reference_folder));
  if (awards_per_programme < static_cast<int>(full.rows.size())) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("au moins {} attributions par programme (celles de la référence)",
                             full.rows.size()));
  }
  if (!full.session.date.value) {
    return Error(ErrorCode::kMissingField, "date de la séance absente : date d'effet inconnue");
  }
  ProgrammeDataset annex;
  annex.programme = full.programme;
  annex.themes = full.themes;
  annex.operations = full.operations;
  annex.organisations = full.organisations;
  annex.annex = full.annex;
  annex.sections = full.sections;
  annex.rows = full.rows;
  annex.totals = full.totals;
  annex.parameters = full.parameters;
  return ScaleGenerator(std::move(annex), std::move(source), *full.session.date.value,
                        awards_per_programme);
}

std::string ScaleGenerator::programme_id(int index) const {
  return fmt::format("{}-scale-{:04d}", reference_.programme.programme.id.key(), index);
}

ProgrammeDataset ScaleGenerator::programme(int index) const {
  ProgrammeDataset dataset = reference_;
  Programme& programme = dataset.programme.programme;
  programme.id = ProgrammeId(programme_id(index));
  programme.year = 2019 + index % 8;
  programme.phase = 1 + (index / 8) % 4;
  programme.title = fmt::format("{} — PROGRAMME D'ESSAI N° {}", programme.title, index + 1);

  // The reference rows, then copies of some of them, each placed after its original.
  const int reference_count = static_cast<int>(reference_.rows.size());
  std::vector<std::pair<int, AnnexRow>> placed;
  placed.reserve(awards_per_programme_);
  for (const AnnexRow& row : reference_.rows) placed.emplace_back(row.order * kPositionSpread, row);
  std::vector<int> copies_of(reference_count, 0);
  for (int copy = 0; reference_count + copy < awards_per_programme_; ++copy) {
    const int original = (index * 13 + copy * 8) % reference_count;
    const int slot = ++copies_of[original];
    AnnexRow row = reference_.rows[original];
    row.award.id = AwardId(fmt::format("{}-c{}", row.award.id.key(), slot));
    placed.emplace_back(row.order * kPositionSpread + slot % kPositionSpread, std::move(row));
  }
  std::stable_sort(placed.begin(), placed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  dataset.rows.clear();
  for (auto& [position, row] : placed) {
    const int row_index = static_cast<int>(dataset.rows.size());
    row.order = position;
    if (!vary_quantity(row, (index * 37 + row_index * 11) % 7 - 3)) {
      vary_amount(row, (index * 13 + row_index * 7) % 21 - 10);
    }
    dataset.rows.push_back(std::move(row));
  }
  for (DeclaredTotal& total : dataset.totals) total.order *= kPositionSpread;
  return dataset;
}

DatasetSource ScaleGenerator::source(int index) const {
  DatasetSource source = source_;
  const std::string id = programme_id(index);
  source.origin = id;
  auto programme_file = source.files.find("programme.yaml");
  if (programme_file != source.files.end()) {
    std::string& text = programme_file->second;
    const std::string before = "id: " + reference_.programme.programme.id.key() + "\n";
    if (auto at = text.find(before); at != std::string::npos) {
      text.replace(at, before.size(), "id: " + id + "\n");
    }
  }
  source.digest = digest_files(source.files);
  return source;
}

}  // namespace octroi::bench
