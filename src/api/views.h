// Views: the JSON the API answers (docs/api.md), built from a programme
// snapshot. Money is always {"cents", "text"}: an exact integer and its
// French form, never a binary float. Pure functions of their arguments.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string>

#include "api/programme_snapshot.h"
#include "domain/programme_dataset.h"
#include "money/amount.h"
#include "service/payment_schedule.h"
#include "service/programme_repository.h"

namespace octroi::api {

nlohmann::json money_json(Amount amount);
nlohmann::json summary_json(const ProgrammeSummary& summary);
nlohmann::json record_json(const AwardRecord& record);
nlohmann::json annex_row_json(const ProgrammeSnapshot& snapshot, const AnnexRow& row);

nlohmann::json dashboard_json(const ProgrammeSnapshot& snapshot);
nlohmann::json annex_json(const ProgrammeSnapshot& snapshot);
// kNotFound for an award the programme lacks.
Result<nlohmann::json> award_page_json(const ProgrammeSnapshot& snapshot,
                                       const std::string& award_id,
                                       std::span<const HistoryEntry> history);
nlohmann::json payments_json(const PaymentSchedule& schedule);
// The findings of the snapshot whose where.row is `award_id`.
nlohmann::json award_findings_json(const ProgrammeSnapshot& snapshot, const std::string& award_id);

// The organisation's awards across the given programmes; nullopt when no
// programme knows the organisation.
std::optional<nlohmann::json> organisation_page_json(
    const std::string& organisation_id,
    std::span<const std::shared_ptr<const ProgrammeSnapshot>> snapshots);

}  // namespace octroi::api
