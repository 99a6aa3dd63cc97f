#include "rules/parameter_set.h"

#include <string>

#include <gtest/gtest.h>

#include "reference_parameters.h"

namespace octroi {
namespace {

using testing_rules::day;
using testing_rules::entry;
using testing_rules::null_entry;
using testing_rules::plain;
using testing_rules::stated;

Parameter segur() {
  return stated(
      "segur_per_etp", "euro_per_etp",
      entry("2023-01-01", "5 270 €", "La valorisation Ségur correspond à 5 270 € par ETP.", 795));
}

ParameterSet set_of(Parameter parameter) {
  ParameterSet set;
  Status added = set.add(std::move(parameter));
  EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message());
  return set;
}

TEST(ParameterSetTest, GivesTheExactValueWithItsVersionAndSource) {
  ParameterSet set = set_of(segur());
  EXPECT_EQ(set.unit_of("segur_per_etp"), ParameterUnit::kEuroPerEtp);
  ParameterValue value = set.value_at("segur_per_etp", day(2023, 9, 18)).value();
  EXPECT_EQ(value.value, Decimal::from_integer(5270));
  EXPECT_EQ(value.start, day(2023, 1, 1));
  EXPECT_FALSE(value.end.has_value());
  EXPECT_FALSE(value.implied);
  EXPECT_EQ(value.printed, "5 270 €");
  EXPECT_EQ(value.statement, "La valorisation Ségur correspond à 5 270 € par ETP.");
  EXPECT_EQ(value.source_text(), "pas-de-calais-2023-phase4, l. 795");
  EXPECT_EQ(plain(value.formatted()), "5 270,00 €");
  EXPECT_EQ(value.version(), "valeur en vigueur depuis le 1er janvier 2023");
}

TEST(ParameterSetTest, ReadsRatesAsProportions) {
  ParameterSet set = testing_rules::reference_parameters();
  ParameterValue rate = set.value_at("indirect_costs_flat_rate", day(2023, 1, 1)).value();
  EXPECT_EQ(rate.value, Decimal::parse("0.2").value());
  EXPECT_EQ(plain(rate.formatted()), "20 %");
  ParameterValue implied = set.value_at("adsl_cost_per_measure", day(2023, 3, 1)).value();
  EXPECT_TRUE(implied.implied);
  EXPECT_EQ(implied.statement, "65 000 € / 13 ; 30 000 € / 6 ; 75 000 € / 15");
  EXPECT_EQ(implied.source_text(), "pas-de-calais-2023-phase4, l. 805-811");
}

TEST(ParameterSetTest, ADateBeforeTheFirstValueIsAnError) {
  ParameterSet set = set_of(segur());
  Result<ParameterValue> value = set.value_at("segur_per_etp", day(2022, 12, 31));
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.error().code(), ErrorCode::kParameterNotInForce);
  EXPECT_NE(value.error().message().find("segur_per_etp"), std::string::npos);
  EXPECT_NE(value.error().message().find("2022-12-31"), std::string::npos);
}

TEST(ParameterSetTest, ANullEndsTheValidity) {
  ParameterSet set = testing_rules::reference_parameters();
  const char* name = "travel_cost_per_place_intercommunal";
  ParameterValue last_day = set.value_at(name, day(2022, 6, 30)).value();
  EXPECT_EQ(last_day.value, Decimal::from_integer(10));
  EXPECT_EQ(last_day.end, day(2022, 7, 1));
  EXPECT_EQ(last_day.version(), "valeur en vigueur du 1er janvier 2022 au 30 juin 2022");
  for (Date date : {day(2022, 7, 1), day(2023, 9, 18)}) {
    SCOPED_TRACE(date.iso());
    Result<ParameterValue> value = set.value_at(name, date);
    ASSERT_FALSE(value.ok());
    EXPECT_EQ(value.error().code(), ErrorCode::kParameterNotInForce);
    EXPECT_NE(value.error().message().find(name), std::string::npos);
    EXPECT_NE(value.error().message().find(date.iso()), std::string::npos);
  }
}

TEST(ParameterSetTest, AVersionChangePicksTheValueInForce) {
  Parameter parameter = segur();
  parameter.entries.push_back(entry("2024-01-01", "5 400 €", "5 400 €", 1));
  parameter.entries.push_back(null_entry("2025-01-01"));
  parameter.entries.push_back(entry("2025-03-01", "5 500 €", "5 500 €", 2));
  ParameterSet set = set_of(parameter);
  struct Case {
    Date date;
    std::int64_t euros;
    Date start;
  };
  for (Case c : {Case{day(2023, 1, 1), 5270, day(2023, 1, 1)},
                 Case{day(2023, 12, 31), 5270, day(2023, 1, 1)},
                 Case{day(2024, 1, 1), 5400, day(2024, 1, 1)},
                 Case{day(2024, 12, 31), 5400, day(2024, 1, 1)},
                 Case{day(2025, 3, 1), 5500, day(2025, 3, 1)},
                 Case{day(2040, 1, 1), 5500, day(2025, 3, 1)}}) {
    SCOPED_TRACE(c.date.iso());
    ParameterValue value = set.value_at("segur_per_etp", c.date).value();
    EXPECT_EQ(value.value, Decimal::from_integer(c.euros));
    EXPECT_EQ(value.start, c.start);
  }
  EXPECT_EQ(set.value_at("segur_per_etp", day(2024, 6, 1)).value().end, day(2025, 1, 1));
  EXPECT_EQ(set.value_at("segur_per_etp", day(2025, 2, 1)).error().code(),
            ErrorCode::kParameterNotInForce);
}

TEST(ParameterSetTest, RefusesWhatTheRulesCannotUse) {
  struct Case {
    const char* what;
    void (*change)(Parameter&);
    ErrorCode code;
    const char* field;
    const char* message_part;
  };
  const Case cases[] = {
      {"duplicate date",
       [](Parameter& p) { p.entries.push_back(entry("2023-01-01", "1 €", "1 €", 1)); },
       ErrorCode::kParameterDates, "values.2023-01-01", "non strictement croissantes"},
      {"unsorted dates",
       [](Parameter& p) { p.entries.push_back(entry("2022-01-01", "1 €", "1 €", 1)); },
       ErrorCode::kParameterDates, "values.2022-01-01", "non strictement croissantes"},
      {"no entries", [](Parameter& p) { p.entries.clear(); }, ErrorCode::kParameterDates, "values",
       "aucune valeur datée"},
      {"only nulls", [](Parameter& p) { p.entries = {null_entry("2023-01-01")}; },
       ErrorCode::kParameterDates, "values", "seulement des entrées « null »"},
      {"unknown unit", [](Parameter& p) { p.unit = "euro_per_day"; }, ErrorCode::kSchemaType,
       "unit", "unité de paramètre inconnue « euro_per_day »"},
      {"bad name", [](Parameter& p) { p.name = "Segur-ETP"; }, ErrorCode::kSchemaType, "name",
       "nom invalide"},
      {"no value", [](Parameter& p) { p.entries[0].amount.reset(); }, ErrorCode::kSchemaMissingKey,
       "values.2023-01-01.value", "montant manquant"},
      {"rate for money",
       [](Parameter& p) {
         p.entries[0].amount.reset();
         p.entries[0].rate = Rate::from_percent(20);
       },
       ErrorCode::kSchemaType, "values.2023-01-01.value", "un taux pour une unité monétaire"},
      {"amount for a rate", [](Parameter& p) { p.unit = "rate"; }, ErrorCode::kSchemaType,
       "values.2023-01-01.value", "un montant pour un taux"},
      {"negative", [](Parameter& p) { p.entries[0].amount = Amount::from_cents(-1); },
       ErrorCode::kSchemaType, "values.2023-01-01.value", "valeur négative"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    Parameter parameter = segur();
    c.change(parameter);
    ParameterSet set;
    Status added = set.add(parameter);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code(), c.code) << added.error().message();
    EXPECT_EQ(added.error().location().field, c.field);
    EXPECT_NE(added.error().message().find(c.message_part), std::string::npos)
        << added.error().message();
    EXPECT_EQ(set.size(), 0u);
  }
}

TEST(ParameterSetTest, ALeadingNullIsAllowedAsTheFormatSays) {
  Parameter parameter = segur();
  parameter.entries.insert(parameter.entries.begin(), null_entry("2022-01-01"));
  ParameterSet set = set_of(parameter);
  EXPECT_EQ(set.value_at("segur_per_etp", day(2022, 6, 1)).error().code(),
            ErrorCode::kParameterNotInForce);
  EXPECT_TRUE(set.value_at("segur_per_etp", day(2023, 6, 1)).ok());
}

TEST(ParameterSetTest, LooksUpByName) {
  ParameterSet set = testing_rules::reference_parameters();
  EXPECT_TRUE(set.contains("segur_per_etp"));
  EXPECT_EQ(set.find("segur_per_etp")->unit, "euro_per_etp");
  EXPECT_EQ(set.value_at("astre_cost_per_measure", day(2023, 9, 18)).value().value,
            Decimal::from_integer(2100));
  Result<ParameterValue> unknown = set.value_at("segur", day(2023, 9, 18));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kReferenceUnknown);
  EXPECT_EQ(set.value_at("global_support_cost_per_place", day(2023, 6, 30)).error().code(),
            ErrorCode::kParameterNotInForce);
}

TEST(ParameterSetTest, RefusesTwoParametersOfTheSameName) {
  Result<ParameterSet> set = ParameterSet::create({segur(), segur()});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().code(), ErrorCode::kDuplicate);
}

}  // namespace
}  // namespace octroi
