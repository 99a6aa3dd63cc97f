// AfterVoteLists: overdue reviews, retention dates.
#include "service/after_vote_lists.h"

#include <algorithm>
#include <fmt/format.h>

#include "base/csv_cell.h"

namespace octroi {

std::vector<OverdueReview> overdue_reviews(const std::vector<StoredAgreement>& agreements,
                                           Date today) {
  std::vector<OverdueReview> out;
  for (const StoredAgreement& stored : agreements) {
    const AgreementFile& file = stored.file;
    if (!is_in_force(file.status)) continue;
    for (const FundingTranche& tranche : file.tranches) {
      if (file.find_review(tranche.key) != nullptr || !(today > tranche.review_due)) continue;
      out.push_back(OverdueReview{
          .agreement = file.award.key(),
          .title = file.title(),
          .organisation = file.organisation.key(),
          .tranche = tranche.key,
          .due = tranche.review_due,
          .days_late = today.days_since_epoch() - tranche.review_due.days_since_epoch()});
    }
  }
  std::sort(out.begin(), out.end(), [](const OverdueReview& a, const OverdueReview& b) {
    if (a.due != b.due) return a.due < b.due;
    return a.agreement < b.agreement;
  });
  return out;
}

std::vector<RetentionEntry> retention_list(const std::vector<StoredAgreement>& agreements,
                                           Date today) {
  std::vector<RetentionEntry> out;
  for (const StoredAgreement& stored : agreements) {
    const AgreementFile& file = stored.file;
    if (file.status == AgreementStatus::kDraft) continue;
    out.push_back(RetentionEntry{.agreement = file.award.key(),
                                 .title = file.title(),
                                 .organisation = file.organisation.key(),
                                 .status = std::string(to_label(file.status)),
                                 .keep_until = file.retention_until,
                                 .expired = file.retention_until && *file.retention_until < today});
  }
  std::stable_sort(out.begin(), out.end(), [](const RetentionEntry& a, const RetentionEntry& b) {
    if (a.keep_until.has_value() != b.keep_until.has_value()) return a.keep_until.has_value();
    if (a.keep_until && *a.keep_until != *b.keep_until) return *a.keep_until < *b.keep_until;
    return a.agreement < b.agreement;
  });
  return out;
}

std::string retention_csv(const std::vector<RetentionEntry>& entries) {
  std::string out = "convention;attribution;structure;etat;conserver_jusqu_au;echu\r\n";
  for (const RetentionEntry& entry : entries) {
    out +=
        fmt::format("{};{};{};{};{};{}\r\n", csv_cell(entry.title), csv_cell(entry.agreement),
                    csv_cell(entry.organisation), csv_cell(entry.status),
                    entry.keep_until ? entry.keep_until->iso() : "", entry.expired ? "oui" : "non");
  }
  return out;
}

}  // namespace octroi
