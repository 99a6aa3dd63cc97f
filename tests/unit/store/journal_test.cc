// The audit journal on both backends: every import is recorded in its own
// transaction, and an edit or a deletion made behind Octroi's back (by SQL,
// after dropping the append-only triggers) is found and named by verify.
#include "store/journal.h"

#include <gtest/gtest.h>

#include "small_dataset.h"
#include "store_backends.h"

namespace octroi {
namespace {

using store::JournalReport;

template <typename Backend>
class JournalTest : public testing::StoreTest<Backend> {
 protected:
  // Imports the small programme: one programme entry and two award entries.
  void import_small() {
    auto repository = this->open();
    ASSERT_TRUE(repository.ok()) << repository.error().to_string();
    auto saved = (*repository)
                     ->save_programme(small_dataset(), small_source(),
                                      Stamp{"agent", "2026-11-28T12:00:00Z"}, false);
    ASSERT_TRUE(saved.ok()) << saved.error().to_string();
  }
  JournalReport verify() {
    auto report = store::verify_journal(this->backend_.url());
    EXPECT_TRUE(report.ok()) << report.error().to_string();
    return report.ok() ? *report : JournalReport{};
  }
};
TYPED_TEST_SUITE(JournalTest, testing::Backends, testing::BackendNames);

TYPED_TEST(JournalTest, AnEmptyJournalIsIntact) {
  JournalReport report = this->verify();
  EXPECT_TRUE(report.intact()) << report.problem;
  EXPECT_EQ(report.entries, 0);
}

TYPED_TEST(JournalTest, RecordsEachImportAndReplacementInAnIntactChain) {
  this->import_small();
  JournalReport first = this->verify();
  EXPECT_TRUE(first.intact()) << first.problem;
  EXPECT_EQ(first.entries, 3);  // the programme and its two awards

  auto repository = this->open();
  ASSERT_TRUE(repository.ok());
  auto replaced = (*repository)
                      ->save_programme(small_dataset(), small_source("b"),
                                       Stamp{"agent", "2026-11-28T13:00:00Z"}, true);
  ASSERT_TRUE(replaced.ok()) << replaced.error().to_string();
  JournalReport second = this->verify();
  EXPECT_TRUE(second.intact()) << second.problem;
  EXPECT_EQ(second.entries, 6);
}

TYPED_TEST(JournalTest, AFailedSaveWritesNoEntry) {
  auto repository = this->open();
  ASSERT_TRUE(repository.ok());
  ProgrammeDataset broken = small_dataset();
  broken.rows[1].award.organisation = OrganisationId("unknown");
  ASSERT_FALSE((*repository)->save_programme(broken, small_source(), Stamp{"a", "t"}, false).ok());
  JournalReport report = this->verify();
  EXPECT_TRUE(report.intact());
  EXPECT_EQ(report.entries, 0);
}

TYPED_TEST(JournalTest, RefusesUpdatesWhileItsGuardsStand) {
  this->import_small();
  EXPECT_FALSE(this->backend_.execute("UPDATE journal SET user_name = 'x' WHERE seq = 1").ok());
  EXPECT_FALSE(this->backend_.execute("DELETE FROM journal WHERE seq = 1").ok());
  EXPECT_TRUE(this->verify().intact());
}

TYPED_TEST(JournalTest, NamesAnEditedEntry) {
  this->import_small();
  ASSERT_TRUE(this->backend_.drop_journal_guards().ok());
  ASSERT_TRUE(this->backend_
                  .execute("UPDATE journal SET after_json = replace(after_json, '800000', "
                           "'900000') WHERE seq = 2")
                  .ok());
  JournalReport report = this->verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(*report.first_bad, 2);
  EXPECT_NE(report.problem.find("n° 2"), std::string::npos) << report.problem;
  EXPECT_NE(report.problem.find("modifiée"), std::string::npos) << report.problem;
}

TYPED_TEST(JournalTest, NamesAnEntryEditedWithItsHashRecomputedByItsSuccessor) {
  this->import_small();
  ASSERT_TRUE(this->backend_.drop_journal_guards().ok());
  // Whoever rewrites entry 1 and its hash still breaks the link from entry 2.
  ASSERT_TRUE(
      this->backend_.execute("UPDATE journal SET user_name = 'intrus', hash = 'f00d' WHERE seq = 1")
          .ok());
  JournalReport report = this->verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(*report.first_bad, 1);
}

TYPED_TEST(JournalTest, NamesADeletedEntry) {
  this->import_small();
  ASSERT_TRUE(this->backend_.drop_journal_guards().ok());
  ASSERT_TRUE(this->backend_.execute("DELETE FROM journal WHERE seq = 2").ok());
  JournalReport report = this->verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(*report.first_bad, 2);
  EXPECT_NE(report.problem.find("supprimée"), std::string::npos) << report.problem;
}

TYPED_TEST(JournalTest, NamesADeletedLastEntry) {
  this->import_small();
  ASSERT_TRUE(this->backend_.drop_journal_guards().ok());
  ASSERT_TRUE(this->backend_.execute("DELETE FROM journal WHERE seq = 3").ok());
  JournalReport report = this->verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(*report.first_bad, 3);
  EXPECT_NE(report.problem.find("n° 3"), std::string::npos) << report.problem;
}

TEST(JournalHashTest, DependsOnEveryFieldAndTellsNullFromEmpty) {
  store::JournalEntry entry;
  entry.seq = 1;
  entry.time = "2026-11-28T12:00:00Z";
  entry.user = "agent";
  entry.entity = "programme";
  entry.entity_id = "p";
  entry.action = "import";
  entry.after_json = "{}";
  entry.previous_hash = std::string(store::kJournalGenesisHash);
  std::string hash = store::journal_hash(entry);
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(store::journal_hash(entry), hash);
  store::JournalEntry other = entry;
  other.before_json = "";
  EXPECT_NE(store::journal_hash(other), hash);
  other = entry;
  other.seq = 2;
  EXPECT_NE(store::journal_hash(other), hash);
  other = entry;
  other.user = "agent2";
  EXPECT_NE(store::journal_hash(other), hash);
}

}  // namespace
}  // namespace octroi
