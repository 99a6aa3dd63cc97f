// The database keeps a programme's dataset verbatim: loading it back from the
// store gives the same programme as loading the folder (issue: the checker
// works from the database as well as from the files).
#include "import/stored_dataset.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "../store/temporary_directory.h"
#include "import/dataset_source.h"
#include "import/import.h"
#include "service/import_programme.h"
#include "store/store.h"

namespace octroi {
namespace {

const std::filesystem::path kReference =
    std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "pas-de-calais-2023-phase4";

TEST(StoredDatasetTest, TheStoredFilesLoadIntoTheSameProgramme) {
  testing::TemporaryDirectory directory;
  auto source = read_dataset_source(kReference);
  ASSERT_TRUE(source.ok()) << source.error().to_string();
  auto from_folder = load_dataset(*source);
  ASSERT_TRUE(from_folder.ok()) << from_folder.error().to_string();

  auto repository = store::open_repository("sqlite:" + (directory.path() / "o.db").string());
  ASSERT_TRUE(repository.ok()) << repository.error().to_string();
  auto imported = import_programme(**repository, *from_folder, *source, {}, {"test", "now"});
  ASSERT_TRUE(imported.ok()) << imported.error().to_string();

  auto stored = (*repository)->dataset_source("pas-de-calais-2023-phase4");
  ASSERT_TRUE(stored.ok()) << stored.error().to_string();
  EXPECT_EQ(stored->digest, source->digest);
  EXPECT_EQ(stored->files, source->files);
  auto from_database = load_dataset(*stored);
  ASSERT_TRUE(from_database.ok()) << from_database.error().to_string();

  const ProgrammeDataset& a = *from_folder;
  const ProgrammeDataset& b = *from_database;
  ASSERT_EQ(a.rows.size(), b.rows.size());
  for (std::size_t index = 0; index < a.rows.size(); ++index) {
    EXPECT_EQ(a.rows[index].award.id, b.rows[index].award.id);
    EXPECT_EQ(a.rows[index].award.amount, b.rows[index].award.amount);
    EXPECT_EQ(a.rows[index].amount.text, b.rows[index].amount.text);
  }
  ASSERT_EQ(a.totals.size(), b.totals.size());
  EXPECT_EQ(a.organisations.size(), b.organisations.size());
  EXPECT_EQ(a.session.members.size(), b.session.members.size());
  EXPECT_EQ(a.amendments.size(), b.amendments.size());

  // The relational annex holds the same rows and the same total.
  auto lines = (*repository)->annex_lines("pas-de-calais-2023-phase4");
  ASSERT_TRUE(lines.ok());
  ASSERT_EQ(lines->size(), 89u);
  Amount total;
  for (const AnnexLine& line : *lines) total += line.amount;
  EXPECT_EQ(total, Amount::from_cents(351949287));
}

// `octroi import data/pas-de-calais-2023-phase4 --as autre`: the stored
// copy loads back as « autre » (programme.yaml still says its folder's id;
// that check was refusing every later read: check, agreements, the web).
TEST(StoredDatasetTest, ADatasetImportedUnderAnotherIdLoadsBackUnderThatId) {
  testing::TemporaryDirectory directory;
  auto source = read_dataset_source(kReference);
  ASSERT_TRUE(source.ok()) << source.error().to_string();
  auto dataset = load_dataset(*source);
  ASSERT_TRUE(dataset.ok()) << dataset.error().to_string();
  auto repository = store::open_repository("sqlite:" + (directory.path() / "o.db").string());
  ASSERT_TRUE(repository.ok()) << repository.error().to_string();
  ASSERT_TRUE(
      import_programme(**repository, *dataset, *source, {.programme_id = "autre"}, {"test", "now"})
          .ok());
  auto stored = load_stored_dataset(**repository, "autre");
  ASSERT_TRUE(stored.ok()) << stored.error().to_string();
  EXPECT_EQ(stored->programme.programme.id.key(), "autre");
  EXPECT_EQ(stored->rows.size(), 89U);
}

}  // namespace
}  // namespace octroi
