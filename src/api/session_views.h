// Session views: the JSON the sessions part of the API answers (docs/api.md,
// « Séances »): the list of sittings, one sitting with its generated heading,
// attendance, and for each report its quorum, voting roll, recusals with
// their reasons, vote, problems and generated text; the register of members
// and of their interests. Pure functions of their arguments.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "domain/authority.h"
#include "domain/interest.h"
#include "domain/member.h"
#include "service/session_repository.h"
#include "service/session_rules.h"

namespace octroi::api {

// {"iso": "2023-09-18", "text": "18 septembre 2023"}
nlohmann::json date_json(const Date& date);

nlohmann::json session_summary_json(const SessionSummary& summary);
nlohmann::json member_json(const Member& member);
nlohmann::json interest_json(const Interest& interest, const std::vector<Member>& members);

// The paragraphs `octroi session text --report` prints for the report at
// `item`: the sitting's heading, the report's heading, its recusal sentences,
// then the vote paragraph and the outcome when it was voted.
std::vector<std::string> agenda_item_text(const Authority& authority, const Session& session,
                                          const AgendaItemReport& item,
                                          const std::vector<Member>& members);

// Everything the session page shows (`report` = analyse_session of `stored`).
nlohmann::json session_page_json(const StoredSession& stored, const Authority& authority,
                                 const std::vector<Member>& members, const SessionReport& report);

}  // namespace octroi::api
