#include "domain/payment_kind.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(PaymentKindTest, KeysRoundTrip) {
  testing::expect_keys_round_trip(all_payment_kinds(), payment_kind_from_key, 2);
}

// "Solde" means two things in French documents; the key never says "solde".
TEST(PaymentKindTest, BalancePaymentKeyIsUnambiguous) {
  EXPECT_EQ(to_key(PaymentKind::kAdvance), "advance");
  EXPECT_EQ(to_key(PaymentKind::kBalancePayment), "balance_payment");
  EXPECT_EQ(to_label(PaymentKind::kBalancePayment), "Solde");
  EXPECT_FALSE(payment_kind_from_key("solde").ok());
}

}  // namespace
}  // namespace octroi
