// The calls part of the store on both backends: a call and an application
// round-trip whole; each is created once (kDuplicate) and saved only on the
// version read (kConflict naming who changed it); receipt numbers are
// allocated in sequence per call; an attachment is refused unless a PDF
// within the size limit, its bytes kept once under their SHA-256; an
// organisation has several accounts, a login acts for one organisation;
// every write is journaled in its transaction and the chain stays intact.
#include <string>

#include <gtest/gtest.h>

#include "../service/call_test_support.h"
#include "service/application_submission.h"
#include "store/call_json.h"
#include "store_backends.h"

namespace octroi {
namespace {

using testing::complete_application;
using testing::small_call;

template <typename Backend>
class CallRepositoryTest : public testing::StoreTest<Backend> {
 protected:
  void SetUp() override {
    testing::StoreTest<Backend>::SetUp();
    if (this->IsSkipped() || this->HasFatalFailure()) return;
    auto calls = store::open_call_repository(this->backend_.url());
    ASSERT_TRUE(calls.ok()) << calls.error().to_string();
    calls_ = std::move(*calls);
    ASSERT_TRUE(calls_->save_call(small_call(), 0, "create", stamp_).ok());
  }

  Application draft(const std::string& id) {
    Application application = complete_application(id);
    application.attachments.clear();
    return application;
  }

  const Stamp stamp_{"marie", "2026-11-28T09:00:00Z"};
  std::unique_ptr<CallRepository> calls_;
};
TYPED_TEST_SUITE(CallRepositoryTest, testing::Backends, testing::BackendNames);

TYPED_TEST(CallRepositoryTest, ACallRoundTripsWholeAndIsSavedOnlyOnTheVersionRead) {
  auto found = this->calls_->find_call("aap-test");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ(store::call_json((*found)->call), store::call_json(small_call()));
  EXPECT_EQ((*found)->version, 1);

  auto again = this->calls_->save_call(small_call(), 0, "create", this->stamp_);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kDuplicate);

  Call closed = small_call();
  closed.status = CallStatus::kClosed;
  auto saved = this->calls_->save_call(closed, 1, "close", this->stamp_);
  ASSERT_TRUE(saved.ok()) << saved.error().to_string();
  EXPECT_EQ(saved->version, 2);
  auto stale = this->calls_->save_call(closed, 1, "close", Stamp{"paul", "2026-11-28T10:00:00Z"});
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
  EXPECT_NE(stale.error().message().find("marie"), std::string::npos) << stale.error().message();
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'call'"), 2);
  this->expect_journal_intact();
}

TYPED_TEST(CallRepositoryTest, ApplicationsRoundTripAndReceiptsFollowInSequence) {
  for (const std::string id : {"dem-0001", "dem-0002"}) {
    auto drafted =
        this->calls_->save_application(this->draft(id), 0, {.action = "draft"}, this->stamp_);
    ASSERT_TRUE(drafted.ok()) << drafted.error().to_string();
    Application submitted = drafted->application;
    submitted.status = ApplicationStatus::kSubmitted;
    submitted.submitted_on = testing::day("2023-06-01");
    auto saved = this->calls_->save_application(
        submitted, 1, {.action = "submit", .issue_receipt = true}, this->stamp_);
    ASSERT_TRUE(saved.ok()) << saved.error().to_string();
    EXPECT_EQ(saved->version, 2);
  }
  auto first = this->calls_->find_application("dem-0001");
  ASSERT_TRUE(first.ok() && first->has_value());
  EXPECT_EQ((*first)->application.receipt, "aap-test-00001");
  auto second = this->calls_->find_application("dem-0002");
  ASSERT_TRUE(second.ok() && second->has_value());
  EXPECT_EQ((*second)->application.receipt, "aap-test-00002");
  Application expected = this->draft("dem-0002");
  expected.status = ApplicationStatus::kSubmitted;
  expected.submitted_on = testing::day("2023-06-01");
  expected.receipt = "aap-test-00002";
  EXPECT_EQ(store::application_json((*second)->application), store::application_json(expected));

  auto listed = this->calls_->applications("aap-test");
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 2U);
  auto stale = this->calls_->save_application(expected, 1, {.action = "instruct"}, this->stamp_);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'application'"), 4);
  this->expect_journal_intact();
}

TYPED_TEST(CallRepositoryTest, AttachmentsArePdfsWithinTheLimitKeptUnderTheirHash) {
  ASSERT_TRUE(
      this->calls_->save_application(this->draft("dem-0001"), 0, {.action = "draft"}, this->stamp_)
          .ok());
  const std::string pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
  auto attached =
      this->calls_->attach("dem-0001", 1, {"statuts", "statuts.pdf", pdf}, this->stamp_);
  ASSERT_TRUE(attached.ok()) << attached.error().to_string();
  ASSERT_EQ(attached->application.attachments.size(), 1U);
  const AttachmentInfo& info = attached->application.attachments.front();
  EXPECT_EQ(info.size, static_cast<std::int64_t>(pdf.size()));
  EXPECT_EQ(info.media_type, "application/pdf");
  auto bytes = this->calls_->attachment_bytes(info.sha256);
  ASSERT_TRUE(bytes.ok() && bytes->has_value());
  EXPECT_EQ(**bytes, pdf);

  auto not_pdf =
      this->calls_->attach("dem-0001", 2, {"statuts", "statuts.pdf", "GIF89a..."}, this->stamp_);
  ASSERT_FALSE(not_pdf.ok());
  EXPECT_EQ(not_pdf.error().code(), ErrorCode::kInvalidValue);
  const std::string too_big = "%PDF-" + std::string(kMaxAttachmentBytes, 'x');
  auto big = this->calls_->attach("dem-0001", 2, {"statuts", "gros.pdf", too_big}, this->stamp_);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(this->count("SELECT count(*) FROM attachment_contents"), 1);
  this->expect_journal_intact();
}

TYPED_TEST(CallRepositoryTest, AnOrganisationHasSeveralAccountsEachActingForOne) {
  const Siret siret = Siret::parse("48054398200023").value();
  for (const std::string login : {"alice", "bruno"}) {
    auto linked = this->calls_->link_organisation_account(
        {login, siret, OrganisationId("cheval-bleu"), "Le Cheval Bleu"}, this->stamp_);
    ASSERT_TRUE(linked.ok()) << linked.error().to_string();
  }
  auto logins = this->calls_->organisation_logins(siret);
  ASSERT_TRUE(logins.ok());
  EXPECT_EQ(*logins, (std::vector<std::string>{"alice", "bruno"}));
  auto account = this->calls_->organisation_account("bruno");
  ASSERT_TRUE(account.ok() && account->has_value());
  EXPECT_EQ((*account)->siret, siret);
  auto elsewhere = this->calls_->link_organisation_account(
      {"bruno", Siret::parse("34175422400028").value(), OrganisationId("autre"), "Autre"},
      this->stamp_);
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().code(), ErrorCode::kDuplicate);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'organisation_account'"), 2);
  this->expect_journal_intact();
}

}  // namespace
}  // namespace octroi
