// What a payment must fit in (the tranche's amount, the budget line's
// available credit), the budget line summary, the payment orders CSV, and
// the lists watched after the vote — overdue reviews and retention dates —
// with an injected day, never the clock.
#include "service/payment_rules.h"

#include <gtest/gtest.h>

#include "after_vote_test_support.h"
#include "money/format.h"
#include "service/after_vote_lists.h"

namespace octroi {
namespace {

using testing_service::after_vote_dataset;
using testing_service::cents;
using testing_service::cheval_bleu_amended;
using testing_service::iso;
using testing_service::session_date;
using testing_service::whole_euros;

PaymentRecord payment(Amount amount) {
  return PaymentRecord{.programme = "pas-de-calais-2023-phase4",
                       .agreement = "t1-o6-01",
                       .agreement_number = "2023-01628",
                       .organisation = "cheval-bleu",
                       .tranche = "2024",
                       .kind = PaymentKind::kBalancePayment,
                       .paid_on = iso("2025-05-02"),
                       .amount = amount,
                       .budget_line = "C02-446A05"};
}

PaymentLimits limits() {
  return PaymentLimits{.agreement_title = "convention n°2023-01628",
                       .tranche_amount = whole_euros(115000),
                       .line_available = cents(154578028)};
}

StoredAgreement stored(AgreementFile file) {
  return StoredAgreement{.file = std::move(file), .version = 1};
}

TEST(PaymentRules, APaymentWithinTheTrancheAndTheLineFits) {
  EXPECT_TRUE(check_payment_fits(payment(whole_euros(46000)), limits(), whole_euros(69000),
                                 whole_euros(69000))
                  .ok());
}

TEST(PaymentRules, APaymentBeyondTheAgreementIsRefused) {
  Status refused = check_payment_fits(payment(whole_euros(46001)), limits(), whole_euros(69000),
                                      whole_euros(69000));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidValue);
  const std::string& message = refused.error().message();
  EXPECT_NE(message.find("paiement de " + format_amount(whole_euros(46001)) + " refusé"),
            std::string::npos);
  EXPECT_NE(message.find("convention n°2023-01628 (tranche 2024)"), std::string::npos);
  EXPECT_NE(message.find("au-delà de son montant de " + format_amount(whole_euros(115000))),
            std::string::npos);
  EXPECT_NE(message.find("reste au plus " + format_amount(whole_euros(46000))), std::string::npos);
}

TEST(PaymentRules, APaymentBeyondTheBudgetLineIsRefused) {
  // 1 545 780,28 € available, 1 545 000,00 € already paid on the line: 780,28 € left.
  Status refused = check_payment_fits(payment(whole_euros(1000)), limits(), Amount::zero(),
                                      whole_euros(1545000));
  ASSERT_FALSE(refused.ok());
  const std::string& message = refused.error().message();
  EXPECT_NE(message.find("ligne budgétaire C02-446A05"), std::string::npos);
  EXPECT_NE(message.find("crédit disponible de " + format_amount(cents(154578028))),
            std::string::npos);
  EXPECT_NE(message.find("reste au plus " + format_amount(cents(78028))), std::string::npos);
}

TEST(PaymentRules, ZeroOrNegativePaymentsAreRefused) {
  EXPECT_FALSE(check_payment_fits(payment(Amount::zero()), limits(), {}, {}).ok());
  EXPECT_FALSE(check_payment_fits(payment(cents(-1)), limits(), {}, {}).ok());
}

TEST(PaymentRules, BudgetLinesShowCommittedPaidAndRemaining) {
  const ProgrammeDataset data = after_vote_dataset();
  std::vector<StoredAgreement> agreements = {stored(cheval_bleu_amended())};
  std::vector<PaymentRecord> payments = {payment(whole_euros(24000)), payment(whole_euros(69000))};
  auto lines = summarise_budget_lines(data, agreements, payments);
  ASSERT_TRUE(lines.ok()) << lines.error().to_string();
  ASSERT_EQ(lines->size(), 2U);
  const BudgetLineSummary& line = (*lines)[1];
  EXPECT_EQ(line.code, "C02-446A05");
  EXPECT_EQ(line.commitment_authority, cents(619364300));
  EXPECT_EQ(line.committed, whole_euros(155000));
  EXPECT_EQ(line.paid, whole_euros(93000));
  EXPECT_EQ(line.to_pay, whole_euros(62000));
  EXPECT_EQ(line.remaining, cents(145278028));
  EXPECT_TRUE((*lines)[0].committed.is_zero());
}

TEST(PaymentRules, PaymentOrdersExportAsCsv) {
  PaymentRecord first = payment(whole_euros(69000));
  first.id = 7;
  first.kind = PaymentKind::kAdvance;
  const std::string csv = payment_orders_csv({first});
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "id;date;convention;structure;attribution;tranche;nature;ligne;montant_centimes;"
            "montant");
  EXPECT_NE(csv.find("7;2025-05-02;2023-01628;cheval-bleu;t1-o6-01;2024;advance;C02-446A05;"
                     "6900000;" +
                     format_amount(whole_euros(69000)) + "\r\n"),
            std::string::npos);
}

TEST(AfterVoteLists, OverdueReviewsOnAnInjectedDay) {
  AgreementFile file = cheval_bleu_amended();
  std::vector<StoredAgreement> agreements = {stored(file)};
  // On 31 March 2024 nothing is late yet; on 1 April 2024 the 2023 review is.
  EXPECT_TRUE(overdue_reviews(agreements, iso("2024-03-31")).empty());
  auto late = overdue_reviews(agreements, iso("2024-04-01"));
  ASSERT_EQ(late.size(), 1U);
  EXPECT_EQ(late[0].tranche, "2023");
  EXPECT_EQ(late[0].due, iso("2024-03-31"));
  EXPECT_EQ(late[0].days_late, 1);
  EXPECT_EQ(late[0].title, "convention n°2023-01628");
  // In April 2025 both are late, the earliest first; a received review drops out.
  EXPECT_EQ(overdue_reviews(agreements, iso("2025-04-10")).size(), 2U);
  ASSERT_TRUE(
      record_review(file, ReviewReport{.tranche = "2023", .received_on = iso("2024-05-01")}).ok());
  auto after = overdue_reviews({stored(file)}, iso("2025-04-10"));
  ASSERT_EQ(after.size(), 1U);
  EXPECT_EQ(after[0].tranche, "2024");
  EXPECT_EQ(after[0].days_late, 10);
}

TEST(AfterVoteLists, RetentionListAndExportOnAnInjectedDay) {
  AgreementFile standard =
      draft_agreement(after_vote_dataset(), "p", "t3-o1-01", Rate::from_percent(60), session_date(),
                      iso("2023-09-20"))
          .value();
  AgreementFile draft = standard;
  draft.award = AwardId("t3-o4-01");
  ASSERT_TRUE(send_agreement(standard, iso("2023-09-25")).ok());
  std::vector<StoredAgreement> agreements = {stored(standard), stored(cheval_bleu_amended()),
                                             stored(draft)};
  auto entries = retention_list(agreements, iso("2026-01-01"));
  ASSERT_EQ(entries.size(), 2U);  // the draft is left out
  EXPECT_EQ(entries[0].title, "convention n°2023-01628");
  EXPECT_EQ(entries[0].keep_until, iso("2034-12-31"));
  EXPECT_FALSE(entries[0].expired);
  EXPECT_FALSE(entries[1].keep_until.has_value());
  EXPECT_TRUE(retention_list(agreements, iso("2035-01-01"))[0].expired);
  const std::string csv = retention_csv(entries);
  EXPECT_NE(csv.find("convention n°2023-01628;t1-o6-01;cheval-bleu;modifiée par avenant;"
                     "2034-12-31;non\r\n"),
            std::string::npos);
  // An organisation's name with the separator stays in its column, and one
  // that would run as a formula in a spreadsheet is shown as text.
  entries[0].organisation = "Lens; Liévin";
  entries[1].organisation = "=HYPERLINK(\"http://x\")";
  const std::string quoted = retention_csv(entries);
  EXPECT_NE(quoted.find(";t1-o6-01;\"Lens; Liévin\";"), std::string::npos) << quoted;
  EXPECT_NE(quoted.find(";\"'=HYPERLINK(\"\"http://x\"\")\";"), std::string::npos) << quoted;
}

}  // namespace
}  // namespace octroi
