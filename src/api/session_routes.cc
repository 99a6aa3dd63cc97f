// The routes about sittings (séances): the list, one sitting analysed (its
// generated heading, attendance, and per report the quorum, who may vote,
// the recusals with their reasons, the vote and its problems, the generated
// text), the register of members, the register of interests and its one
// write, and recording a report's vote. The same service functions as
// `octroi session` (session_rules.h, session_text.h, session_edits.h).
#include <algorithm>
#include <fmt/format.h>

#include "api/clock.h"
#include "api/routes.h"
#include "api/session_views.h"
#include "calendar/format.h"
#include "service/session_edits.h"

namespace octroi::api {
namespace {

// For each report on the agenda, the organisations its programme funds (the
// programme's current awards, from the snapshot cache).
Result<std::vector<std::vector<FundedOrganisation>>> funded_by_items(ServerContext& context,
                                                                     const Session& session) {
  std::vector<std::vector<FundedOrganisation>> funded;
  for (const AgendaItem& item : session.agenda) {
    if (item.programme.empty()) {
      funded.emplace_back();
      continue;
    }
    OCTROI_TRY(auto current, context.snapshot(item.programme));
    funded.push_back(funded_organisations(current->dataset));
  }
  return funded;
}

Result<StoredSession> find_session(SessionRepository& sessions, const std::string& id) {
  OCTROI_TRY(std::optional<StoredSession> stored, sessions.find_session(SessionId(id)));
  if (!stored) return Error(ErrorCode::kNotFound, fmt::format("séance inconnue « {} »", id));
  return std::move(*stored);
}

Result<Reply> list_sessions(ServerContext& context) {
  OCTROI_TRY(auto lease, context.sessions.acquire());
  OCTROI_TRY(auto summaries, lease->sessions());
  Reply reply;
  reply.body = Json::array();
  for (const SessionSummary& summary : summaries) {
    reply.body.push_back(session_summary_json(summary));
  }
  return reply;
}

Result<Reply> session_page(ServerContext& context, const std::string& id) {
  OCTROI_TRY(auto lease, context.sessions.acquire());
  OCTROI_TRY(StoredSession stored, find_session(*lease, id));
  OCTROI_TRY(Authority authority, lease->authority());
  OCTROI_TRY(std::vector<Member> members, lease->members());
  OCTROI_TRY(std::vector<Interest> interests, lease->interests());
  OCTROI_TRY(auto funded, funded_by_items(context, stored.session));
  const SessionReport report = analyse_session(stored.session, members, interests, funded);
  Reply reply;
  reply.body = session_page_json(stored, authority, members, report);
  return reply;
}

Result<Reply> list_members(ServerContext& context) {
  OCTROI_TRY(auto lease, context.sessions.acquire());
  OCTROI_TRY(std::vector<Member> members, lease->members());
  Reply reply;
  reply.body = Json::array();
  for (const Member& member : members) reply.body.push_back(member_json(member));
  return reply;
}

Result<Reply> list_interests(ServerContext& context) {
  OCTROI_TRY(auto lease, context.sessions.acquire());
  OCTROI_TRY(std::vector<Member> members, lease->members());
  OCTROI_TRY(std::vector<Interest> interests, lease->interests());
  Reply reply;
  reply.body = Json::array();
  for (const Interest& interest : interests) reply.body.push_back(interest_json(interest, members));
  return reply;
}

Result<Reply> add_interest(ServerContext& context, const httplib::Request& request,
                           const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(std::string member_id, required_text(body, "member", "élu"));
  OCTROI_TRY(std::string organisation_name,
             required_text(body, "organisation_name", "nom de l'organisme"));
  OCTROI_TRY(std::string role, required_text(body, "role", "fonction ou qualité"));
  OCTROI_TRY(Date start, date_field(body, "start", "date de début"));
  Interest interest{.member = MemberId(member_id),
                    .organisation_name = organisation_name,
                    .role = role,
                    .start = start,
                    .declared_by = caller.user.login,
                    .declared_at = utc_iso()};
  OCTROI_TRY(std::string organisation_id, string_field(body, "organisation_id", false));
  if (!organisation_id.empty()) interest.organisation = OrganisationId(organisation_id);
  OCTROI_TRY(std::string siret_text, string_field(body, "siret", false));
  if (siret_text.find_first_not_of(' ') != std::string::npos) {
    auto siret = Siret::parse(siret_text);
    if (!siret.ok()) {
      return field_error(siret.error().code(), fmt::format("SIRET : {}", siret.error().message()),
                         "siret");
    }
    interest.siret = *siret;
  }
  OCTROI_TRY(std::string end_text, string_field(body, "end", false));
  if (end_text.find_first_not_of(' ') != std::string::npos) {
    OCTROI_TRY(Date end, date_field(body, "end", "date de fin"));
    if (end < start) {
      return field_error(ErrorCode::kInvalidValue, "date de fin : elle précède la date de début",
                         "end");
    }
    interest.end = end;
  }
  OCTROI_TRY(auto lease, context.sessions.acquire());
  OCTROI_TRY(std::vector<Member> members, lease->members());
  const bool known = std::any_of(members.begin(), members.end(), [&](const Member& member) {
    return member.id == interest.member;
  });
  if (!known) {
    return field_error(
        ErrorCode::kNotFound,
        fmt::format("élu inconnu « {} » : il n'est pas au registre des élus", member_id), "member");
  }
  OCTROI_TRY(Interest valid, Interest::create(std::move(interest)));
  OCTROI_TRY(Interest added, lease->add_interest(std::move(valid), stamp_of(caller)));
  Reply reply;
  reply.status = 201;
  reply.body = interest_json(added, members);
  return reply;
}

// A vote count: a non-negative JSON integer.
Result<int> count_field(const Json& body, const std::string& name, std::string_view label) {
  auto found = body.find(name);
  if (found == body.end() || found->is_null()) {
    return field_error(ErrorCode::kMissingField, fmt::format("{} : nombre manquant", label), name);
  }
  if (!found->is_number_integer() || found->get<std::int64_t>() < 0 ||
      found->get<std::int64_t>() > 10000) {
    return field_error(ErrorCode::kInvalidValue,
                       fmt::format("{} : un nombre entier positif ou nul est attendu", label),
                       name);
  }
  return static_cast<int>(found->get<std::int64_t>());
}

Result<std::vector<std::string>> groups_field(const Json& body, const std::string& name) {
  std::vector<std::string> groups;
  auto found = body.find(name);
  if (found == body.end() || found->is_null()) return groups;
  if (!found->is_array()) {
    return field_error(ErrorCode::kInvalidValue,
                       fmt::format("« {} » : une liste de groupes est attendue", name), name);
  }
  for (const Json& group : *found) {
    if (!group.is_string()) {
      return field_error(ErrorCode::kInvalidValue,
                         fmt::format("« {} » : chaque groupe est un texte", name), name);
    }
    std::string text = group.get<std::string>();
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    groups.push_back(std::move(text));
  }
  return groups;
}

Result<VoteTally> tally_field(const Json& body, const std::string& name, std::string_view label) {
  OCTROI_TRY(int count, count_field(body, name, label));
  OCTROI_TRY(std::vector<std::string> groups, groups_field(body, name + "_groups"));
  return VoteTally{count, std::move(groups)};
}

Result<Reply> record_vote(ServerContext& context, const httplib::Request& request,
                          const Caller& caller) {
  const std::string session_id = request.matches[1];
  const std::string report_id = request.matches[2];
  OCTROI_TRY(Json body, parse_body(request));
  VoteRecord record;
  record.session = SessionId(session_id);
  record.report = ReportId(report_id);
  OCTROI_TRY(record.read_version,
             version_field(body,
                           "version de la séance manquante : rechargez la séance avant "
                           "d'enregistrer le vote"));
  OCTROI_TRY(record.vote.for_votes, tally_field(body, "for", "Pour"));
  OCTROI_TRY(record.vote.against_votes, tally_field(body, "against", "Contre"));
  OCTROI_TRY(record.vote.abstain_votes, tally_field(body, "abstain", "Abstention"));
  OCTROI_TRY(record.vote.absent_without_proxy,
             tally_field(body, "absent_without_proxy", "Absents sans délégation de vote"));
  OCTROI_TRY(std::string casting, string_field(body, "casting_vote", false));
  if (casting == "for") {
    record.casting_vote_for = true;
  } else if (casting == "against") {
    record.casting_vote_for = false;
  } else if (!casting.empty()) {
    return field_error(
        ErrorCode::kInvalidValue,
        fmt::format("voix prépondérante « {} » : attendu « for » ou « against »", casting),
        "casting_vote");
  }
  if (record.casting_vote_for && record.vote.for_votes.count != record.vote.against_votes.count) {
    return field_error(ErrorCode::kInvalidValue,
                       "la voix prépondérante du président ne départage qu'un partage égal des "
                       "voix (autant de pour que de contre)",
                       "casting_vote");
  }
  {
    OCTROI_TRY(auto lease, context.sessions.acquire());
    OCTROI_TRY(StoredSession stored, find_session(*lease, session_id));
    if (stored.version != record.read_version) {
      return Error(ErrorCode::kConflict,
                   fmt::format("la séance {} a été modifiée par {} le {} (version {}) depuis votre "
                               "lecture (version {}) : rechargez-la avant d'enregistrer le vote",
                               session_id, stored.updated_by, format_timestamp(stored.updated_at),
                               stored.version, record.read_version));
    }
    const AgendaItem* item = stored.session.item(record.report);
    if (item == nullptr) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("le rapport « {} » n'est pas à l'ordre du jour de la séance {}",
                               report_id, session_id));
    }
    std::vector<FundedOrganisation> funded;
    if (!item->programme.empty()) {
      OCTROI_TRY(auto current, context.snapshot(item->programme));
      funded = funded_organisations(current->dataset);
    }
    OCTROI_TRY(int saved, octroi::record_vote(*lease, record, funded, stamp_of(caller)));
    (void)saved;
  }
  return session_page(context, session_id);
}

}  // namespace

void add_session_routes(httplib::Server& http, ServerContext& context) {
  http.Get("/api/sessions",
           guarded(context, Permission::kRead, [&context](const httplib::Request&, const Caller&) {
             return list_sessions(context);
           }));
  http.Get(R"(/api/sessions/([^/]+))",
           guarded(context, Permission::kRead,
                   [&context](const httplib::Request& request, const Caller&) {
                     return session_page(context, request.matches[1]);
                   }));
  http.Post(R"(/api/sessions/([^/]+)/items/([^/]+)/vote)",
            guarded(context, Permission::kRecordSessions,
                    [&context](const httplib::Request& request, const Caller& caller) {
                      return record_vote(context, request, caller);
                    }));
  http.Get("/api/members",
           guarded(context, Permission::kRead, [&context](const httplib::Request&, const Caller&) {
             return list_members(context);
           }));
  http.Get("/api/interests",
           guarded(context, Permission::kRead, [&context](const httplib::Request&, const Caller&) {
             return list_interests(context);
           }));
  http.Post("/api/interests",
            guarded(context, Permission::kRecordInterests,
                    [&context](const httplib::Request& request, const Caller& caller) {
                      return add_interest(context, request, caller);
                    }));
}

}  // namespace octroi::api
