// The after-the-vote use cases the CLI and the web API share
// (service/agreement_actions.h), over an in-memory AgreementRepository that
// keeps versions and checks payments as the SQL store does: Cheval Bleu's
// agreement drafted, signed and amended; its 2024 advance defaults to
// 69 000 € of 115 000 €; a payment beyond the tranche, or on a draft, is
// refused in French; a stale version is a conflict; the 2023 review with
// places below target settles at 18 333,33 € and 5 666,67 € to recover,
// once only, with its recovery order; review input errors name their field.
#include "service/agreement_actions.h"

#include <fmt/format.h>
#include <map>

#include <gtest/gtest.h>

#include "after_vote_test_support.h"
#include "money/format.h"
#include "service/payment_rules.h"

namespace octroi {
namespace {

using testing_service::after_vote_dataset;
using testing_service::cents;
using testing_service::iso;
using testing_service::session_date;
using testing_service::whole_euros;

constexpr const char* kProgramme = "pas-de-calais-2023-phase4";
constexpr const char* kCheval = "t1-o6-01";

// Versions and payment limits as store/sql_agreement_repository.h keeps them.
class MemoryAgreements : public AgreementRepository {
 public:
  Result<std::vector<StoredAgreement>> agreements(const std::string& programme) override {
    std::vector<StoredAgreement> out;
    out.reserve(stored_.size());
    for (const auto& [key, stored] : stored_) {
      if (stored.file.programme == programme) out.push_back(stored);
    }
    return out;
  }
  Result<std::optional<StoredAgreement>> find_agreement(const std::string& programme,
                                                        const std::string& award) override {
    auto found = stored_.find(programme + "/" + award);
    if (found == stored_.end()) return std::optional<StoredAgreement>();
    return std::optional<StoredAgreement>(found->second);
  }
  Result<StoredAgreement> save_agreement(AgreementFile file, int expected_version,
                                         const AgreementChange& change,
                                         const Stamp& stamp) override {
    const std::string key = file.programme + "/" + file.award.key();
    auto found = stored_.find(key);
    if (expected_version == 0 && found != stored_.end()) {
      return Error(ErrorCode::kDuplicate, "la convention existe déjà");
    }
    if (expected_version != 0 &&
        (found == stored_.end() || found->second.version != expected_version)) {
      return Error(ErrorCode::kConflict, "modifiée depuis votre lecture");
    }
    if (change.allocate_number_in && !file.number) {
      file.number =
          AgreementNumber::parse(fmt::format("{}-00001", *change.allocate_number_in)).value();
    }
    actions_.push_back(change.action);
    StoredAgreement saved{std::move(file), expected_version + 1, stamp.time, stamp.user};
    stored_[key] = saved;
    return saved;
  }
  Result<std::vector<PaymentRecord>> payments(const std::string& programme) override {
    std::vector<PaymentRecord> out;
    for (const PaymentRecord& payment : payments_) {
      if (payment.programme == programme) out.push_back(payment);
    }
    return out;
  }
  Result<PaymentRecord> record_payment(PaymentRecord payment, const PaymentLimits& limits,
                                       const Stamp& stamp) override {
    OCTROI_TRY(Amount on_tranche, paid_on(payments_, payment.agreement, payment.tranche));
    Amount on_line = Amount::zero();
    for (const PaymentRecord& done : payments_) {
      if (done.budget_line == payment.budget_line) {
        OCTROI_TRY(on_line, on_line.plus(done.amount));
      }
    }
    OCTROI_TRY_STATUS(check_payment_fits(payment, limits, on_tranche, on_line));
    payment.id = static_cast<std::int64_t>(payments_.size()) + 1;
    payment.recorded_at = stamp.time;
    payment.recorded_by = stamp.user;
    payments_.push_back(payment);
    return payment;
  }

  const std::vector<std::string>& actions() const { return actions_; }

 private:
  std::map<std::string, StoredAgreement> stored_;
  std::vector<PaymentRecord> payments_;
  std::vector<std::string> actions_;
};

const Stamp kStamp{"claire", "2026-11-29T10:00:00Z"};

// Only the parameter drafting reads: advance_rate, 60 % from 2023.
ParameterSet advance_rate_only() {
  for (const Parameter& parameter : testing_service::parameters()) {
    if (parameter.name == "advance_rate") return ParameterSet::create({parameter}).value();
  }
  throw std::logic_error("advance_rate absent des paramètres de test");
}

class AgreementActionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(draft_and_save(repository_, dataset_, advance_rate_only(), session_date(),
                               kProgramme, kCheval, iso("2023-06-20"), kStamp)
                    .ok());
  }

  Result<StoredAgreement> move(AgreementMove agreement_move, const std::string& on,
                               int version = 0) {
    return move_agreement(
        repository_, &dataset_, kProgramme, kCheval,
        MoveRequest{.move = agreement_move, .on = iso(on), .read_version = version}, kStamp);
  }

  void sign_and_amend() {
    ASSERT_TRUE(move(AgreementMove::kSign, "2023-07-03").ok());
    auto amended = move(AgreementMove::kAmend, "2023-10-02");
    ASSERT_TRUE(amended.ok()) << amended.error().to_string();
  }

  Result<RecordedPayment> pay(const std::string& tranche, std::optional<Amount> amount = {},
                              PaymentKind kind = PaymentKind::kAdvance) {
    return record_agreement_payment(repository_, dataset_,
                                    PaymentRequest{.programme = kProgramme,
                                                   .award = kCheval,
                                                   .tranche = tranche,
                                                   .kind = kind,
                                                   .paid_on = iso("2023-10-16"),
                                                   .amount = amount},
                                    kStamp);
  }

  ProgrammeDataset dataset_ = after_vote_dataset();
  MemoryAgreements repository_;
};

TEST_F(AgreementActionsTest, DraftSignAndAmendAreSavedWithTheirJournalActions) {
  sign_and_amend();
  auto stored = find_stored_agreement(repository_, kProgramme, kCheval);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->version, 3);
  EXPECT_EQ(stored->file.status, AgreementStatus::kAmended);
  EXPECT_EQ(stored->file.number->text(), "2023-01628");
  EXPECT_EQ(repository_.actions(), (std::vector<std::string>{"draft", "sign", "amend"}));
  EXPECT_EQ(stored->file.total().value(), whole_euros(155000));
}

TEST_F(AgreementActionsTest, DraftingTwiceIsADuplicate) {
  auto again = draft_and_save(repository_, dataset_, advance_rate_only(), session_date(),
                              kProgramme, kCheval, iso("2023-06-21"), kStamp);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kDuplicate);
}

TEST_F(AgreementActionsTest, AStaleVersionIsAConflictAndAnUnknownAgreementIsNotFound) {
  ASSERT_TRUE(move(AgreementMove::kSign, "2023-07-03", 1).ok());
  auto stale = move(AgreementMove::kAmend, "2023-10-02", 1);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
  auto missing = find_stored_agreement(repository_, kProgramme, "t9-o9-99");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(missing.error().message().find("t9-o9-99"), std::string::npos);
}

TEST_F(AgreementActionsTest, AmendingNeedsTheProgrammeAndMovesAreNamed) {
  ASSERT_TRUE(move(AgreementMove::kSign, "2023-07-03").ok());
  auto blind =
      move_agreement(repository_, nullptr, kProgramme, kCheval,
                     MoveRequest{.move = AgreementMove::kAmend, .on = iso("2023-10-02")}, kStamp);
  EXPECT_FALSE(blind.ok());
  EXPECT_EQ(agreement_move_from_key("sign").value(), AgreementMove::kSign);
  EXPECT_EQ(to_key(AgreementMove::kClose), "close");
  EXPECT_FALSE(agreement_move_from_key("signer").ok());
}

TEST_F(AgreementActionsTest, APaymentOnADraftIsRefused) {
  auto refused = pay("2023");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidValue);
  EXPECT_NE(refused.error().message().find("paiement refusé"), std::string::npos);
}

TEST_F(AgreementActionsTest, TheAdvanceDefaultsToTheRateAndNoMoreThanTheTrancheIsPaid) {
  sign_and_amend();
  auto advance = pay("2024");
  ASSERT_TRUE(advance.ok()) << advance.error().to_string();
  EXPECT_EQ(advance->payment.amount, whole_euros(69000));
  EXPECT_EQ(advance->payment.agreement_number, "2023-01628");
  EXPECT_EQ(advance->payment.budget_line, "C02-446A05");
  EXPECT_EQ(advance->agreement_title, "convention n°2023-01628");

  auto beyond = pay("2024", whole_euros(46001), PaymentKind::kBalancePayment);
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.error().code(), ErrorCode::kInvalidValue);
  EXPECT_NE(beyond.error().message().find("au-delà de son montant de " +
                                          format_amount(whole_euros(115000))),
            std::string::npos);

  auto unknown = pay("2025");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().location().field, "tranche");

  auto payments = repository_.payments(kProgramme).value();
  EXPECT_EQ(paid_on(payments, kCheval).value(), whole_euros(69000));
  EXPECT_EQ(paid_on(payments, kCheval, std::string("2023")).value(), Amount::zero());
}

TEST_F(AgreementActionsTest, ABalancePaymentWaitsForTheSettlement) {
  sign_and_amend();
  auto early = pay("2023", std::nullopt, PaymentKind::kBalancePayment);
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.error().message().find("attend le bilan soldé"), std::string::npos);
}

TEST_F(AgreementActionsTest, AReviewBelowTargetSettlesOnceWithARecoveryOrder) {
  sign_and_amend();
  ASSERT_TRUE(pay("2023").ok());
  auto review = review_from_input(ReviewInput{
      .tranche = "2023",
      .received_on = iso("2024-03-28"),
      .indicators = {"places:lens-lievin=30", "places:henin-carvin=10", "places:artois=5"},
      .actual_cost = "18 333,33",
      .score = "50 %"});
  ASSERT_TRUE(review.ok()) << review.error().to_string();
  auto recorded = edit_agreement(
      repository_, kProgramme, kCheval, 0, "review",
      [&](AgreementFile& file, AgreementChange&) { return record_review(file, *review); }, kStamp);
  ASSERT_TRUE(recorded.ok()) << recorded.error().to_string();

  // Before settling: the preview, nothing saved.
  auto payments = repository_.payments(kProgramme).value();
  auto preview = settlement_of(recorded->file, "2023", payments);
  ASSERT_TRUE(preview.ok()) << preview.error().to_string();
  EXPECT_EQ(preview->settlement.to_recover, cents(566667));
  EXPECT_FALSE(recovery_order_of(dataset_, recorded->file, "2023").ok());

  auto settled =
      settle_and_save(repository_, kProgramme, kCheval, "2023", iso("2024-05-02"), 0, kStamp);
  ASSERT_TRUE(settled.ok()) << settled.error().to_string();
  EXPECT_EQ(settled->paid, whole_euros(24000));
  EXPECT_EQ(settled->result.settlement.settled, cents(1833333));
  const ReviewReport* stored = settled->saved.file.find_review("2023");
  ASSERT_NE(stored, nullptr);
  ASSERT_TRUE(stored->settlement.has_value());
  EXPECT_EQ(stored->settlement->to_recover, cents(566667));
  EXPECT_EQ(repository_.actions().back(), "settle");

  auto order = recovery_order_of(dataset_, settled->saved.file, "2023");
  ASSERT_TRUE(order.ok()) << order.error().to_string();
  EXPECT_EQ(order->to_recover, cents(566667));
  EXPECT_EQ(order->issued_on, iso("2024-05-02"));
  EXPECT_NE(order->text().find("cinq mille six cent soixante-six euros"), std::string::npos);

  auto twice =
      settle_and_save(repository_, kProgramme, kCheval, "2023", iso("2024-05-03"), 0, kStamp);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code(), ErrorCode::kDuplicate);
  EXPECT_NE(twice.error().message().find("déjà soldée"), std::string::npos);
}

TEST(ReviewFromInput, EachErrorNamesItsField) {
  const ReviewInput good{.tranche = "2024",
                         .received_on = iso("2025-03-28"),
                         .indicators = {"places:artois=80"},
                         .actual_cost = "98 500",
                         .score = "80 %"};
  auto review = review_from_input(good);
  ASSERT_TRUE(review.ok());
  EXPECT_EQ(review->actual_cost, whole_euros(98500));
  EXPECT_EQ(review->qualitative_score, Rate::from_percent(80));

  ReviewInput bad_indicator = good;
  bad_indicator.indicators = {"places:lens=30"};
  EXPECT_EQ(review_from_input(bad_indicator).error().location().field, "indicators");
  ReviewInput bad_cost = good;
  bad_cost.actual_cost = "beaucoup";
  EXPECT_EQ(review_from_input(bad_cost, {.actual_cost = "--actual-cost"}).error().location().field,
            "--actual-cost");
  ReviewInput bad_score = good;
  bad_score.score = "quatre-vingts";
  EXPECT_EQ(review_from_input(bad_score).error().location().field, "score");
}

}  // namespace
}  // namespace octroi
