// The corpus harness: every bad input of tests/corpus/<folder>/NAME.input goes
// through the parser registered for <folder>, and must be refused with the
// error code (line 1) and a message containing the text (line 2) of
// NAME.expected — the message with its place: file, line, column, field.
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "base/result.h"
#include "calendar/parse.h"
#include "domain/siret.h"
#include "import/table/table_import.h"
#include "money/parse.h"

namespace octroi {
namespace {

namespace fs = std::filesystem;

using Parser = std::function<std::optional<Error>(std::string_view)>;

// Adapts any `Result<T> parse(std::string_view)` to the registry: the error it
// returns, or nothing when the text parses.
template <typename T>
Parser refusal_of(Result<T> (*parse)(std::string_view)) {
  return [parse](std::string_view text) -> std::optional<Error> {
    Result<T> result = parse(text);
    if (result.ok()) return std::nullopt;
    return result.error();
  };
}

// An annex table's bytes read as `file_name` with a complete identity, so that
// only what is wrong with the table itself is refused.
Parser table_refusal(std::string file_name, TableFormat format) {
  return [file_name, format](std::string_view bytes) -> std::optional<Error> {
    TableIdentity identity;
    identity.title = "Appel à projets 2024 - phase 1";
    identity.session_date = "11/03/2024";
    identity.deliberation_number = "2024-12";
    identity.body = "commission_permanente";
    identity.authority = "Département du Pas-de-Calais";
    Result<TableImport> read = read_annex_table_file("corpus", file_name, bytes, format, identity);
    if (read.ok()) return std::nullopt;
    return read.error();
  };
}

// One line per folder of tests/corpus/. A folder without a line here fails.
const std::map<std::string, Parser>& parsers() {
  static const auto* const registry = new std::map<std::string, Parser>{
      {"amount", refusal_of(&parse_amount)},
      {"date", refusal_of(&parse_date)},
      {"period", refusal_of(&parse_period)},
      {"quantity", refusal_of(&parse_quantity)},
      {"rate", refusal_of(&parse_rate)},
      {"siret", refusal_of(&Siret::parse)},
      {"csv_table", table_refusal("annexe.csv", TableFormat::kCsv)},
      {"xlsx_table", table_refusal("annexe.xlsx", TableFormat::kXlsx)},
  };
  return *registry;
}

const fs::path& corpus_root() {
  static const fs::path root = fs::path(OCTROI_SOURCE_DIR) / "tests" / "corpus";
  return root;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::set<fs::path> folders() {
  std::set<fs::path> out;
  for (const fs::directory_entry& entry : fs::directory_iterator(corpus_root())) {
    // tests/corpus/dataset/ holds whole dataset folders, run by
    // tests/unit/import/dataset_corpus_test.cc.
    if (entry.is_directory() && entry.path().filename() != "dataset") out.insert(entry.path());
  }
  return out;
}

std::set<fs::path> files_of(const fs::path& folder) {
  std::set<fs::path> out;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) out.insert(entry.path());
  return out;
}

TEST(CorpusTest, EveryFolderHasARegisteredParser) {
  ASSERT_TRUE(fs::is_directory(corpus_root())) << corpus_root();
  for (const fs::path& folder : folders()) {
    std::string name = folder.filename().string();
    EXPECT_TRUE(parsers().contains(name))
        << "tests/corpus/" << name << "/ has no parser registered in " << __FILE__;
  }
}

TEST(CorpusTest, EveryRegisteredParserHasBadInputs) {
  for (const auto& [name, parser] : parsers()) {
    fs::path folder = corpus_root() / name;
    bool has_input = false;
    if (fs::is_directory(folder)) {
      for (const fs::path& file : files_of(folder)) has_input |= file.extension() == ".input";
    }
    EXPECT_TRUE(has_input) << "parser « " << name << " » is registered but tests/corpus/" << name
                           << "/ holds no .input file";
  }
}

TEST(CorpusTest, EveryFileIsAnInputWithItsExpectation) {
  for (const fs::path& folder : folders()) {
    for (const fs::path& file : files_of(folder)) {
      fs::path input = file, expected = file;
      input.replace_extension(".input");
      expected.replace_extension(".expected");
      if (file.extension() == ".input") {
        EXPECT_TRUE(fs::exists(expected)) << file << " has no " << expected.filename();
      } else if (file.extension() == ".expected") {
        EXPECT_TRUE(fs::exists(input)) << file << " has no " << input.filename();
      } else {
        ADD_FAILURE() << file << ": a corpus holds only NAME.input and NAME.expected";
      }
    }
  }
}

TEST(CorpusTest, EveryInputIsRefusedAsExpected) {
  int checked = 0;
  for (const fs::path& folder : folders()) {
    auto parser = parsers().find(folder.filename().string());
    if (parser == parsers().end()) continue;  // reported by EveryFolderHasARegisteredParser
    for (const fs::path& input : files_of(folder)) {
      if (input.extension() != ".input") continue;
      fs::path expected_path = input;
      expected_path.replace_extension(".expected");
      SCOPED_TRACE(input.string());
      if (!fs::exists(expected_path)) {
        ADD_FAILURE() << "no " << expected_path.filename();
        continue;
      }
      std::istringstream expected(read_bytes(expected_path));
      std::string code_name, message_part;
      std::getline(expected, code_name);
      std::getline(expected, message_part);
      if (code_name.empty() || message_part.empty()) {
        ADD_FAILURE() << expected_path.filename()
                      << " needs two lines: the error code name, then a part of the message";
        continue;
      }
      std::string text = read_bytes(input);
      std::optional<Error> error = parser->second(text);
      ++checked;
      if (!error) {
        ADD_FAILURE() << "« " << text << " » was accepted; expected " << code_name;
        continue;
      }
      EXPECT_EQ(error_code_name(error->code()), code_name) << error->message();
      // The message with its place (« annexe.csv, ligne 2, colonne 5 : … »).
      EXPECT_NE(error->to_string().find(message_part), std::string::npos)
          << "message: " << error->to_string() << "\nexpected to contain: " << message_part;
    }
  }
  EXPECT_GT(checked, 0) << "no corpus input found under " << corpus_root();
}

}  // namespace
}  // namespace octroi
