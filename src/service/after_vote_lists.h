// AfterVoteLists: what staff watch once agreements are signed — the reviews
// overdue on a given day (due date passed, no review received) and the dates
// until which each agreement's documents must be kept. `today` is passed in
// (the CLI's --today or OCTROI_TODAY): nothing here reads the clock. Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "service/agreement_repository.h"

namespace octroi {

struct OverdueReview {
  std::string agreement{};     // "t1-o6-01"
  std::string title{};         // "convention n°2023-01628"
  std::string organisation{};  // "cheval-bleu"
  std::string tranche{};       // "2024"
  Date due;
  std::int64_t days_late = 0;  // today − due
};

// Tranches of signed or amended agreements whose review is not received and
// whose due date is before `today`, by due date then agreement.
std::vector<OverdueReview> overdue_reviews(const std::vector<StoredAgreement>& agreements,
                                           Date today);

struct RetentionEntry {
  std::string agreement{};
  std::string title{};
  std::string organisation{};
  std::string status{};              // French label
  std::optional<Date> keep_until{};  // absent: not stated by the agreement
  bool expired = false;              // keep_until before `today`: the documents may be disposed of
};

// Every agreement past its draft, by date (those without a date last).
std::vector<RetentionEntry> retention_list(const std::vector<StoredAgreement>& agreements,
                                           Date today);

// ';'-separated CSV: convention;attribution;structure;etat;conserver_jusqu_au;echu
std::string retention_csv(const std::vector<RetentionEntry>& entries);

}  // namespace octroi
