// PaymentKind keys and labels.
#include "domain/payment_kind.h"

#include "domain/enum_table.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<PaymentKind, 2> kTable{{{
    {PaymentKind::kAdvance, "advance", "Avance"},
    {PaymentKind::kBalancePayment, "balance_payment", "Solde"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

}  // namespace

std::span<const PaymentKind> all_payment_kinds() { return kValues; }

std::string_view to_key(PaymentKind kind) { return kTable.key(kind); }

std::string_view to_label(PaymentKind kind) { return kTable.label(kind); }

Result<PaymentKind> payment_kind_from_key(std::string_view key) {
  return kTable.from_key(key, "le type de paiement");
}

}  // namespace octroi
