// Editing an award on both backends: every record carries a version; an edit
// based on a stale version is refused with a conflict naming who changed the
// award and when (never a silent overwrite); 8 writers hammering one award
// lose no update, and the journal records every committed change.
#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "service/edit_award.h"
#include "small_dataset.h"
#include "store_backends.h"

namespace octroi {
namespace {

constexpr const char* kProgramme = "essai-2024-phase1";
constexpr const char* kAward = "t1-o1-01";

template <typename Backend>
class AwardUpdateTest : public testing::StoreTest<Backend> {
 protected:
  void SetUp() override {
    testing::StoreTest<Backend>::SetUp();
    if (this->IsSkipped() || this->HasFatalFailure()) return;
    auto repository = this->open();
    ASSERT_TRUE(repository.ok()) << repository.error().to_string();
    repository_ = std::move(*repository);
    auto saved = repository_->save_programme(small_dataset(), small_source(),
                                             Stamp{"agent", "2026-11-28T12:00:00Z"}, false);
    ASSERT_TRUE(saved.ok()) << saved.error().to_string();
  }

  AwardRecord find(ProgrammeRepository& repository) {
    auto found = repository.find_award(kProgramme, kAward);
    EXPECT_TRUE(found.ok()) << found.error().to_string();
    EXPECT_TRUE(found.ok() && found->has_value());
    return found.ok() && found->has_value() ? **found : AwardRecord{};
  }

  static AwardEdit amount_edit(std::int64_t read_version, std::int64_t cents) {
    AwardEdit edit{kProgramme, kAward, read_version, {}};
    edit.changes.amount = Amount::from_cents(cents);
    return edit;
  }

  std::unique_ptr<ProgrammeRepository> repository_;
};
TYPED_TEST_SUITE(AwardUpdateTest, testing::Backends, testing::BackendNames);

TYPED_TEST(AwardUpdateTest, FindsAnImportedAwardAtVersionOne) {
  AwardRecord award = this->find(*this->repository_);
  EXPECT_EQ(award.version, 1);
  EXPECT_EQ(award.amount, Amount::from_cents(800000));
  EXPECT_EQ(award.description, "50 places d'accompagnement");
  EXPECT_EQ(award.updated_by, "agent");
  EXPECT_EQ(award.updated_at, "2026-11-28T12:00:00Z");
  auto missing = this->repository_->find_award(kProgramme, "t9-o9-99");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TYPED_TEST(AwardUpdateTest, StoresAnEditAndJournalsItsBeforeAndAfter) {
  AwardEdit edit = this->amount_edit(1, 900000);
  edit.changes.description = "60 places d'accompagnement";
  edit.changes.quantity = UnitQuantity{Quantity::from_units(600000), QuantityUnit::kPlaces};
  auto edited = edit_award(*this->repository_, edit, Stamp{"marie", "2026-11-28T16:50:00Z"});
  ASSERT_TRUE(edited.ok()) << edited.error().to_string();
  EXPECT_EQ(edited->version, 2);

  AwardRecord stored = this->find(*this->repository_);
  EXPECT_EQ(stored.version, 2);
  EXPECT_EQ(stored.amount, Amount::from_cents(900000));
  EXPECT_EQ(stored.description, "60 places d'accompagnement");
  ASSERT_TRUE(stored.quantity.has_value());
  EXPECT_EQ(stored.quantity->value.units(), 600000);
  EXPECT_EQ(stored.updated_by, "marie");
  EXPECT_EQ(stored.updated_at, "2026-11-28T16:50:00Z");

  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE action = 'update' AND entity = 'award'"
                        " AND entity_id = 'essai-2024-phase1/t1-o1-01' AND user_name = 'marie'"
                        " AND before_json LIKE '%\"amount_cents\":800000%'"
                        " AND after_json LIKE '%\"amount_cents\":900000%'"),
            1);
  auto report = store::verify_journal(this->backend_.url());
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->intact()) << report->problem;
  EXPECT_EQ(report->entries, 4);  // the import's three, then the edit
}

TYPED_TEST(AwardUpdateTest, RefusesAStaleVersionNamingWhoChangedItAndWhen) {
  ASSERT_TRUE(edit_award(*this->repository_, this->amount_edit(1, 900000),
                         Stamp{"marie", "2026-11-28T16:50:00Z"})
                  .ok());
  // Paul read version 1 before Marie saved: his edit must not overwrite hers.
  auto stale = edit_award(*this->repository_, this->amount_edit(1, 700000),
                          Stamp{"paul", "2026-11-28T16:51:00Z"});
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message(),
            "la ligne t1-o1-01 a été modifiée par marie le 28 novembre 2026 à 17:50 (version 2) "
            "depuis votre lecture (version 1) : rechargez-la avant de l'enregistrer");

  AwardRecord stored = this->find(*this->repository_);
  EXPECT_EQ(stored.amount, Amount::from_cents(900000));
  EXPECT_EQ(stored.version, 2);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE action = 'update'"), 1);
}

TYPED_TEST(AwardUpdateTest, RefusesAnUnknownAwardAndAnEmptyOrInvalidEdit) {
  AwardEdit unknown = this->amount_edit(1, 100);
  unknown.award_id = "t9-o9-99";
  auto missing = edit_award(*this->repository_, unknown, Stamp{"marie", "t"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);

  AwardEdit nothing{kProgramme, kAward, 1, {}};
  auto empty = edit_award(*this->repository_, nothing, Stamp{"marie", "t"});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code(), ErrorCode::kInvalidValue);

  auto negative = edit_award(*this->repository_, this->amount_edit(1, -1), Stamp{"marie", "t"});
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().code(), ErrorCode::kInvalidValue);
  EXPECT_EQ(this->find(*this->repository_).version, 1);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE action = 'update'"), 0);
}

// 8 writers, each on its own connection, each adding one cent N times by
// read-modify-write, retrying on conflict: no increment may be lost.
TYPED_TEST(AwardUpdateTest, EightConcurrentWritersLoseNoUpdate) {
  constexpr int kWriters = 8;
  constexpr int kIncrements = 15;
  const AwardRecord initial = this->find(*this->repository_);
  std::atomic<int> conflicts{0};
  std::vector<std::string> failures(kWriters);
  std::vector<std::thread> writers;
  writers.reserve(kWriters);
  for (int writer = 0; writer < kWriters; ++writer) {
    writers.emplace_back([&, writer] {
      auto opened = store::open_repository(this->backend_.url());
      if (!opened.ok()) {
        failures[writer] = opened.error().to_string();
        return;
      }
      ProgrammeRepository& repository = **opened;
      Stamp stamp{"agent-" + std::to_string(writer), "2026-11-28T17:00:00Z"};
      for (int done = 0; done < kIncrements;) {
        auto read = repository.find_award(kProgramme, kAward);
        if (!read.ok() || !read->has_value()) {
          failures[writer] = read.ok() ? "ligne introuvable" : read.error().to_string();
          return;
        }
        const AwardRecord& award = **read;
        AwardEdit edit{kProgramme, kAward, award.version, {}};
        edit.changes.amount = Amount::from_cents(award.amount.cents() + 1);
        auto edited = edit_award(repository, edit, stamp);
        if (edited.ok()) {
          ++done;
        } else if (edited.error().code() == ErrorCode::kConflict) {
          ++conflicts;  // someone else won this version: read again and retry
        } else {
          failures[writer] = edited.error().to_string();
          return;
        }
      }
    });
  }
  for (std::thread& thread : writers) thread.join();
  for (const std::string& failure : failures) EXPECT_EQ(failure, "");

  constexpr int kTotal = kWriters * kIncrements;
  AwardRecord final_award = this->find(*this->repository_);
  EXPECT_EQ(final_award.amount.cents(), initial.amount.cents() + kTotal);
  EXPECT_EQ(final_award.version, initial.version + kTotal);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'award'"
                        " AND action = 'update'"),
            kTotal);
  auto report = store::verify_journal(this->backend_.url());
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_TRUE(report->intact()) << report->problem;
  EXPECT_EQ(report->entries, 3 + kTotal);
  ::testing::Test::RecordProperty("conflicts", conflicts.load());
}

}  // namespace
}  // namespace octroi
