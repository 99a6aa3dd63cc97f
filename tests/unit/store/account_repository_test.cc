// Accounts, browser sessions, award records and award history on both
// backends: a login is unique, its creation journaled without the hash;
// a session is found by its token hash until it expires; award_records
// lists every award with its version; history() lists an award's journal.
#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "service/edit_award.h"
#include "small_dataset.h"
#include "store_backends.h"

namespace octroi {
namespace {

constexpr const char* kProgramme = "essai-2024-phase1";

template <typename Backend>
class AccountRepositoryTest : public testing::StoreTest<Backend> {
 protected:
  void SetUp() override {
    testing::StoreTest<Backend>::SetUp();
    if (this->IsSkipped() || this->HasFatalFailure()) return;
    auto accounts = store::open_account_repository(this->backend_.url());
    ASSERT_TRUE(accounts.ok()) << accounts.error().to_string();
    accounts_ = std::move(*accounts);
  }

  static UserAccount account(const std::string& login, Role role) {
    UserAccount user;
    user.login = login;
    user.role = role;
    user.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
    return user;
  }

  std::unique_ptr<AccountRepository> accounts_;
};
TYPED_TEST_SUITE(AccountRepositoryTest, testing::Backends, testing::BackendNames);

TYPED_TEST(AccountRepositoryTest, AddsFindsAndListsAccounts) {
  const Stamp stamp{"admin", "2026-11-28T12:00:00Z"};
  ASSERT_TRUE(this->accounts_->add_user(this->account("zoe", Role::kReader), stamp).ok());
  ASSERT_TRUE(this->accounts_->add_user(this->account("alice", Role::kInstructor), stamp).ok());
  auto duplicate = this->accounts_->add_user(this->account("alice", Role::kFinance), stamp);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code(), ErrorCode::kDuplicate);

  auto alice = this->accounts_->find_user("alice");
  ASSERT_TRUE(alice.ok() && alice->has_value());
  EXPECT_EQ((*alice)->role, Role::kInstructor);
  EXPECT_EQ((*alice)->created_by, "admin");
  auto nobody = this->accounts_->find_user("nobody");
  ASSERT_TRUE(nobody.ok());
  EXPECT_FALSE(nobody->has_value());

  auto users = this->accounts_->list_users();
  ASSERT_TRUE(users.ok());
  ASSERT_EQ(users->size(), 2U);
  EXPECT_EQ((*users)[0].login, "alice");

  // Journaled, without the hash.
  auto journaled = this->backend_.count(
      "SELECT count(*) FROM journal WHERE entity = 'user' AND after_json NOT LIKE '%argon2%'");
  ASSERT_TRUE(journaled.ok()) << journaled.error().to_string();
  EXPECT_EQ(*journaled, 2);
}

TYPED_TEST(AccountRepositoryTest, SessionsLiveUntilTheyExpire) {
  ASSERT_TRUE(
      this->accounts_
          ->add_user(this->account("alice", Role::kInstructor), {"admin", "2026-11-28T12:00:00Z"})
          .ok());
  WebSession session{"hash-1", "alice", "csrf-1", "2026-11-28T12:00:00Z", "2026-11-28T20:00:00Z"};
  ASSERT_TRUE(this->accounts_->save_session(session).ok());
  auto found = this->accounts_->find_session("hash-1", "2026-11-28T13:00:00Z");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->csrf_token, "csrf-1");
  auto expired = this->accounts_->find_session("hash-1", "2026-11-28T20:00:00Z");
  ASSERT_TRUE(expired.ok());
  EXPECT_FALSE(expired->has_value());

  ASSERT_TRUE(this->accounts_->delete_expired_sessions("2026-11-28T21:00:00Z").ok());
  auto gone = this->accounts_->find_session("hash-1", "2026-11-28T13:00:00Z");
  ASSERT_TRUE(gone.ok());
  EXPECT_FALSE(gone->has_value());

  ASSERT_TRUE(this->accounts_->save_session(session).ok());
  ASSERT_TRUE(this->accounts_->delete_session("hash-1").ok());
  auto deleted = this->accounts_->find_session("hash-1", "2026-11-28T13:00:00Z");
  ASSERT_TRUE(deleted.ok());
  EXPECT_FALSE(deleted->has_value());
}

TYPED_TEST(AccountRepositoryTest, AwardRecordsAndHistoryFollowEdits) {
  auto repository = this->open();
  ASSERT_TRUE(repository.ok()) << repository.error().to_string();
  ASSERT_TRUE((*repository)
                  ->save_programme(small_dataset(), small_source(),
                                   Stamp{"agent", "2026-11-28T12:00:00Z"}, false)
                  .ok());
  auto before = (*repository)->programme_revision(kProgramme);
  ASSERT_TRUE(before.ok()) << before.error().to_string();
  EXPECT_FALSE(before->empty());
  AwardEdit edit{kProgramme, "t1-o1-01", 1, {}};
  edit.changes.amount = Amount::from_cents(123456);
  ASSERT_TRUE(edit_award(**repository, edit, Stamp{"alice", "2026-11-28T13:00:00Z"}).ok());
  auto after_edit = (*repository)->programme_revision(kProgramme);
  ASSERT_TRUE(after_edit.ok());
  EXPECT_NE(*after_edit, *before);
  auto unknown_revision = (*repository)->programme_revision("nothing");
  ASSERT_TRUE(unknown_revision.ok());
  EXPECT_TRUE(unknown_revision->empty());

  auto records = (*repository)->award_records(kProgramme);
  ASSERT_TRUE(records.ok()) << records.error().to_string();
  ASSERT_FALSE(records->empty());
  EXPECT_EQ(records->front().award_id, "t1-o1-01");
  EXPECT_EQ(records->front().version, 2);
  EXPECT_EQ(records->front().amount, Amount::from_cents(123456));
  auto unknown = (*repository)->award_records("nothing");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);

  auto history = (*repository)->history("award", std::string(kProgramme) + "/t1-o1-01");
  ASSERT_TRUE(history.ok()) << history.error().to_string();
  ASSERT_EQ(history->size(), 2U);
  EXPECT_EQ((*history)[0].action, "create");
  EXPECT_EQ((*history)[1].action, "update");
  EXPECT_EQ((*history)[1].user, "alice");
  auto after = nlohmann::json::parse(*(*history)[1].after_json);
  EXPECT_EQ(after["amount_cents"], 123456);
}

}  // namespace
}  // namespace octroi
