// Helpers shared by the check families.
#include "checks/check_support.h"

#include "money/format.h"

namespace octroi::check_support {

std::optional<Amount> sum(const std::vector<Amount>& amounts) {
  Amount total = Amount::zero();
  for (Amount amount : amounts) {
    auto next = total.plus(amount);
    if (!next.ok()) return std::nullopt;
    total = *next;
  }
  return total;
}

std::vector<Amount> row_amounts(const ProgrammeDataset& dataset, const std::vector<AwardId>& ids) {
  std::vector<Amount> amounts;
  for (const AwardId& id : ids) {
    const AnnexRow* row = dataset.find_row(id.key());
    if (row != nullptr && row->amount.value) amounts.push_back(*row->amount.value);
  }
  return amounts;
}

std::vector<const AnnexRow*> rows_of(const ProgrammeDataset& dataset, int theme,
                                     std::optional<int> operation) {
  std::vector<const AnnexRow*> rows;
  for (const AnnexRow& row : dataset.rows) {
    if (row.theme == theme && (!operation || row.operation == *operation)) rows.push_back(&row);
  }
  return rows;
}

Where row_where(const AnnexRow& row) {
  Where where;
  where.theme = row.theme;
  where.operation = row.operation;
  where.organisation = row.organisation.id.key();
  where.row = row.award.id.key();
  where.lines.push_back(row.source);
  return where;
}

std::string euros(Amount amount) { return format_amount(amount); }

ComparedValue amount_value(std::string label, const Printed<Amount>& printed, int line) {
  return ComparedValue{std::move(label), printed.text,
                       printed.value ? euros(*printed.value) : std::string(),
                       line != 0 ? line : printed.line};
}

ComparedValue computed_value(std::string label, Amount amount) {
  return ComparedValue{std::move(label), "", euros(amount), 0};
}

Finding make_finding(Severity severity, std::string code, Where where, std::string message,
                     std::vector<ComparedValue> values) {
  return Finding{severity, std::move(code), std::move(where), std::move(message),
                 std::move(values)};
}

}  // namespace octroi::check_support
