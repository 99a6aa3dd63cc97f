// `octroi backup`: the SQLite online backup gives a file that opens on its own
// and holds the programme; a PostgreSQL URL is pointed to pg_dump.
#include <filesystem>

#include <gtest/gtest.h>

#include "small_dataset.h"
#include "store/store.h"
#include "temporary_directory.h"

namespace octroi {
namespace {

TEST(BackupTest, TheCopyOpensAndHoldsTheProgramme) {
  testing::TemporaryDirectory directory;
  std::string url = "sqlite:" + (directory.path() / "octroi.db").string();
  {
    auto repository = store::open_repository(url);
    ASSERT_TRUE(repository.ok());
    ASSERT_TRUE((*repository)
                    ->save_programme(small_dataset(), small_source(), Stamp{"a", "t"}, false)
                    .ok());
  }
  auto copy = directory.path() / "copie" / "sauvegarde.db";
  std::filesystem::create_directories(copy.parent_path());
  auto saved = store::backup_database(url, copy.string());
  ASSERT_TRUE(saved.ok()) << saved.error().to_string();
  // Only the finished copy is left: no temporary file beside it.
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(copy.parent_path())) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 1);

  auto restored = store::open_repository("sqlite:" + copy.string());
  ASSERT_TRUE(restored.ok()) << restored.error().to_string();
  auto lines = (*restored)->annex_lines("essai-2024-phase1");
  ASSERT_TRUE(lines.ok()) << lines.error().to_string();
  ASSERT_EQ(lines->size(), 2u);
  EXPECT_EQ((*lines)[1].amount, Amount::from_cents(2597334));
  auto journal = store::verify_journal("sqlite:" + copy.string());
  ASSERT_TRUE(journal.ok());
  EXPECT_TRUE(journal->intact());
  EXPECT_EQ(journal->entries, 3);
}

TEST(BackupTest, AMissingDatabaseIsNotCreated) {
  testing::TemporaryDirectory directory;
  auto saved = store::backup_database("sqlite:" + (directory.path() / "absente.db").string(),
                                      (directory.path() / "copie.db").string());
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().code(), ErrorCode::kIo);
  EXPECT_FALSE(std::filesystem::exists(directory.path() / "absente.db"));
  EXPECT_FALSE(std::filesystem::exists(directory.path() / "copie.db"));
}

TEST(BackupTest, PostgresqlPointsToPgDump) {
  auto saved = store::backup_database("postgresql://octroi@127.0.0.1:1/octroi", "/tmp/x.dump");
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().code(), ErrorCode::kUsage);
  EXPECT_NE(saved.error().message().find("pg_dump"), std::string::npos);
}

}  // namespace
}  // namespace octroi
