// PaymentRules: ceilings of a payment, budget line summaries, payment orders CSV.
#include "service/payment_rules.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <map>

#include "base/csv_cell.h"
#include "calendar/format.h"
#include "money/format.h"

namespace octroi {

namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

}  // namespace

Status check_payment_fits(const PaymentRecord& payment, const PaymentLimits& limits,
                          Amount paid_on_tranche, Amount paid_on_line) {
  if (payment.amount.is_negative() || payment.amount.is_zero()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("paiement de {} refusé : le montant doit être positif",
                             format_amount(payment.amount)));
  }
  OCTROI_TRY(Amount tranche_after, paid_on_tranche.plus(payment.amount));
  if (tranche_after > limits.tranche_amount) {
    OCTROI_TRY(Amount left, limits.tranche_amount.minus(paid_on_tranche));
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("paiement de {} refusé : il porterait les paiements de la {} "
                             "(tranche {}) à {}, au-delà de son montant de {} (déjà versé : {} ; "
                             "reste au plus {})",
                             format_amount(payment.amount), limits.agreement_title, payment.tranche,
                             format_amount(tranche_after), format_amount(limits.tranche_amount),
                             format_amount(paid_on_tranche), format_amount(left)));
  }
  if (limits.line_available) {
    OCTROI_TRY(Amount line_after, paid_on_line.plus(payment.amount));
    if (line_after > *limits.line_available) {
      OCTROI_TRY(Amount left, limits.line_available->minus(paid_on_line));
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("paiement de {} refusé : il porterait les paiements de la ligne "
                               "budgétaire {} à {}, au-delà de son crédit disponible de {} "
                               "(déjà payé : {} ; reste au plus {})",
                               format_amount(payment.amount), payment.budget_line,
                               format_amount(line_after), format_amount(*limits.line_available),
                               format_amount(paid_on_line), format_amount(left)));
    }
  }
  return ok_status();
}

const BudgetTableRow* find_budget_row(const ProgrammeDataset& dataset, std::string_view code) {
  const std::string wanted = upper(code);
  for (const BudgetTableRow& row : dataset.budget_table.rows) {
    if (row.code && upper(*row.code) == wanted) return &row;
  }
  return nullptr;
}

Result<std::vector<BudgetLineSummary>> summarise_budget_lines(
    const ProgrammeDataset& dataset, const std::vector<StoredAgreement>& agreements,
    const std::vector<PaymentRecord>& payments) {
  std::vector<BudgetLineSummary> out;
  std::map<std::string, std::size_t> index;  // upper-case code -> position
  auto line = [&](const std::string& code) -> BudgetLineSummary& {
    const std::string key = upper(code);
    auto found = index.find(key);
    if (found != index.end()) return out[found->second];
    index.emplace(key, out.size());
    out.push_back(BudgetLineSummary{.code = code});
    return out.back();
  };
  for (const BudgetTableRow& row : dataset.budget_table.rows) {
    if (!row.code) continue;
    BudgetLineSummary& summary = line(*row.code);
    summary.label = row.label.value_or("");
    if (row.commitment_authority) summary.commitment_authority = row.commitment_authority->value;
    if (row.available) summary.available = row.available->value;
  }
  for (const StoredAgreement& stored : agreements) {
    const AgreementFile& file = stored.file;
    if (file.status == AgreementStatus::kDraft || file.status == AgreementStatus::kSent) continue;
    BudgetLineSummary& summary = line(file.budget_line);
    OCTROI_TRY(Amount total, file.total());
    OCTROI_TRY(summary.committed, summary.committed.plus(total));
  }
  for (const PaymentRecord& payment : payments) {
    BudgetLineSummary& summary = line(payment.budget_line);
    OCTROI_TRY(summary.paid, summary.paid.plus(payment.amount));
  }
  for (BudgetLineSummary& summary : out) {
    OCTROI_TRY(summary.to_pay, summary.committed.minus(summary.paid));
    if (summary.available) {
      OCTROI_TRY(Amount remaining, summary.available->minus(summary.paid));
      summary.remaining = remaining;
    }
  }
  return out;
}

std::string payment_orders_csv(const std::vector<PaymentRecord>& payments) {
  std::string out =
      "id;date;convention;structure;attribution;tranche;nature;ligne;montant_centimes;montant\r\n";
  for (const PaymentRecord& payment : payments) {
    out += fmt::format("{};{};{};{};{};{};{};{};{};{}\r\n", payment.id, payment.paid_on.iso(),
                       csv_cell(payment.agreement_number), csv_cell(payment.organisation),
                       csv_cell(payment.agreement), csv_cell(payment.tranche), to_key(payment.kind),
                       csv_cell(payment.budget_line), payment.amount.cents(),
                       csv_cell(format_amount(payment.amount)));
  }
  return out;
}

}  // namespace octroi
