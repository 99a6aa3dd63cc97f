// PaymentKind: the two payments of an award, as the agreements schedule them
// ("Versement d'une avance ...", "Versement du solde annuel ..."). "Solde"
// also means a budget's remaining credit: in code it is always balance_payment.
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class PaymentKind {
  kAdvance,         // "advance": avance, paid at signature (60 % in the reference).
  kBalancePayment,  // "balance_payment": solde, paid after the review, at most the rest.
};

std::span<const PaymentKind> all_payment_kinds();

// "balance_payment"
std::string_view to_key(PaymentKind kind);
// "Avance", "Solde".
std::string_view to_label(PaymentKind kind);

// kInvalidValue, listing the keys, for an unknown key.
Result<PaymentKind> payment_kind_from_key(std::string_view key);

}  // namespace octroi
