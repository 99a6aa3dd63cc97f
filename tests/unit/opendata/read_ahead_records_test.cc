// Records read ahead on a worker thread are the records the reader gives,
// field by field, whatever the batch size; the reader's error comes out where
// it stopped; stopping early does not hang; the validator finds the same.
#include "opendata/read_ahead_records.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "opendata/scdl_subventions_validator.h"
#include "scdl_test_rows.h"

namespace octroi {
namespace {

// Quoted fields with separators, doubled quotes and a line break, text after
// a closing quote (an issue), Windows-1252 bytes, an empty line.
const std::string kMixed =
    "a;b;c\n"
    "1;\"deux; et \"\"trois\"\"\";x\n"
    "\"sur\ndeux lignes\";\xE9t\xE9;y\n"
    "\n"
    "\"ab\"c;d;e\n"
    "f;g;h\n";

struct Seen {
  std::vector<std::vector<std::string>> texts;
  std::vector<std::vector<std::pair<int, int>>> places;
  std::vector<std::size_t> issues;
  std::vector<std::int64_t> numbers;
};

template <typename Next>
Seen collect(Next next) {
  Seen seen;
  CsvRecord record;
  while (true) {
    Result<bool> more = next(record);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    std::vector<std::string> texts;
    std::vector<std::pair<int, int>> places;
    for (const CsvField& field : record.fields) {
      texts.emplace_back(field.text);
      places.emplace_back(field.line, field.column);
    }
    seen.texts.push_back(texts);
    seen.places.push_back(places);
    seen.issues.push_back(record.issues.size());
    seen.numbers.push_back(record.number);
  }
  return seen;
}

TEST(ReadAheadRecordsTest, GivesTheReadersRecordsWhateverTheBatch) {
  CsvReader direct(std::make_unique<StringByteSource>(kMixed), "m.csv");
  const Seen expected = collect([&](CsvRecord& record) { return direct.next(record); });
  ASSERT_EQ(expected.texts.size(), 5U);
  EXPECT_EQ(expected.texts[1][1], "deux; et \"trois\"");
  for (std::size_t batch : {std::size_t{1}, std::size_t{2}, std::size_t{1024}}) {
    CsvReader reader(std::make_unique<StringByteSource>(kMixed), "m.csv");
    ReadAheadRecords records(reader, batch);
    const Seen seen = collect([&](CsvRecord& record) { return records.next(record); });
    EXPECT_EQ(seen.texts, expected.texts) << "batch " << batch;
    EXPECT_EQ(seen.places, expected.places) << "batch " << batch;
    EXPECT_EQ(seen.issues, expected.issues) << "batch " << batch;
    EXPECT_EQ(seen.numbers, expected.numbers) << "batch " << batch;
    EXPECT_EQ(reader.encoding(), CsvEncoding::kWindows1252);
  }
}

TEST(ReadAheadRecordsTest, TheReadersErrorComesOutAfterTheRecordsBeforeIt) {
  CsvReader reader(std::make_unique<StringByteSource>("a,b\n1,2\n\"jamais fermé,3\n"), "e.csv");
  ReadAheadRecords records(reader, 1);
  CsvRecord record;
  ASSERT_TRUE(*records.next(record));
  ASSERT_TRUE(*records.next(record));
  EXPECT_EQ(record.fields[1].text, "2");
  Result<bool> third = records.next(record);
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().code(), ErrorCode::kParse);
  EXPECT_EQ(third.error().location().line, 3);
}

TEST(ReadAheadRecordsTest, StoppingEarlyDoesNotHang) {
  std::string text = "a,b\n";
  for (int i = 0; i < 20000; ++i) text += "1,2\n";
  CsvReader reader(std::make_unique<StringByteSource>(text), "long.csv");
  {
    ReadAheadRecords records(reader, 16);
    CsvRecord record;
    ASSERT_TRUE(*records.next(record));
  }  // destroyed with batches waiting and the worker blocked on a full channel
  SUCCEED();
}

TEST(ReadAheadRecordsTest, TheValidatorFindsTheSameReadingAhead) {
  const std::string& header = testing_scdl::kHeader;
  const std::string good = testing_scdl::row();
  const std::string bad =
      "Département du Pas-de-Calais,22620001200013,2023-02-30,2023-405,Le Cheval Bleu,"
      "4.8054E+13,,accompagnement,\"115000,00\",don,échelonné,2023-09-01,,non,1.50,\n";
  std::string text = header;
  for (int i = 0; i < 300; ++i) text += i % 7 == 3 ? bad : good;
  std::vector<std::string> findings[2];
  for (int pass = 0; pass < 2; ++pass) {
    CsvReader reader(std::make_unique<StringByteSource>(text), "s.csv");
    auto summary = validate_scdl_subventions(
        reader, [&](const ScdlFinding& finding) { findings[pass].push_back(finding.to_string()); },
        {}, pass == 0 ? ScdlReading::kSameThread : ScdlReading::kReadAhead);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->rows, 300);
    EXPECT_EQ(summary->bytes, static_cast<std::int64_t>(text.size()));
  }
  EXPECT_GT(findings[0].size(), 40U);
  EXPECT_EQ(findings[1], findings[0]);
}

}  // namespace
}  // namespace octroi
