// PaymentRules: what a payment must fit in, and what a budget line shows
// after the vote. A payment is refused when the tranche's payments would
// exceed its amount, or the budget line's payments (in this programme) its
// available credit (« Disponible » of the programme's budget table). The
// per-line summary: AE, available, committed (signed agreements), paid,
// still to pay on commitments and credit remaining. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "service/agreement_repository.h"

namespace octroi {

// kInvalidValue, in French, naming the agreement, the tranche, the line and
// each amount, when `payment` does not fit.
Status check_payment_fits(const PaymentRecord& payment, const PaymentLimits& limits,
                          Amount paid_on_tranche, Amount paid_on_line);

// The budget table row of `code` (case-insensitive), or nullptr.
const BudgetTableRow* find_budget_row(const ProgrammeDataset& dataset, std::string_view code);

struct BudgetLineSummary {
  std::string code{};                            // "C02-446A05"
  std::string label{};                           // "Indemnisation des organismes référents"
  std::optional<Amount> commitment_authority{};  // AE
  std::optional<Amount> available{};             // Disponible
  Amount committed{};                            // tranches of signed, amended or closed agreements
  Amount paid{};                                 // payments recorded
  Amount to_pay{};                               // committed − paid
  std::optional<Amount> remaining{};             // available − paid
};

// One summary per row of the budget table, then any line only agreements use.
Result<std::vector<BudgetLineSummary>> summarise_budget_lines(
    const ProgrammeDataset& dataset, const std::vector<StoredAgreement>& agreements,
    const std::vector<PaymentRecord>& payments);

// The payment orders for the finance system, as CSV (RFC 4180, ';'
// separated, UTF-8, amounts in cents and as printed):
// id;date;convention;structure;attribution;tranche;nature;ligne;montant_centimes;montant
std::string payment_orders_csv(const std::vector<PaymentRecord>& payments);

}  // namespace octroi
