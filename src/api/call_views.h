// The JSON of the calls-for-projects routes (docs/api.md, « Appels à
// projets »): a call with its themes, operations (and funding rule),
// publics, dates and documents; an application as staff or as its
// organisation sees it; the form fields an application is drafted from; a
// session's annex with its totals, budget table and the checker's findings.
// Money is {"cents", "text"} as everywhere in the API. Pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <span>

#include "base/result.h"
#include "checks/checks.h"
#include "domain/programme_dataset.h"
#include "rules/award_evaluation.h"
#include "service/call_repository.h"

namespace octroi::api {

nlohmann::json call_summary_json(const StoredCall& stored);
nlohmann::json call_page_json(const StoredCall& stored);

// `staff`: with the instruction's notes and expected amount; an
// organisation's view passes the application through for_organisation first.
nlohmann::json application_json(const StoredApplication& stored, bool staff);

// The rule's evaluation for the instructor: {"formula", "amount"} or
// {"formula", "error"}; null without a rule.
nlohmann::json expected_json(const std::optional<AwardEvaluation>& expected);

// Reads the fields an organisation fills in (docs/api.md) into
// `application`: title, operation, amount, quantities, period,
// territories, budget, previous review. kInvalidValue/kMissingField with
// the field's name.
Status read_application_fields(const nlohmann::json& body, Application& application);

nlohmann::json session_annex_json(const ProgrammeDataset& annex, std::span<const Finding> findings);

}  // namespace octroi::api
