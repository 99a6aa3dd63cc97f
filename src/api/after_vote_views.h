// After-vote views: the JSON the agreements part of the API answers
// (docs/api.md, « Après le vote »): an agreement in a list (status, number,
// amounts, paid, remaining), one agreement whole (tranches, amendment
// history, payments, reviews with their settlements, and the settlement a
// review not yet settled would give), the budget lines after the vote, the
// overdue reviews and the retention list. Money is {"cents", "text"}, dates
// {"iso", "text"}. Pure functions of their arguments.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "domain/programme_dataset.h"
#include "service/after_vote_lists.h"
#include "service/agreement_repository.h"
#include "service/payment_rules.h"

namespace octroi::api {

// One agreement of a list; `payments` are the programme's.
Result<nlohmann::json> agreement_summary_json(const ProgrammeDataset& dataset,
                                              const StoredAgreement& stored,
                                              const std::vector<PaymentRecord>& payments);
// One agreement whole, with its payments and, per tranche, the settlement
// (stored once settled, else computed from the review when there is one).
Result<nlohmann::json> agreement_page_json(const ProgrammeDataset& dataset,
                                           const StoredAgreement& stored,
                                           const std::vector<PaymentRecord>& payments);
nlohmann::json payment_json(const PaymentRecord& payment);
nlohmann::json budget_line_summary_json(const BudgetLineSummary& line);
nlohmann::json overdue_review_json(const OverdueReview& review);
nlohmann::json retention_entry_json(const RetentionEntry& entry);

}  // namespace octroi::api
