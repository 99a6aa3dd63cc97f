// Issue 13: the SCDL "délibérations" export of the reference sitting passes
// the schema's constraints. The schema is read from data/opendata/ and
// every field of the exported row is checked against it: required, type
// (integer, date, uri), pattern, and the schema's custom checks (SIRET key,
// year interval, cohesive columns, column comparisons, VOTE_REEL = sum, and
// the ACTES subject name of the code).
#include "opendata/scdl_deliberations.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include <gtest/gtest.h>

#include "import/import.h"
#include "service/session_from_dataset.h"

namespace octroi {
namespace {

const std::filesystem::path kSource{OCTROI_SOURCE_DIR};

nlohmann::json schema() {
  std::ifstream file(kSource / "data" / "opendata" / "scdl-deliberations-2.1.5.schema.json");
  EXPECT_TRUE(file.good()) << "data/opendata/scdl-deliberations-2.1.5.schema.json is missing";
  return nlohmann::json::parse(file);
}

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

bool luhn(const std::string& digits) {
  int sum = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    int digit = digits[digits.size() - 1 - i] - '0';
    if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 == 0;
}

std::string export_reference() {
  auto dataset = load_dataset(kSource / "data" / "pas-de-calais-2023-phase4");
  EXPECT_TRUE(dataset.ok()) << dataset.error().to_string();
  auto bundle = session_bundle_from_dataset(*dataset);
  EXPECT_TRUE(bundle.ok()) << bundle.error().to_string();
  Authority authority = *bundle->authority;
  // The deliberation does not print the authority's SIRET: staff set it
  // (octroi session authority --siret). A test value with a valid key.
  authority.siret = Siret::parse("22620001200012").value();
  auto rows = scdl_deliberation_rows(authority, {*bundle->session});
  EXPECT_TRUE(rows.ok()) << rows.error().to_string();
  const std::vector<std::string_view> header(std::begin(kScdlDeliberationFields),
                                             std::end(kScdlDeliberationFields));
  return to_csv(header, *rows);
}

TEST(ScdlDeliberations, TheReferenceSittingPassesTheSchema) {
  const nlohmann::json table_schema = schema();
  const nlohmann::json& fields = table_schema["fields"];
  const auto table = parse_csv(export_reference());
  ASSERT_EQ(table.size(), 2U);  // header and the one voted report
  const std::vector<std::string>& header = table[0];
  const std::vector<std::string>& row = table[1];
  ASSERT_EQ(header.size(), fields.size());
  ASSERT_EQ(row.size(), fields.size());
  std::map<std::string, std::string> value;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const nlohmann::json& field = fields[i];
    const std::string name = field["name"];
    EXPECT_EQ(header[i], name) << "column " << i;
    const std::string& cell = row[i];
    value[name] = cell;
    const nlohmann::json constraints = field.value("constraints", nlohmann::json::object());
    if (constraints.value("required", false)) {
      EXPECT_FALSE(cell.empty()) << name << " is required";
    }
    if (cell.empty()) continue;
    const std::string type = field.value("type", "string");
    if (type == "integer") {
      EXPECT_TRUE(std::regex_match(cell, std::regex("-?[0-9]+"))) << name << ": " << cell;
    } else if (type == "date") {
      EXPECT_TRUE(std::regex_match(cell, std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}"))) << name;
    }
    if (constraints.contains("pattern")) {
      const std::string pattern = constraints["pattern"];
      EXPECT_TRUE(std::regex_search(cell, std::regex(pattern)))
          << name << " « " << cell << " » vs " << pattern;
    }
  }
  // The row's values.
  EXPECT_EQ(value["COLL_NOM"], "Département du Pas-de-Calais");
  EXPECT_EQ(value["DELIB_ID"], "2023-405");
  EXPECT_EQ(value["DELIB_DATE"], "2023-09-18");
  EXPECT_EQ(value["DELIB_MATIERE_CODE"], "7.5");
  EXPECT_EQ(value["DELIB_MATIERE_NOM"], "finances locales/subventions");
  EXPECT_EQ(value["DELIB_OBJET"],
            "APPELS À PROJETS DES POLITIQUES D'INCLUSION DURABLE 2023-PHASE 4");
  EXPECT_EQ(value["BUDGET_ANNEE"], "2023");
  EXPECT_EQ(value["VOTE_EFFECTIF"], "44");
  EXPECT_EQ(value["VOTE_REEL"], "41");
  EXPECT_EQ(value["VOTE_POUR"], "36");
  EXPECT_EQ(value["VOTE_CONTRE"], "0");
  EXPECT_EQ(value["VOTE_ABSTENTION"], "5");

  // Custom checks of the schema.
  for (const nlohmann::json& check : table_schema["custom_checks"]) {
    const std::string kind = check["name"];
    const nlohmann::json& params = check["params"];
    const std::string column = params["column"];
    if (kind == "french-siret-value") {
      EXPECT_TRUE(luhn(value[column])) << column;
    } else if (kind == "year-interval-value") {
      EXPECT_TRUE(std::regex_match(value[column], std::regex("[0-9]{4}(/[0-9]{4})?"))) << column;
    } else if (kind == "cohesive-columns-value") {
      // All filled or all empty.
      const bool filled = !value[column].empty();
      for (const std::string other : params["othercolumns"]) {
        EXPECT_EQ(!value[other].empty(), filled) << column << " / " << other;
      }
    } else if (kind == "compare-columns-value") {
      const std::string other = params["column2"];
      if (value[column].empty() || value[other].empty()) continue;
      ASSERT_EQ(params["op"], ">=");
      if (column.rfind("VOTE_", 0) == 0) {
        EXPECT_GE(std::stoi(value[column]), std::stoi(value[other])) << column << " >= " << other;
      } else {
        EXPECT_GE(value[column], value[other]) << column << " >= " << other;  // ISO dates
      }
    } else if (kind == "sum-columns-value") {
      int sum = 0;
      for (const std::string other : params["columns"]) sum += std::stoi(value[other]);
      EXPECT_EQ(std::stoi(value[column]), sum) << column;
    } else if (kind == "nomenclature-actes-value") {
      const auto name = actes_subject_name(value["DELIB_MATIERE_CODE"]);
      ASSERT_TRUE(name.has_value());
      EXPECT_EQ(value[column], *name);
    } else {
      ADD_FAILURE() << "custom check not verified by this test: " << kind;
    }
  }
}

TEST(ScdlDeliberations, TheSchemaExampleSubjectNameIsKnown) {
  EXPECT_EQ(actes_subject_name("8.4"),
            "domaines de compétences par thèmes/aménagement du territoire");
  EXPECT_FALSE(actes_subject_name("7.11").has_value());
}

TEST(ScdlDeliberations, AnAuthorityWithoutSiretIsRefusedNamingTheCommand) {
  auto rows = scdl_deliberation_rows(Authority{.name = "Département du Pas-de-Calais"}, {});
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kMissingField);
  EXPECT_NE(rows.error().message().find("octroi session authority --siret"), std::string::npos);
}

TEST(ScdlDeliberations, CsvQuotesCommasAndQuotes) {
  EXPECT_EQ(to_csv({"A", "B"}, {{"x, y", "a \"b\""}}), "A,B\r\n\"x, y\",\"a \"\"b\"\"\"\r\n");
}

}  // namespace
}  // namespace octroi
