// The after-the-vote part of the store on both backends: an agreement
// round-trips whole (tranches, amendment history, reviews); it is created
// once (kDuplicate) and saved only on the version read (kConflict naming who
// changed it); registry numbers are allocated in sequence per year, above
// any number recorded by hand, and never twice; a payment beyond the
// tranche or the budget line is refused and nothing is written; every
// change is journaled and the chain stays intact.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "calendar/parse.h"
#include "money/format.h"
#include "store/agreement_json.h"
#include "store_backends.h"

namespace octroi {
namespace {

constexpr const char* kProgramme = "pas-de-calais-2023-phase4";

Date iso(const std::string& text) { return parse_date(text).value(); }
Amount euros(std::int64_t value) { return Amount::from_euros(value).value(); }

FundingTranche tranche(int year, std::int64_t amount) {
  const std::string key = std::to_string(year);
  return FundingTranche{.key = key,
                        .label = "coût total de l'opération",
                        .period = Period::create(iso(key + "-01-01"), iso(key + "-12-31")).value(),
                        .amount = euros(amount),
                        .quantitative_share = Rate::from_percent(50),
                        .targets = {Indicator{.kind = IndicatorKind::kPlaces,
                                              .territory = Territory::kLensLievin,
                                              .value = Quantity::from_integer(90).value()},
                                    Indicator{.kind = IndicatorKind::kPlaces,
                                              .territory = Territory::kArtois,
                                              .value = Quantity::from_integer(90).value()}},
                        .review_due = iso(std::to_string(year + 1) + "-03-31")};
}

AgreementFile agreement(const std::string& award, const std::string& organisation) {
  AgreementFile file;
  file.programme = kProgramme;
  file.award = AwardId(award);
  file.organisation = OrganisationId(organisation);
  file.subject = "accompagnement spécifique BRSA";
  file.drafted_on = iso("2023-09-20");
  file.budget_line = "C02-446A05";
  file.advance_rate = Rate::from_percent(60);
  file.tranches = {tranche(2023, 40000)};
  return file;
}

// Signed, amended (2024 added, documents kept until 2034) and reviewed.
AgreementFile cheval_bleu() {
  AgreementFile file = agreement("t1-o6-01", "cheval-bleu");
  file.number = AgreementNumber::parse("2023-01628").value();
  file.status = AgreementStatus::kAmended;
  file.signed_on = iso("2023-07-03");
  AmendmentEntry entry{.ordinal = 1, .signed_on = iso("2023-10-02")};
  entry.reference = "avenant-1-convention-2023-01628";
  entry.replaced_articles = {3, 4, 7, 12};
  entry.before = file.tranches;
  file.tranches.push_back(tranche(2024, 115000));
  entry.after = file.tranches;
  entry.retention_after = iso("2034-12-31");
  file.retention_until = iso("2034-12-31");
  file.amendments = {entry};
  ReviewReport review{.tranche = "2023", .received_on = iso("2024-03-28")};
  review.indicators = {
      Indicator{.kind = IndicatorKind::kPlaces,
                .territory = Territory::kLensLievin,
                .value = Quantity::from_integer(30).value()},
      Indicator{.kind = IndicatorKind::kContractsSigned, .value = Quantity::from_units(12345)}};
  review.actual_cost = Amount::from_cents(1833333);
  review.qualitative_score = Rate::from_percent(50);
  review.settlement = SettledAmounts{.settled_on = iso("2024-05-02"),
                                     .settled = Amount::from_cents(1833333),
                                     .paid = euros(24000),
                                     .to_recover = Amount::from_cents(566667)};
  file.reviews = {review};
  return file;
}

template <typename Backend>
class AgreementRepositoryTest : public testing::StoreTest<Backend> {
 protected:
  void SetUp() override {
    testing::StoreTest<Backend>::SetUp();
    if (this->IsSkipped() || this->HasFatalFailure()) return;
    auto agreements = store::open_agreement_repository(this->backend_.url());
    ASSERT_TRUE(agreements.ok()) << agreements.error().to_string();
    agreements_ = std::move(*agreements);
  }

  StoredAgreement save(AgreementFile file, int version, std::string action,
                       std::optional<int> allocate = std::nullopt) {
    auto saved = agreements_->save_agreement(
        std::move(file), version, {.action = std::move(action), .allocate_number_in = allocate},
        {"marie", "2026-11-28T09:00:00Z"});
    EXPECT_TRUE(saved.ok()) << saved.error().to_string();
    return saved.ok() ? *saved : StoredAgreement{};
  }

  std::unique_ptr<AgreementRepository> agreements_;
};
TYPED_TEST_SUITE(AgreementRepositoryTest, testing::Backends, testing::BackendNames);

TYPED_TEST(AgreementRepositoryTest, AnAgreementRoundTripsWhole) {
  const AgreementFile file = cheval_bleu();
  EXPECT_EQ(this->save(file, 0, "draft").version, 1);
  auto found = this->agreements_->find_agreement(kProgramme, "t1-o6-01");
  ASSERT_TRUE(found.ok()) << found.error().to_string();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->version, 1);
  EXPECT_EQ((*found)->updated_by, "marie");
  EXPECT_EQ(store::agreement_json((*found)->file), store::agreement_json(file));
  EXPECT_EQ((*found)->file.reviews[0].indicators[1].value, Quantity::from_units(12345));
  EXPECT_EQ((*found)->file.total().value(), euros(155000));
  auto none = this->agreements_->find_agreement(kProgramme, "t9-o9-99");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  EXPECT_EQ(this->count("SELECT count(*) FROM agreements WHERE number = '2023-01628' AND status ="
                        " 'amended' AND retention_until = '2034-12-31'"),
            1);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'agreement' AND entity_id ="
                        " 'pas-de-calais-2023-phase4/t1-o6-01' AND action = 'draft' AND"
                        " before_json IS NULL"),
            1);
  this->expect_journal_intact();
}

TYPED_TEST(AgreementRepositoryTest, CreatedOnceAndSavedOnlyOnTheVersionRead) {
  AgreementFile file = agreement("t3-o1-01", "soliha");
  this->save(file, 0, "draft");
  auto twice = this->agreements_->save_agreement(file, 0, {.action = "draft"},
                                                 {"paul", "2026-11-28T10:00:00Z"});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code(), ErrorCode::kDuplicate);
  file.status = AgreementStatus::kSent;
  file.sent_on = iso("2023-09-25");
  EXPECT_EQ(this->save(file, 1, "send").version, 2);
  auto stale = this->agreements_->save_agreement(file, 1, {.action = "send"},
                                                 {"paul", "2026-11-28T10:00:00Z"});
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
  EXPECT_NE(stale.error().message().find("modifiée par marie"), std::string::npos);
  EXPECT_NE(stale.error().message().find("(version 2) depuis votre lecture (version 1)"),
            std::string::npos);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'agreement'"), 2);
  this->expect_journal_intact();
}

TYPED_TEST(AgreementRepositoryTest, NumbersAreAllocatedInSequencePerYearAndNeverTwice) {
  // A number recorded by hand (signed before Octroi) is skipped by the sequence.
  this->save(cheval_bleu(), 0, "draft");
  AgreementFile soliha = agreement("t3-o1-01", "soliha");
  this->save(soliha, 0, "draft");
  soliha.status = AgreementStatus::kSigned;
  soliha.signed_on = iso("2023-10-05");
  StoredAgreement first = this->save(soliha, 1, "sign", 2023);
  ASSERT_TRUE(first.file.number.has_value());
  EXPECT_EQ(first.file.number->text(), "2023-01629");

  AgreementFile apsa = agreement("t3-o4-02", "apsa");
  this->save(apsa, 0, "draft");
  apsa.status = AgreementStatus::kSigned;
  apsa.signed_on = iso("2024-01-08");
  EXPECT_EQ(this->save(apsa, 1, "sign", 2024).file.number->text(), "2024-00001");

  AgreementFile vial = agreement("t3-o4-01", "habitat-insertion");
  this->save(vial, 0, "draft");
  vial.status = AgreementStatus::kSigned;
  vial.signed_on = iso("2023-10-06");
  EXPECT_EQ(this->save(vial, 1, "sign", 2023).file.number->text(), "2023-01630");

  // A number already given to another agreement is refused.
  AgreementFile copy = agreement("t3-o5-01", "habitat-insertion");
  copy.number = AgreementNumber::parse("2023-01629").value();
  auto duplicate = this->agreements_->save_agreement(copy, 0, {.action = "draft"},
                                                     {"paul", "2026-11-28T10:00:00Z"});
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code(), ErrorCode::kDuplicate);
  EXPECT_NE(duplicate.error().message().find("2023-01629 est déjà attribué"), std::string::npos);
  this->expect_journal_intact();
}

TYPED_TEST(AgreementRepositoryTest, PaymentsBeyondTheTrancheOrTheLineAreRefused) {
  this->save(cheval_bleu(), 0, "draft");
  const Stamp stamp{"compta", "2026-11-28T11:00:00Z"};
  PaymentRecord advance{.programme = kProgramme,
                        .agreement = "t1-o6-01",
                        .agreement_number = "2023-01628",
                        .organisation = "cheval-bleu",
                        .tranche = "2024",
                        .kind = PaymentKind::kAdvance,
                        .paid_on = iso("2023-10-16"),
                        .amount = euros(69000),
                        .budget_line = "C02-446A05"};
  PaymentLimits limits{.agreement_title = "convention n°2023-01628",
                       .tranche_amount = euros(115000),
                       .line_available = Amount::from_cents(154578028)};
  auto recorded = this->agreements_->record_payment(advance, limits, stamp);
  ASSERT_TRUE(recorded.ok()) << recorded.error().to_string();
  EXPECT_GT(recorded->id, 0);

  PaymentRecord balance = advance;
  balance.kind = PaymentKind::kBalancePayment;
  balance.paid_on = iso("2025-05-02");
  balance.amount = euros(46001);
  auto too_much = this->agreements_->record_payment(balance, limits, stamp);
  ASSERT_FALSE(too_much.ok());
  EXPECT_EQ(too_much.error().code(), ErrorCode::kInvalidValue);
  EXPECT_NE(
      too_much.error().message().find("au-delà de son montant de " + format_amount(euros(115000))),
      std::string::npos);

  limits.line_available = euros(100000);
  balance.amount = euros(40000);
  auto beyond_line = this->agreements_->record_payment(balance, limits, stamp);
  ASSERT_FALSE(beyond_line.ok());
  EXPECT_NE(
      beyond_line.error().message().find("crédit disponible de " + format_amount(euros(100000))),
      std::string::npos);

  balance.amount = euros(31000);
  auto fits = this->agreements_->record_payment(balance, limits, stamp);
  ASSERT_TRUE(fits.ok()) << fits.error().to_string();
  EXPECT_GT(fits->id, recorded->id);

  auto payments = this->agreements_->payments(kProgramme);
  ASSERT_TRUE(payments.ok()) << payments.error().to_string();
  ASSERT_EQ(payments->size(), 2U);
  EXPECT_EQ((*payments)[0].amount, euros(69000));
  EXPECT_EQ((*payments)[0].kind, PaymentKind::kAdvance);
  EXPECT_EQ((*payments)[1].kind, PaymentKind::kBalancePayment);
  EXPECT_EQ((*payments)[1].recorded_by, "compta");
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'payment' AND action ="
                        " 'create'"),
            2);
  this->expect_journal_intact();
}

TYPED_TEST(AgreementRepositoryTest, PaymentsNeedAnAgreementInForceAndAKnownTranche) {
  this->save(agreement("t3-o1-01", "soliha"), 0, "draft");
  this->save(cheval_bleu(), 0, "draft");
  const Stamp stamp{"compta", "2026-11-28T11:00:00Z"};
  PaymentRecord payment{.programme = kProgramme,
                        .agreement = "t3-o1-01",
                        .tranche = "2023",
                        .paid_on = iso("2023-10-16"),
                        .amount = euros(100),
                        .budget_line = "C02-428B04"};
  // The caller's ceiling is not trusted: the stored tranche's amount is.
  PaymentLimits limits{.agreement_title = "x", .tranche_amount = euros(1000000)};
  auto draft = this->agreements_->record_payment(payment, limits, stamp);
  ASSERT_FALSE(draft.ok());
  EXPECT_NE(draft.error().message().find("la convention est à l'état « projet »"),
            std::string::npos);
  payment.agreement = "t1-o6-01";
  payment.tranche = "2025";
  auto unknown = this->agreements_->record_payment(payment, limits, stamp);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
  payment.tranche = "2023";
  payment.amount = euros(40001);
  auto beyond = this->agreements_->record_payment(payment, limits, stamp);
  ASSERT_FALSE(beyond.ok());
  EXPECT_NE(beyond.error().message().find(format_amount(euros(40000))), std::string::npos);
  EXPECT_EQ(this->count("SELECT count(*) FROM payments"), 0);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'payment'"), 0);
}

}  // namespace
}  // namespace octroi
