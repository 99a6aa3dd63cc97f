// CsvReader: separators, quoting, line ends, encodings, and records cut at
// every possible chunk boundary read the same.
#include "opendata/csv_reader.h"

#include <gtest/gtest.h>

namespace octroi {
namespace {

struct Read {
  std::vector<std::vector<std::string>> records;
  std::vector<std::vector<std::pair<int, int>>> places;  // line, column of each field
  char separator = '\0';
  CsvEncoding encoding = CsvEncoding::kUtf8;
  int first_windows1252_line = 0;
  std::vector<CsvIssue> issues;
};

Result<Read> read_all(const std::string& text, std::size_t step = 0, std::size_t chunk = 1 << 20) {
  CsvOptions options;
  options.chunk_size = chunk;
  CsvReader reader(std::make_unique<StringByteSource>(text, step), "t.csv", options);
  Read read;
  CsvRecord record;
  while (true) {
    OCTROI_TRY(bool more, reader.next(record));
    if (!more) break;
    std::vector<std::string> fields;
    std::vector<std::pair<int, int>> places;
    for (const CsvField& field : record.fields) {
      fields.emplace_back(field.text);
      places.emplace_back(field.line, field.column);
    }
    read.records.push_back(fields);
    read.places.push_back(places);
    read.issues.insert(read.issues.end(), record.issues.begin(), record.issues.end());
  }
  read.separator = reader.separator();
  read.encoding = reader.encoding();
  read.first_windows1252_line = reader.first_windows1252_line();
  return read;
}

using Records = std::vector<std::vector<std::string>>;

TEST(CsvReaderTest, DetectsCommaAndSemicolonFromTheHeader) {
  auto comma = read_all("a,b;c\n1,2;3\n");
  ASSERT_TRUE(comma.ok());
  EXPECT_EQ(comma->separator, ',');
  EXPECT_EQ(comma->records, (Records{{"a", "b;c"}, {"1", "2;3"}}));
  auto semicolon = read_all("a;b;c,d\r\n1;2;3,4\r\n");
  ASSERT_TRUE(semicolon.ok());
  EXPECT_EQ(semicolon->separator, ';');
  EXPECT_EQ(semicolon->records, (Records{{"a", "b", "c,d"}, {"1", "2", "3,4"}}));
}

TEST(CsvReaderTest, QuotedFieldsKeepSeparatorsNewlinesAndDoubledQuotes) {
  auto read = read_all("x,y\n\"a,b\",\"dit \"\"oui\"\"\"\n\"ligne 1\r\nligne 2\",z\n");
  ASSERT_TRUE(read.ok()) << read.error().to_string();
  EXPECT_EQ(read->records,
            (Records{{"x", "y"}, {"a,b", "dit \"oui\""}, {"ligne 1\r\nligne 2", "z"}}));
  // The record after a field spanning two lines starts on line 3; its second field on line 4.
  EXPECT_EQ(read->places[2][0], (std::pair<int, int>{3, 1}));
  EXPECT_EQ(read->places[2][1], (std::pair<int, int>{4, 10}));
}

TEST(CsvReaderTest, EveryChunkBoundaryReadsTheSame) {
  const std::string text =
      "\xEF\xBB\xBFnom;objet;montant\r\n\"Cheval \"\"Bleu\"\"\";\"accueil;\r\nété\";115000.00\r\n"
      "Liévin;;1\r\n\r\nfin;\"\";2";
  auto whole = read_all(text);
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->encoding, CsvEncoding::kUtf8WithBom);
  EXPECT_EQ(whole->records.size(), 4U);
  EXPECT_EQ(whole->records[1][1], "accueil;\r\nété");
  for (std::size_t step = 1; step < 9; ++step) {
    for (std::size_t chunk : {1, 2, 3, 5, 8, 64}) {
      auto cut = read_all(text, step, chunk);
      ASSERT_TRUE(cut.ok()) << step << "/" << chunk << ": " << cut.error().to_string();
      EXPECT_EQ(cut->records, whole->records) << step << "/" << chunk;
      EXPECT_EQ(cut->places, whole->places) << step << "/" << chunk;
    }
  }
}

TEST(CsvReaderTest, ColumnsCountCharactersNotBytes) {
  auto read = read_all("a,b\nété,x\n");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->places[1][1], (std::pair<int, int>{2, 5}));
}

TEST(CsvReaderTest, LastLineWithoutNewlineAndTrailingEmptyField) {
  auto read = read_all("a,b\n1,");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->records, (Records{{"a", "b"}, {"1", ""}}));
}

TEST(CsvReaderTest, Windows1252IsDecodedAndReported) {
  auto read = read_all("nom,ville\nCCAS,Li\xE9vin \x80\n");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->records[1][1], "Liévin €");
  EXPECT_EQ(read->encoding, CsvEncoding::kWindows1252);
  EXPECT_EQ(read->first_windows1252_line, 2);
}

TEST(CsvReaderTest, UnclosedQuoteIsAnErrorNamingItsLine) {
  auto read = read_all("a,b\n1,\"ouvert\n2,3\n");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), ErrorCode::kParse);
  EXPECT_EQ(read.error().location().line, 2);
  EXPECT_EQ(read.error().location().column, 3);
  EXPECT_NE(read.error().message().find("guillemet"), std::string::npos);
}

TEST(CsvReaderTest, TextAfterAClosingQuoteIsKeptAndReported) {
  auto read = read_all("a,b\n\"ab\"c,d\n");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->records[1][0], "abc");
  ASSERT_EQ(read->issues.size(), 1U);
  EXPECT_EQ(read->issues[0].line, 2);
  EXPECT_EQ(read->issues[0].column, 5);
}

TEST(CsvReaderTest, EmptyInputHasNoRecord) {
  auto read = read_all("");
  ASSERT_TRUE(read.ok());
  EXPECT_TRUE(read->records.empty());
}

TEST(CsvReaderTest, RecordLongerThanTheLimitIsRefused) {
  CsvOptions options;
  options.chunk_size = 4;
  options.max_record_size = 16;
  CsvReader reader(std::make_unique<StringByteSource>("a\n\"" + std::string(100, 'x') + "\"\n"),
                   "t.csv", options);
  CsvRecord record;
  ASSERT_TRUE(reader.next(record).ok());
  auto second = reader.next(record);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code(), ErrorCode::kParse);
}

}  // namespace
}  // namespace octroi
