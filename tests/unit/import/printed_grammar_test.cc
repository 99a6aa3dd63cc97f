// The grammars of printed values (docs/data-format.md 3.3): what each accepts,
// the value it gives, and what it refuses.
#include "import/dataset/printed_grammar.h"

#include <string>

#include <gtest/gtest.h>

namespace octroi::import {
namespace {

TEST(PrintedGrammar, AcceptsTheAmountsOfTheSpecification) {
  const std::pair<const char*, std::int64_t> cases[] = {
      {"8 000,00 €", 800000},
      {"42 000 €", 4200000},
      {"86 453.34 €", 8645334},
      {"6 875€", 687500},
      {"250,00 €", 25000},
      {"250 euros", 25000},
      {"1 euro", 100},
      {"12 EUR", 1200},
      {"6 193 643,00", 619364300},
      {"1614364", 161436400},
      {"0,5 €", 50},
      {"-12,50 €", -1250},
      {"1\u00a0614\u00a0364,36 €", 161436436},
      {"1\u202f234,56\u00a0€", 123456},
  };
  for (const auto& [text, cents] : cases) {
    Result<Amount> amount = parse_printed_amount(text);
    ASSERT_TRUE(amount.ok()) << text << " : " << amount.error().to_string();
    EXPECT_EQ(amount->cents(), cents) << text;
  }
}

TEST(PrintedGrammar, RefusesMalformedAmounts) {
  for (const char* text : {"", "€", "1 23,00", "1.234", "1.234,56", "12,345 €", "12 €uros",
                           "douze euros", "12 € TTC", "12,", " 12 €", "12  €", "1 2345"}) {
    EXPECT_FALSE(parse_printed_amount(text).ok()) << text;
  }
}

TEST(PrintedGrammar, ReadsDatesAndRefusesImpossibleOnes) {
  EXPECT_EQ(parse_printed_date("1^{er} novembre 2023")->iso(), "2023-11-01");
  EXPECT_EQ(parse_printed_date("18 SEPTEMBRE 2023")->iso(), "2023-09-18");
  EXPECT_EQ(parse_printed_date("01/09/23")->iso(), "2023-09-01");
  EXPECT_EQ(parse_printed_date("2023-09-18")->iso(), "2023-09-18");
  Result<Date> impossible = parse_printed_date("31/11/2024");
  ASSERT_FALSE(impossible.ok());
  EXPECT_EQ(impossible.error().code(), ErrorCode::kImpossibleDate);
}

TEST(PrintedGrammar, ReadsPeriodsWithTheirSpecifiedOpenings) {
  for (const char* text :
       {"du 01/09/23 au 31/08/24", "Du 01/07/2023 au 31/12/2023", "01/01/2022 au 30/06/2022",
        "sur la période du 1er janvier au 31 décembre 2023",
        "du 1^{er} janvier 2023 au 31 décembre 2024"}) {
    EXPECT_TRUE(parse_printed_period(text).ok()) << text;
  }
  EXPECT_EQ(parse_printed_period("du 1er janvier au 31 décembre 2023")->start().iso(),
            "2023-01-01");
  for (const char* text : {"Opération du 01/01/2023 au 31/12/2023", "du 01/12/2023 au 31/11/2024",
                           "du 01/01/2024 au 31/12/2023", "du 01/01/2023", "en 2023"}) {
    EXPECT_FALSE(parse_printed_period(text).ok()) << text;
  }
}

TEST(PrintedGrammar, ReadsQuantitiesCountsRatesAndDurations) {
  EXPECT_EQ(parse_printed_quantity("2,05")->units(), 20500);
  EXPECT_EQ(parse_printed_quantity("0.5")->units(), 5000);
  EXPECT_EQ(parse_printed_quantity("1 200")->units(), 12000000);
  for (const char* text : {"2,05 ETP", "1,23456", "", "-1", "1,"}) {
    EXPECT_FALSE(parse_printed_quantity(text).ok()) << text;
  }
  EXPECT_EQ(*parse_printed_count("36"), 36);
  EXPECT_EQ(*parse_printed_count("1 534"), 1534);
  for (const char* text : {"deux", "3,5", "-1", "", "1234567890"}) {
    EXPECT_FALSE(parse_printed_count(text).ok()) << text;
  }
  EXPECT_EQ(*parse_printed_rate("20%"), Rate::from_percent(20));
  EXPECT_EQ(*parse_printed_rate("50 %"), Rate::from_percent(50));
  EXPECT_EQ(*parse_printed_rate("12,5 %"), Rate::from_millionths(125000));
  for (const char* text : {"0,2", "20", "vingt %", "%"}) {
    EXPECT_FALSE(parse_printed_rate(text).ok()) << text;
  }
  EXPECT_EQ(*parse_printed_duration("12 mois"), 12);
  for (const char* text : {"12", "un an", "12 mois maximum", "mois"}) {
    EXPECT_FALSE(parse_printed_duration(text).ok()) << text;
  }
}

}  // namespace
}  // namespace octroi::import
