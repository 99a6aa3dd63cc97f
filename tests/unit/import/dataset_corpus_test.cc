// The dataset corpus: tests/corpus/dataset/<case>/ is a small dataset folder
// broken in one way; its `expected` file gives the error code name (line 1),
// a part of the French message (line 2) and the location FILE:LINE (line 3).
// Every case must be refused, from the folder and from memory alike, with
// nothing returned; valid-minimal, the dataset the cases are made from, loads.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "import/import.h"

namespace octroi {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(OCTROI_SOURCE_DIR) / "tests" / "corpus" / "dataset";

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::set<fs::path> cases() {
  std::set<fs::path> out;
  for (const fs::directory_entry& entry : fs::directory_iterator(kCorpus)) {
    if (entry.is_directory() && entry.path().filename() != "valid-minimal")
      out.insert(entry.path());
  }
  return out;
}

void expect_refused(const Result<ProgrammeDataset>& result, const fs::path& folder) {
  std::istringstream expected(read_bytes(folder / "expected"));
  std::string code, message, where;
  std::getline(expected, code);
  std::getline(expected, message);
  std::getline(expected, where);
  ASSERT_FALSE(code.empty() || message.empty() || where.empty())
      << folder / "expected"
      << " needs three lines: code, message part, FILE:LINE";
  ASSERT_FALSE(result.ok()) << folder.filename() << " was loaded; expected " << code;
  const Error& error = result.error();
  EXPECT_EQ(error_code_name(error.code()), code) << error.to_string();
  EXPECT_NE(error.message().find(message), std::string::npos)
      << "« " << message << " » not in « " << error.message() << " »";
  EXPECT_EQ(error.location().file + ":" + std::to_string(error.location().line), where)
      << error.to_string();
}

TEST(DatasetCorpus, TheMinimalDatasetLoads) {
  Result<ProgrammeDataset> loaded = load_dataset(kCorpus / "valid-minimal");
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(loaded->rows.size(), 1U);
  EXPECT_EQ(loaded->totals.size(), 1U);
  EXPECT_TRUE(loaded->programme.document.verified);
}

TEST(DatasetCorpus, HasTheRequiredCases) {
  std::set<std::string> names;
  for (const fs::path& folder : cases()) names.insert(folder.filename().string());
  for (const char* name :
       {"unknown-key", "malformed-amount", "impossible-date-not-flagged", "unknown-territory",
        "undefined-organisation", "duplicate-row-id", "not-a-mapping", "invalid-yaml-syntax"}) {
    EXPECT_TRUE(names.count(name) > 0) << name;
  }
}

TEST(DatasetCorpus, EveryCaseIsRefusedFromItsFolder) {
  int checked = 0;
  for (const fs::path& folder : cases()) {
    SCOPED_TRACE(folder.string());
    ASSERT_TRUE(fs::exists(folder / "expected")) << "no expected file";
    expect_refused(load_dataset(folder), folder);
    ++checked;
  }
  EXPECT_GE(checked, 30);
}

TEST(DatasetCorpus, EveryCaseIsRefusedFromMemory) {
  for (const fs::path& folder : cases()) {
    SCOPED_TRACE(folder.string());
    Result<DatasetSource> source = read_dataset_source(folder);
    ASSERT_TRUE(source.ok()) << source.error().to_string();
    expect_refused(load_dataset(*source), folder);
  }
}

}  // namespace
}  // namespace octroi
