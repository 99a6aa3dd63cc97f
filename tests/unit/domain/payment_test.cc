#include "domain/payment.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::cents;

// "Versement d'une avance de 4 125 €, à la signature du présent avenant".
Payment passeport_forma_advance() {
  return Payment{.id = PaymentId("t1-o5-passeport-forma-advance"),
                 .award = AwardId("t1-o5-passeport-forma"),
                 .kind = PaymentKind::kAdvance,
                 .amount = cents(412500)};
}

TEST(PaymentTest, AdvanceWithoutDateYet) {
  auto payment = Payment::create(passeport_forma_advance());
  ASSERT_TRUE(payment.ok());
  EXPECT_FALSE(payment->date.has_value());
  EXPECT_EQ(payment->kind, PaymentKind::kAdvance);
}

TEST(PaymentTest, ZeroBalanceAllowedNegativeRefused) {
  Payment balance = passeport_forma_advance();
  balance.kind = PaymentKind::kBalancePayment;
  balance.amount = Amount::zero();
  EXPECT_TRUE(balance.validate().ok());

  balance.amount = cents(-1);
  auto status = balance.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().location().field, "amount");

  Payment orphan = passeport_forma_advance();
  orphan.award = AwardId();
  EXPECT_EQ(testing::error_of(orphan.validate()).location().field, "award");
}

}  // namespace
}  // namespace octroi
