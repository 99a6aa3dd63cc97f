// The reference programme (data/pas-de-calais-2023-phase4) loads without
// error, with its 89 award rows in printed order, and every declared total
// equals the sum of the rows it covers, to the cent.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "import/import.h"
#include "money/format.h"
#include "money/parse.h"

namespace octroi {
namespace {

const std::filesystem::path kReference =
    std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "pas-de-calais-2023-phase4";

const ProgrammeDataset& reference() {
  static const ProgrammeDataset dataset = [] {
    Result<ProgrammeDataset> loaded = load_dataset(kReference);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error().to_string();
      return ProgrammeDataset{};
    }
    return std::move(loaded).value();
  }();
  return dataset;
}

Amount amount(std::string_view text) {
  Result<Amount> parsed = parse_amount(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.ok() ? *parsed : Amount::zero();
}

TEST(ReferenceDataset, LoadsAndVerifiesItsDocument) {
  Result<ProgrammeDataset> loaded = load_dataset(kReference);
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(loaded->programme.programme.id.key(), "pas-de-calais-2023-phase4");
  EXPECT_EQ(loaded->programme.programme.year, 2023);
  EXPECT_EQ(loaded->programme.programme.phase, 4);
  EXPECT_TRUE(loaded->programme.document.verified);
  EXPECT_EQ(loaded->programme.document.lines, 1534);
}

TEST(ReferenceDataset, LoadsTheSameFromMemory) {
  Result<DatasetSource> source = read_dataset_source(kReference);
  ASSERT_TRUE(source.ok()) << source.error().to_string();
  Result<ProgrammeDataset> loaded = load_dataset(*source);
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_EQ(loaded->rows.size(), reference().rows.size());
  for (std::size_t i = 0; i < loaded->rows.size(); ++i) {
    EXPECT_EQ(loaded->rows[i].award.id, reference().rows[i].award.id);
    EXPECT_EQ(loaded->rows[i].amount.text, reference().rows[i].amount.text);
  }
  EXPECT_TRUE(loaded->parameters.empty());  // not read from memory
}

TEST(ReferenceDataset, CarriesTheParametersOfItsSiblingFolder) {
  EXPECT_EQ(reference().parameters.size(), 16U);
  ASSERT_NE(reference().find_parameter("segur_per_etp"), nullptr);
}

TEST(ReferenceDataset, HasTheRowsOfEachOperationInPrintedOrder) {
  const std::map<int, std::vector<int>> expected = {
      {1, {24, 5, 1, 2, 1, 1, 2}},
      {2, {8, 1, 6, 2, 1, 1, 3, 4, 6, 2, 2, 1}},
      {3, {1, 2, 6, 3, 2, 1, 1}},
  };
  std::map<int, std::vector<int>> counted;
  int previous_order = -1;
  for (const AnnexRow& row : reference().rows) {
    auto& counts = counted[row.theme];
    if (counts.size() < static_cast<std::size_t>(row.operation)) counts.resize(row.operation, 0);
    ++counts[row.operation - 1];
    EXPECT_GT(row.order, previous_order) << row.award.id.key();
    previous_order = row.order;
    EXPECT_EQ(row.award.operation.key(),
              "t" + std::to_string(row.theme) + "-o" + std::to_string(row.operation));
  }
  EXPECT_EQ(counted, expected);
  EXPECT_EQ(reference().rows.size(), 89U);
  EXPECT_EQ(reference().operations.size(), 26U);
  EXPECT_EQ(reference().themes.size(), 3U);
}

TEST(ReferenceDataset, HasFourRefusalsAtZero) {
  int refusals = 0;
  for (const AnnexRow& row : reference().rows) {
    ASSERT_TRUE(row.amount.value.has_value()) << row.award.id.key();
    if (row.award.is_refusal()) {
      ++refusals;
      EXPECT_EQ(row.amount.text, "0,00 €");
    }
  }
  EXPECT_EQ(refusals, 4);
}

TEST(ReferenceDataset, DeclaresEveryPrintedTotal) {
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"t1-o1-subtotal-1", "86 453,34 €"}, {"t1-o1-subtotal-2", "25 472,50 €"},
      {"t1-o1-total", "111 925,84 €"},     {"t1-o2-total", "278 763,67 €"},
      {"t1-o3-total", "100 800,00 €"},     {"t1-o4-total", "101 764,00 €"},
      {"t1-o5-total", "6 875,00 €"},       {"t1-o6-total", "115 000,00 €"},
      {"t1-o7-total", "68 000,00 €"},      {"t1-total", "783 128,51 €"},
      {"t2-o1-total", "675 804,00 €"},     {"t2-o2-total", "16 137,96 €"},
      {"t2-o3-total", "183 900,00 €"},     {"t2-o4-total", "100 000,00 €"},
      {"t2-o5-total", "18 000,00 €"},      {"t2-o6-total", "72 000,00 €"},
      {"t2-o7-total", "103 000,00 €"},     {"t2-o8-total", "177 000,00 €"},
      {"t2-o9-total", "80 382,40 €"},      {"t2-o10-total", "57 000,00 €"},
      {"t2-o11-total", "111 140,00 €"},    {"t2-o12-total", "20 000,00 €"},
      {"t2-total", "1 614 364,36 €"},      {"t3-o1-total", "42 000,00 €"},
      {"t3-o2-total", "107 072,00 €"},     {"t3-o3-total", "434 636,00 €"},
      {"t3-o4-total", "294 378,00 €"},     {"t3-o5-total", "160 000,00 €"},
      {"t3-o6-total", "20 000,00 €"},      {"t3-o7-total", "63 914,00 €"},
      {"t3-total", "1 122 000,00 €"},
  };
  ASSERT_EQ(reference().totals.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const DeclaredTotal& total = reference().totals[i];
    EXPECT_EQ(total.id, expected[i].first);
    EXPECT_EQ(total.amount.text, expected[i].second) << total.id;
    ASSERT_TRUE(total.amount.value.has_value()) << total.id;
    EXPECT_EQ(*total.amount.value, amount(expected[i].second)) << total.id;
  }
}

TEST(ReferenceDataset, EveryDeclaredTotalEqualsTheSumOfTheRowsItCovers) {
  for (const DeclaredTotal& total : reference().totals) {
    ASSERT_FALSE(total.covered.empty()) << total.id;
    Amount sum = Amount::zero();
    for (const AwardId& id : total.covered) {
      const AnnexRow* row = reference().find_row(id.key());
      ASSERT_NE(row, nullptr) << id.key();
      sum += *row->amount.value;
    }
    EXPECT_EQ(sum, *total.amount.value)
        << total.id << " : lignes " << format_amount(sum) << ", imprimé " << total.amount.text;
  }
}

TEST(ReferenceDataset, TotalsCoverTheExpectedRows) {
  std::map<std::string, std::size_t> sizes;
  for (const DeclaredTotal& total : reference().totals) sizes[total.id] = total.covered.size();
  EXPECT_EQ(sizes["t1-o1-subtotal-1"], 4U);
  EXPECT_EQ(sizes["t1-o1-subtotal-2"], 20U);
  EXPECT_EQ(sizes["t1-o1-total"], 24U);
  EXPECT_EQ(sizes["t1-total"], 36U);
  EXPECT_EQ(sizes["t2-total"], 37U);
  EXPECT_EQ(sizes["t3-total"], 16U);
}

TEST(ReferenceDataset, AllRowsSumToTheProgrammeTotal) {
  Amount sum = Amount::zero();
  for (const AnnexRow& row : reference().rows) sum += row.award.amount;
  EXPECT_EQ(sum, amount("3 519 492,87 €"));
  EXPECT_EQ(format_amount(sum), format_amount(amount("3 519 492,87 €")));
}

TEST(ReferenceDataset, KeepsMisspelledAndEmptyCellsAsPrinted) {
  const AnnexRow* row = reference().find_row("t2-o5-01");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->territory.printed, "Bouloonnais");
  EXPECT_EQ(row->award.territory, TerritoryScope::of(Territory::kBoulonnais));
  ASSERT_TRUE(row->territory.note.has_value());
  EXPECT_EQ(row->organisation.id.key(), "cab-esi");
  ASSERT_TRUE(row->period.has_value());
  EXPECT_EQ(row->period->text, "du 01/01/2023 au 31/12/2023");
  ASSERT_TRUE(row->award.period.has_value());
  EXPECT_EQ(row->award.period->start().iso(), "2023-01-01");
}

TEST(ReferenceDataset, ReadsTheDeclaredFacts) {
  const ProgrammeDataset& dataset = reference();
  EXPECT_FALSE(dataset.report.statements.empty());
  ASSERT_GE(dataset.deliberation.articles.size(), 3U);
  ASSERT_TRUE(dataset.deliberation.articles[1].amount.has_value());
  EXPECT_EQ(dataset.deliberation.articles[1].amount->text, "1 614 364,36 €");
  EXPECT_EQ(dataset.budget_table.rows.size(), 4U);
  EXPECT_EQ(dataset.session.vote.for_votes.count.value, 36);
  EXPECT_EQ(dataset.amendments.size(), 2U);
  ASSERT_TRUE(dataset.travel_agreement.has_value());
  EXPECT_EQ(dataset.travel_agreement->rates.size(), 2U);
}

TEST(ReferenceDataset, CarriesAFormulaWhereTheDocumentStatesTheRule) {
  int with_formula = 0;
  for (const OperationEntry& operation : reference().operations) {
    if (operation.formula_rule() != nullptr) ++with_formula;
  }
  EXPECT_EQ(with_formula, 8);
  const OperationEntry* astre = reference().find_operation(3, 1);
  ASSERT_NE(astre, nullptr);
  ASSERT_NE(astre->formula_rule(), nullptr);
  EXPECT_EQ(*astre->formula_rule()->formula, "measures * astre_cost_per_measure");
  const OperationEntry* vial = reference().find_operation(3, 4);
  ASSERT_NE(vial, nullptr);
  ASSERT_NE(vial->formula_rule(), nullptr);
  EXPECT_TRUE(vial->formula_rule()->implied);
  EXPECT_EQ(vial->formula_rule()->zero_when_absent, std::vector<std::string>{"etp"});
  const OperationEntry* coordinators = reference().find_operation(3, 2);
  ASSERT_NE(coordinators, nullptr);
  EXPECT_EQ(coordinators->formula_rule(), nullptr);
}

}  // namespace
}  // namespace octroi
