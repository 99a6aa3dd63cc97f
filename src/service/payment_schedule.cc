// PaymentSchedule: advance at signature, balance after the review.
#include "service/payment_schedule.h"

#include <algorithm>
#include <fmt/format.h>

#include "calendar/format.h"
#include "service/explain_programme.h"

namespace octroi {

namespace {

const AmendmentRecord* amendment_of(const ProgrammeDataset& dataset, const AnnexRow& row) {
  if (!row.instrument || row.instrument->kind != LegalInstrument::kAmendment) return nullptr;
  for (const AmendmentRecord& amendment : dataset.amendments) {
    if (row.instrument->annex && amendment.annex == *row.instrument->annex) return &amendment;
  }
  return nullptr;
}

std::string balance_due(const AnnexRow& row, const AmendmentRecord* amendment) {
  if (amendment != nullptr) {
    for (const ReviewClause& review : amendment->review) {
      if (review.deadline && review.deadline->value) {
        return fmt::format("après le bilan, au plus tard le {}",
                           format_date_long(*review.deadline->value));
      }
      if (review.relative_deadline) {
        return fmt::format("après le bilan, au plus tard le {}", *review.relative_deadline);
      }
    }
  }
  if (row.award.period) {
    return fmt::format("après le bilan (fin de l'opération le {})",
                       format_date_long(row.award.period->end()));
  }
  return "après le bilan";
}

}  // namespace

Result<PaymentSchedule> schedule_payments(const ProgrammeDataset& dataset,
                                          const ParameterSet& parameters, Date date_of_effect,
                                          std::string_view organisation) {
  OCTROI_TRY(ParameterValue rate, parameters.value_at("advance_rate", date_of_effect));
  PaymentSchedule out{rate, {}, {}, {}, {}};
  bool matched = false;
  for (const AnnexRow& row : dataset.rows) {
    if (!organisation_matches(dataset, row, organisation)) continue;
    matched = true;
    if (!row.amount.value || row.amount.value->is_zero()) continue;
    const AmendmentRecord* amendment = amendment_of(dataset, row);
    AwardPayments payments;
    payments.award_id = row.award.id.key();
    const OrganisationEntry* entry = dataset.find_organisation(row.award.organisation.key());
    payments.organisation = entry != nullptr ? entry->organisation.name : row.organisation.printed;
    if (const OperationEntry* operation = dataset.find_operation(row.theme, row.operation)) {
      payments.operation_title = operation->operation.title;
    }
    payments.instrument = row.instrument ? row.instrument->printed : "(non imprimé)";
    OCTROI_TRY(payments.split, split_advance(*row.amount.value, rate.value));
    payments.advance_due =
        amendment != nullptr ? "à la signature de l'avenant" : "à la signature de la convention";
    payments.balance_due = balance_due(row, amendment);
    OCTROI_TRY(out.total_advances, out.total_advances.plus(payments.split.advance));
    OCTROI_TRY(out.total_balances, out.total_balances.plus(payments.split.balance));
    out.awards.push_back(std::move(payments));
  }
  if (!matched && !organisation.empty()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("aucune attribution pour la structure « {} »", organisation));
  }
  for (const AmendmentRecord& amendment : dataset.amendments) {
    const OrganisationEntry* entry = dataset.find_organisation(amendment.organisation.id.key());
    const std::string name =
        entry != nullptr ? entry->organisation.name : amendment.organisation.printed;
    if (!organisation.empty()) {
      const bool wanted = std::any_of(dataset.rows.begin(), dataset.rows.end(), [&](auto& row) {
        return row.award.organisation == amendment.organisation.id &&
               organisation_matches(dataset, row, organisation);
      });
      if (!wanted) continue;
    }
    for (const AdvanceClause& advance : amendment.advances) {
      std::optional<Amount> amount = advance_basis(dataset, amendment, advance);
      if (!amount || !advance.amount.value) continue;
      AmendmentTranche tranche;
      tranche.amendment_id = amendment.id;
      tranche.agreement_number = amendment.agreement.number;
      tranche.organisation = name;
      tranche.year = advance.origin.year;
      OCTROI_TRY(tranche.split, split_advance(*amount, rate.value));
      tranche.printed_advance = *advance.amount.value;
      tranche.advance_quote = advance.origin.quote;
      tranche.advance_line = advance.origin.source.line;
      OCTROI_TRY(tranche.difference, tranche.printed_advance.minus(tranche.split.advance));
      out.tranches.push_back(std::move(tranche));
    }
  }
  return out;
}

}  // namespace octroi
