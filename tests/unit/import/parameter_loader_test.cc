// Parameters (data/parameters/<name>.yaml): every file loads; unknown keys,
// malformed, impossible, duplicate or unordered dates are refused; a value is
// looked up by date of effect, and a date with no value in force is an error.
#include <string>

#include <gtest/gtest.h>

#include "calendar/parse.h"
#include "import/import.h"
#include "money/parse.h"

namespace octroi {
namespace {

const std::filesystem::path kParameters =
    std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "parameters";

// A valid parameter file, with a value ending on 2022-07-01.
const std::string kValid = R"yaml(description: "Frais de déplacement, par place et par an (10 €)"
unit: euro_per_place_per_year
status: stated
values:
  2022-01-01:
    value: "10 €"
    quote: "sur la base de 10 €/an par place d'accompagnement"
    source: {dataset: pas-de-calais-2023-phase4, line: 1339}
  2022-07-01: null
  2023-01-01:
    value: "12 €"
    quote: "sur la base de 12 €/an par place d'accompagnement"
    source: {dataset: pas-de-calais-2023-phase4, line: 1339}
reference:
  title: "Délibération n°2023-405"
  article: "Annexe 7, article 2"
  dataset: pas-de-calais-2023-phase4
  lines: [1339]
applies_to: [{programme: pas-de-calais-2023-phase4, theme: 1, operation: 1}]
)yaml";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

Date date(std::string_view text) { return *parse_date(text); }

TEST(ParameterLoader, LoadsEveryReferenceParameter) {
  Result<std::vector<Parameter>> parameters = load_parameters(kParameters);
  ASSERT_TRUE(parameters.ok()) << parameters.error().to_string();
  ASSERT_EQ(parameters->size(), 16U);
  for (const Parameter& parameter : *parameters) {
    EXPECT_FALSE(parameter.entries.empty()) << parameter.name;
    EXPECT_FALSE(parameter.description.empty()) << parameter.name;
  }
  EXPECT_EQ(parameters->front().name, "adsl_cost_per_measure");
}

TEST(ParameterLoader, LooksUpTheReferenceValuesByDate) {
  Result<std::vector<Parameter>> parameters = load_parameters(kParameters);
  ASSERT_TRUE(parameters.ok()) << parameters.error().to_string();
  auto find = [&](std::string_view name) -> const Parameter& {
    for (const Parameter& parameter : *parameters) {
      if (parameter.name == name) return parameter;
    }
    ADD_FAILURE() << name;
    return parameters->front();
  };
  Result<ParameterEntry> segur = find("segur_per_etp").in_force_on(date("2023-09-18"));
  ASSERT_TRUE(segur.ok()) << segur.error().to_string();
  EXPECT_EQ(segur->amount, *parse_amount("5 270 €"));
  EXPECT_EQ(segur->printed, "5 270 €");

  Result<ParameterEntry> rate = find("indirect_costs_flat_rate").in_force_on(date("2023-09-18"));
  ASSERT_TRUE(rate.ok()) << rate.error().to_string();
  ASSERT_TRUE(rate->rate.has_value());
  EXPECT_EQ(*rate->rate, Rate::from_percent(20));

  const Parameter& travel = find("travel_cost_per_place_intercommunal");
  Result<ParameterEntry> before_end = travel.in_force_on(date("2022-06-30"));
  ASSERT_TRUE(before_end.ok()) << before_end.error().to_string();
  EXPECT_EQ(before_end->amount, *parse_amount("10 €"));
  Result<ParameterEntry> after_end = travel.in_force_on(date("2022-07-01"));
  ASSERT_FALSE(after_end.ok());
  EXPECT_EQ(after_end.error().code(), ErrorCode::kParameterNotInForce);
}

TEST(ParameterLoader, LooksUpByDateOfEffect) {
  Result<Parameter> parameter = load_parameter("travel_cost", kValid);
  ASSERT_TRUE(parameter.ok()) << parameter.error().to_string();
  ASSERT_EQ(parameter->entries.size(), 3U);
  EXPECT_EQ(parameter->in_force_on(date("2022-01-01"))->amount, *parse_amount("10 €"));
  EXPECT_EQ(parameter->in_force_on(date("2022-06-30"))->amount, *parse_amount("10 €"));
  EXPECT_EQ(parameter->in_force_on(date("2023-01-01"))->amount, *parse_amount("12 €"));
  EXPECT_EQ(parameter->in_force_on(date("2030-01-01"))->amount, *parse_amount("12 €"));
}

TEST(ParameterLoader, ADateWithNoValueIsAnErrorNotZero) {
  Result<Parameter> parameter = load_parameter("travel_cost", kValid);
  ASSERT_TRUE(parameter.ok()) << parameter.error().to_string();
  for (std::string_view day : {"2021-12-31", "2022-07-01", "2022-12-31"}) {
    Result<ParameterEntry> entry = parameter->in_force_on(date(day));
    ASSERT_FALSE(entry.ok()) << day;
    EXPECT_EQ(entry.error().code(), ErrorCode::kParameterNotInForce);
    EXPECT_NE(entry.error().message().find("travel_cost"), std::string::npos);
  }
}

struct BadParameter {
  const char* name;
  std::string from;
  std::string to;
  ErrorCode code;
  const char* message;
  int line;
};

class ParameterRefusal : public testing::TestWithParam<BadParameter> {};

TEST_P(ParameterRefusal, IsRefusedWithItsLocation) {
  const BadParameter& bad = GetParam();
  Result<Parameter> parameter = load_parameter("travel_cost", replaced(kValid, bad.from, bad.to));
  ASSERT_FALSE(parameter.ok());
  EXPECT_EQ(parameter.error().code(), bad.code) << parameter.error().to_string();
  EXPECT_NE(parameter.error().message().find(bad.message), std::string::npos)
      << parameter.error().to_string();
  EXPECT_EQ(parameter.error().location().file, "travel_cost.yaml");
  EXPECT_EQ(parameter.error().location().line, bad.line) << parameter.error().to_string();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParameterRefusal,
    testing::Values(BadParameter{"unknown_key", "status: stated\n", "status: stated\nsource: oui\n",
                                 ErrorCode::kSchemaUnknownKey, "clé inconnue « source »", 4},
                    BadParameter{"unknown_key_in_entry", "    value: \"10 €\"\n",
                                 "    value: \"10 €\"\n    montant: \"10 €\"\n",
                                 ErrorCode::kSchemaUnknownKey, "clé inconnue « montant »", 7},
                    BadParameter{"malformed_date", "2022-07-01: null", "2022-7-01: null",
                                 ErrorCode::kParameterDates, "« 2022-7-01 »", 9},
                    BadParameter{"impossible_date", "2022-07-01: null", "2022-02-30: null",
                                 ErrorCode::kParameterDates, "« 2022-02-30 »", 9},
                    BadParameter{"duplicate_date", "2022-07-01: null", "2022-01-01: null",
                                 ErrorCode::kParameterDates, "« 2022-01-01 » en double", 9},
                    BadParameter{"unordered_dates", "2023-01-01:", "2021-01-01:",
                                 ErrorCode::kParameterDates, "croissantes", 10},
                    BadParameter{"malformed_value", "value: \"12 €\"", "value: \"12,345 €\"",
                                 ErrorCode::kValueUnparseable, "« 12,345 € »", 11},
                    BadParameter{"value_not_in_quote", "value: \"12 €\"", "value: \"13 €\"",
                                 ErrorCode::kQuoteNotFound, "« 13 € »", 11},
                    BadParameter{"unknown_unit", "unit: euro_per_place_per_year",
                                 "unit: euro_par_place", ErrorCode::kSchemaType,
                                 "« euro_par_place »", 2},
                    BadParameter{"missing_quote",
                                 "    quote: \"sur la base de 10 €/an par place "
                                 "d'accompagnement\"\n",
                                 "", ErrorCode::kSchemaMissingKey, "« quote »", 6}),
    [](const testing::TestParamInfo<BadParameter>& param_info) {
      return std::string(param_info.param.name);
    });

TEST(ParameterLoader, RefusesOnlyNullValues) {
  const std::string text = R"(description: "x"
unit: euro
status: stated
values:
  2022-01-01: null
reference: {title: "t"}
)";
  Result<Parameter> parameter = load_parameter("only_null", text);
  ASSERT_FALSE(parameter.ok());
  EXPECT_EQ(parameter.error().code(), ErrorCode::kParameterDates);
}

TEST(ParameterLoader, RefusesABadFileName) {
  Result<Parameter> parameter = load_parameter("Travel-Cost", kValid);
  ASSERT_FALSE(parameter.ok());
  EXPECT_EQ(parameter.error().code(), ErrorCode::kSchemaType);
}

}  // namespace
}  // namespace octroi
