#include "rules/advance.h"

namespace octroi {

Result<AdvanceSplit> split_advance(Amount amount, const Decimal& rate) {
  OCTROI_TRY(Decimal advance, Decimal::from_amount(amount).times(rate));
  AdvanceSplit out{amount, {}, {}};
  OCTROI_TRY(out.advance, advance.to_amount(Rounding::kHalfUpToCent));
  OCTROI_TRY(out.balance, amount.minus(out.advance));
  return out;
}

std::optional<Amount> advance_basis(const ProgrammeDataset& dataset,
                                    const AmendmentRecord& amendment,
                                    const AdvanceClause& advance) {
  if (advance.origin.year) {
    for (const AmountClause& clause : amendment.amounts) {
      if (clause.origin.year == advance.origin.year && clause.amount.value) {
        return *clause.amount.value;
      }
    }
  }
  for (const AnnexRow& row : dataset.rows) {
    if (row.instrument && row.instrument->annex == amendment.annex && row.amount.value) {
      return *row.amount.value;
    }
  }
  return std::nullopt;
}

}  // namespace octroi
