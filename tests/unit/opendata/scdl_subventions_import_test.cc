// The two-thread SCDL import: rows reach the writer in the file's order and
// across batch boundaries; a finding stops the writing; the writer's first
// error stops the reader and is what the import returns.
#include "opendata/scdl_subventions_import.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "scdl_test_rows.h"

namespace octroi {
namespace {

using testing_scdl::kHeader;

// A valid row whose amount is `cents` (so each row can be told apart).
std::string row(std::int64_t cents, const std::string& amount_text = "") {
  return testing_scdl::row(
      8, amount_text.empty() ? scdl_amount_text(Amount::from_cents(cents)) : amount_text);
}

std::string file_of(int rows) {
  std::string text = kHeader;
  for (int i = 1; i <= rows; ++i) text += row(i * 100);
  return text;
}

TEST(ScdlSubventionsImportTest, EveryRowReachesTheWriterInOrderWhateverTheBatch) {
  for (std::size_t batch : {std::size_t{1}, std::size_t{3}, std::size_t{7}, std::size_t{2048}}) {
    CsvReader reader(std::make_unique<StringByteSource>(file_of(20)), "s.csv");
    std::vector<std::int64_t> stored;
    auto summary = import_scdl_subventions(
        reader, [](const ScdlFinding&) { ADD_FAILURE() << "no finding expected"; },
        [&](const OpendataAward& award) {
          stored.push_back(award.amount.cents());
          return ok_status();
        },
        batch);
    ASSERT_TRUE(summary.ok()) << summary.error().to_string();
    EXPECT_EQ(summary->rows, 20);
    EXPECT_TRUE(summary->valid());
    ASSERT_EQ(stored.size(), 20U) << "batch " << batch;
    for (std::size_t i = 0; i < stored.size(); ++i) {
      EXPECT_EQ(stored[i], static_cast<std::int64_t>(i + 1) * 100);
    }
  }
}

TEST(ScdlSubventionsImportTest, NothingIsWrittenOnceAFindingIsSeen) {
  std::string text = kHeader + row(100) + row(200) + row(0, "12,5");
  for (int i = 0; i < 50; ++i) text += row(300);
  CsvReader reader(std::make_unique<StringByteSource>(text), "s.csv");
  std::vector<ScdlFinding> findings;
  std::size_t stored = 0;
  auto summary = import_scdl_subventions(
      reader, [&](const ScdlFinding& finding) { findings.push_back(finding); },
      [&](const OpendataAward&) {
        ++stored;
        return ok_status();
      },
      1);
  ASSERT_TRUE(summary.ok());
  EXPECT_FALSE(summary->valid());
  EXPECT_EQ(summary->rows, 53);  // the whole file is still validated
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].location.line, 4);
  EXPECT_LE(stored, 2U);  // at most the rows before the finding
}

TEST(ScdlSubventionsImportTest, TheWritersFirstErrorStopsTheImport) {
  CsvReader reader(std::make_unique<StringByteSource>(file_of(5000)), "s.csv");
  std::size_t stored = 0;
  auto summary = import_scdl_subventions(
      reader, [](const ScdlFinding&) {},
      [&](const OpendataAward&) -> Status {
        if (++stored == 10) return Error(ErrorCode::kIo, "disque plein");
        return ok_status();
      },
      4);
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.error().code(), ErrorCode::kIo);
  EXPECT_EQ(summary.error().message(), "disque plein");
  EXPECT_EQ(stored, 10U);
}

TEST(ScdlSubventionsImportTest, AnUnreadableFileIsAnErrorNotASummary) {
  CsvReader reader(std::make_unique<StringByteSource>(kHeader + row(100) + "\"open,quote\n"),
                   "s.csv");
  auto summary = import_scdl_subventions(
      reader, [](const ScdlFinding&) {}, [](const OpendataAward&) { return ok_status(); });
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.error().code(), ErrorCode::kParse);
}

}  // namespace
}  // namespace octroi
