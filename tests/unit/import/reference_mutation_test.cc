// The reference dataset, changed in one place in memory, is refused with the
// expected error code, message and location: the loader's strictness on real
// data (schema, values, references, quotes against the source document).
#include <string>

#include <gtest/gtest.h>

#include "import/import.h"

namespace octroi {
namespace {

const std::filesystem::path kReference =
    std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "pas-de-calais-2023-phase4";

const std::map<std::string, std::string>& reference_files() {
  static const std::map<std::string, std::string> files = [] {
    Result<DatasetSource> source = read_dataset_source(kReference);
    if (!source.ok()) {
      ADD_FAILURE() << source.error().to_string();
      return std::map<std::string, std::string>{};
    }
    return source->files;
  }();
  return files;
}

Result<ProgrammeDataset> load_changed(const std::string& file, const std::string& from,
                                      const std::string& to) {
  std::map<std::string, std::string> files = reference_files();
  std::string& content = files[file];
  const std::size_t at = content.find(from);
  EXPECT_NE(at, std::string::npos) << file << ": « " << from << " »";
  if (at != std::string::npos) content.replace(at, from.size(), to);
  DatasetLoadOptions options;
  Result<std::vector<Parameter>> parameters =
      load_parameters(kReference.parent_path() / "parameters");
  EXPECT_TRUE(parameters.ok());
  if (parameters.ok()) options.parameters = *parameters;
  return load_dataset_files("pas-de-calais-2023-phase4", files, options);
}

TEST(ReferenceMutation, TheUnchangedFilesLoadFromMemory) {
  Result<ProgrammeDataset> loaded =
      load_dataset_files("pas-de-calais-2023-phase4", reference_files());
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
}

TEST(ReferenceMutation, KeepsAFlaggedImpossiblePeriodWithoutValue) {
  Result<ProgrammeDataset> loaded =
      load_dataset_files("pas-de-calais-2023-phase4", reference_files());
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  const AnnexRow* row = loaded->find_row("t2-o3-01");
  ASSERT_NE(row, nullptr);
  ASSERT_TRUE(row->period.has_value());
  EXPECT_TRUE(row->period->unparseable);
  EXPECT_FALSE(row->period->value.has_value());
  EXPECT_FALSE(row->award.period.has_value());
  EXPECT_EQ(row->period->text, "du 01/12/2023 au 31/11/2024");
  EXPECT_TRUE(row->period->note.has_value());
}

struct Mutation {
  const char* name;
  const char* file;
  const char* from;
  const char* to;
  ErrorCode code;
  const char* message;
  const char* field;
};

class ReferenceMutation : public testing::TestWithParam<Mutation> {};

TEST_P(ReferenceMutation, IsRefused) {
  const Mutation& m = GetParam();
  Result<ProgrammeDataset> loaded = load_changed(m.file, m.from, m.to);
  ASSERT_FALSE(loaded.ok()) << m.name << " was loaded";
  const Error& error = loaded.error();
  EXPECT_EQ(error.code(), m.code) << error.to_string();
  EXPECT_NE(error.message().find(m.message), std::string::npos) << error.to_string();
  EXPECT_EQ(error.location().file, m.file) << error.to_string();
  EXPECT_GT(error.location().line, 0) << error.to_string();
  EXPECT_GT(error.location().column, 0) << error.to_string();
  EXPECT_EQ(error.location().field, m.field) << error.to_string();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ReferenceMutation,
    testing::Values(
        Mutation{"unflagged_impossible_period", "annex.yaml",
                 "        period:\n          printed: \"du 01/12/2023 au 31/11/2024\"\n"
                 "          unparseable: true\n"
                 "          note: \"31 novembre n'existe pas (novembre a 30 jours)\"\n",
                 "        period: \"du 01/12/2023 au 31/11/2024\"\n", ErrorCode::kValueUnparseable,
                 "date impossible « 31/11/2024 »", "sections[1].rows[11].period"},
        Mutation{"amount_changed", "annex.yaml", "\"16 137,96 €\"", "\"16 137,97 €\"",
                 ErrorCode::kQuoteNotFound, "« 16 137,97 € »", "sections[1].rows[9].amount"},
        Mutation{"misspelling_corrected", "annex.yaml", "printed: \"Bouloonnais\"",
                 "printed: \"Boulonnais\"", ErrorCode::kQuoteNotFound, "« Boulonnais »",
                 "sections[1].rows[21].territory.printed"},
        Mutation{"unknown_organisation", "annex.yaml", "id: cab-esi}", "id: cab-esj}",
                 ErrorCode::kReferenceUnknown, "« cab-esj »",
                 "sections[1].rows[21].organisation.id"},
        Mutation{"statement_row_unknown", "report.yaml", "rows: [t1-o1-01, t1-o1-02,",
                 "rows: [t1-o1-99, t1-o1-02,", ErrorCode::kReferenceUnknown, "« t1-o1-99 »",
                 "statements[0].rows[0]"},
        Mutation{"statement_names_a_total", "report.yaml", "rows: [t1-o1-01, t1-o1-02,",
                 "rows: [t1-o1-total, t1-o1-02,", ErrorCode::kReferenceUnknown, "ligne de total",
                 "statements[0].rows[0]"},
        Mutation{"quote_changed", "report.yaml", "il est proposé de financer 4 structures",
                 "il est proposé de financer 4  structures", ErrorCode::kQuoteNotFound,
                 "introuvable dans le document", "statements[0].quote"},
        Mutation{"vote_count_not_in_quote", "session.yaml", "count: \"36\"", "count: \"37\"",
                 ErrorCode::kQuoteNotFound, "« 37 »", "vote.for.count"},
        Mutation{
            "member_unknown", "session.yaml", "{printed: \"Carole DUBOIS\", member: dubois-carole}",
            "{printed: \"Carole DUBOIS\", member: dubois-caroline}", ErrorCode::kReferenceUnknown,
            "« dubois-caroline »", "recusals[0].members[0].member"},
        Mutation{"formula_unknown_name", "themes.yaml",
                 "formula: \"measures * astre_cost_per_measure\"",
                 "formula: \"mesures * astre_cost_per_measure\"", ErrorCode::kFormulaUnknownName,
                 "nom inconnu « mesures »", "themes[2].operations[0].funding_rules[0].formula"},
        Mutation{"formula_syntax", "themes.yaml",
                 "formula: \"accompaniments * envaul_cost_per_measure\"",
                 "formula: \"accompaniments * \"", ErrorCode::kFormulaSyntax,
                 "valeur attendue après « * »", "themes[2].operations[4].funding_rules[0].formula"},
        Mutation{"formula_twice_in_operation", "themes.yaml",
                 "source: {line: 795}\n            parameters: [segur_per_etp]\n",
                 "source: {line: 795}\n            parameters: [segur_per_etp]\n"
                 "            formula: \"etp * segur_per_etp\"\n",
                 ErrorCode::kDuplicate, "une seule règle",
                 "themes[2].operations[2].funding_rules[1].formula"},
        Mutation{"zero_when_absent_unknown", "themes.yaml", "zero_when_absent: [etp]",
                 "zero_when_absent: [etps]", ErrorCode::kReferenceUnknown,
                 "« etps » n'est pas une variable",
                 "themes[2].operations[3].funding_rules[1].formula"},
        Mutation{"budget_code_unknown", "amendments.yaml", "      - code: \"C02-446A05\"",
                 "      - code: \"C02-446A09\"", ErrorCode::kReferenceUnknown, "« C02-446A09 »",
                 "amendments[0].budget_lines[0].code"},
        Mutation{"parameter_unknown", "travel-agreement.yaml",
                 "parameter: travel_cost_per_place_intercommunal",
                 "parameter: travel_cost_per_place", ErrorCode::kReferenceUnknown,
                 "paramètre « travel_cost_per_place »", "rates[0].parameter"},
        Mutation{"source_beyond_document", "budget.yaml", "source: {line: 1522}",
                 "source: {line: 1535}", ErrorCode::kSourceOutOfRange, "ligne 1535",
                 "budget_table.rows[3].source.line"},
        Mutation{"wrong_line_count", "programme.yaml", "lines: 1534", "lines: 1535",
                 ErrorCode::kDocumentMismatch, "compte 1534 lignes", "document.lines"},
        Mutation{"unknown_key_deep", "amendments.yaml", "    portfolio:\n",
                 "    portfolio:\n      median: \"85\"\n", ErrorCode::kSchemaUnknownKey,
                 "« median »", "amendments[0].portfolio.median"},
        Mutation{"organisation_alias_not_printed", "organisations.yaml",
                 "aliases: [\"ID formation\"]", "aliases: [\"ID formations SA\"]",
                 ErrorCode::kQuoteNotFound, "« ID formations SA »", "organisations[2]"}),
    [](const testing::TestParamInfo<Mutation>& param_info) {
      return std::string(param_info.param.name);
    });

}  // namespace
}  // namespace octroi
