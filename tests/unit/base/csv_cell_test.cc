#include "base/csv_cell.h"

#include <gtest/gtest.h>

namespace octroi {
namespace {

TEST(CsvCell, QuotesWhatWouldBreakTheColumns) {
  EXPECT_EQ(csv_cell("Cheval Bleu"), "Cheval Bleu");
  EXPECT_EQ(csv_cell("A;B"), "\"A;B\"");
  EXPECT_EQ(csv_cell("dit \"le Bleu\""), "\"dit \"\"le Bleu\"\"\"");
  EXPECT_EQ(csv_cell("deux\nlignes"), "\"deux\nlignes\"");
  EXPECT_EQ(csv_cell(" espace"), "\" espace\"");
  EXPECT_EQ(csv_cell("A,B"), "A,B");
  EXPECT_EQ(csv_cell("A,B", ','), "\"A,B\"");
  EXPECT_EQ(csv_cell(""), "");
}

TEST(CsvCell, NeutralisesFormulasButKeepsNumbers) {
  EXPECT_EQ(csv_cell("=HYPERLINK(\"http://x\";\"clic\")"),
            "\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\"");
  EXPECT_EQ(csv_cell("+33 3 21 21 62 62"), "'+33 3 21 21 62 62");
  EXPECT_EQ(csv_cell("-- à revoir"), "'-- à revoir");
  EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_cell("\tcaché"), "'\tcaché");
  EXPECT_EQ(csv_cell("-1234,50"), "-1234,50");
  EXPECT_EQ(csv_cell("+3"), "+3");
  EXPECT_EQ(csv_cell("-0.5"), "-0.5");
  EXPECT_EQ(csv_cell("-"), "'-");
  EXPECT_EQ(csv_cell("-1,"), "'-1,");
}

TEST(CsvCell, ReadingBackGivesTheTextItself) {
  for (const char* text : {"=1+1", "+33", "-- à revoir", "@x", "'=1+1", "''=1", "'hello", "-12,5",
                           "'-5", "Cheval Bleu", "", "'"}) {
    std::string cell = csv_cell(text);
    if (cell.size() >= 2 && cell.front() == '"') {
      // Unquote as a CSV reader would.
      std::string unquoted;
      for (std::size_t i = 1; i + 1 < cell.size(); ++i) {
        unquoted += cell[i];
        if (cell[i] == '"') ++i;
      }
      cell = unquoted;
    }
    EXPECT_EQ(csv_cell_text(cell), text) << cell;
  }
  EXPECT_EQ(csv_cell_text("'hello"), "'hello");
  EXPECT_EQ(csv_cell_text("'-5"), "'-5");
}

}  // namespace
}  // namespace octroi
