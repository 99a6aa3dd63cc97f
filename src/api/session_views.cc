#include "api/session_views.h"

#include <algorithm>

#include "calendar/format.h"
#include "calendar/parse.h"
#include "service/session_text.h"

namespace octroi::api {
namespace {

using Json = nlohmann::json;

std::string name_of(const std::vector<Member>& members, const MemberId& id) {
  for (const Member& member : members) {
    if (member.id == id) return member.display_name();
  }
  return id.key();
}

Json optional_date(const std::optional<Date>& date) {
  return date ? date_json(*date) : Json(nullptr);
}

Json person_json(const std::vector<Member>& members, const MemberId& id) {
  return {{"id", id.key()}, {"name", name_of(members, id)}};
}

Json people_json(const std::vector<Member>& members, const std::vector<MemberId>& ids) {
  Json out = Json::array();
  for (const MemberId& id : ids) out.push_back(person_json(members, id));
  return out;
}

Json tally_json(const VoteTally& tally) {
  return {{"count", tally.count}, {"groups", tally.groups}};
}

Json vote_json(const Vote& vote) {
  return {{"for", tally_json(vote.for_votes)},
          {"against", tally_json(vote.against_votes)},
          {"abstain", tally_json(vote.abstain_votes)},
          {"absent_without_proxy", tally_json(vote.absent_without_proxy)},
          {"expressed", vote.expressed()},
          {"total", vote.total()}};
}

Json recusal_json(const Recusal& recusal, const AgendaItemReport& item,
                  const std::vector<Member>& members) {
  Json reason = {{"kind", "declared"}, {"text", "déclaré en séance"}};
  for (const RequiredRecusal& required : item.required) {
    if (required.member != recusal.member) continue;
    reason = {{"kind", "register"},
              {"interest_id", required.interest.id},
              {"role", required.interest.role},
              {"organisation", required.organisation.name},
              {"organisation_id", required.organisation.id.key()},
              {"since", date_json(required.interest.start)},
              {"text", required.interest.role + " de « " + required.organisation.name +
                           " » depuis le " + format_date_long(required.interest.start)}};
    break;
  }
  return {{"member", recusal.member.key()},
          {"name", name_of(members, recusal.member)},
          {"took_part_in_debate", recusal.took_part_in_debate},
          {"reason", reason}};
}

Json item_json(const Authority& authority, const Session& session, const AgendaItemReport& item,
               const std::vector<Member>& members) {
  Json recusals = Json::array();
  for (const Recusal& recusal : item.recusals) {
    recusals.push_back(recusal_json(recusal, item, members));
  }
  Json problems = Json::array();
  for (const VoteProblem& problem : item.problems) {
    problems.push_back({{"field", problem.field}, {"message", problem.message}});
  }
  const AgendaItem& agenda = item.item;
  Json casting = nullptr;
  if (agenda.casting_vote_for) casting = *agenda.casting_vote_for ? "for" : "against";
  Json adopted = nullptr;
  if (auto outcome = agenda.adopted()) adopted = *outcome;
  return {{"position", item.position},
          {"report", agenda.report.key()},
          {"number", agenda.number},
          {"title", agenda.title},
          {"deliberation", agenda.deliberation ? Json(agenda.deliberation->text()) : Json(nullptr)},
          {"programme", agenda.programme},
          {"subject_code", agenda.subject_code},
          {"quorum",
           {{"in_office", item.quorum.in_office},
            {"present", item.quorum.present},
            {"required", item.quorum.required},
            {"reconvened", item.quorum.reconvened},
            {"met", item.quorum.met}}},
          {"roll",
           {{"in_office", item.roll.in_office},
            {"present", item.roll.present},
            {"recused_present", people_json(members, item.roll.recused_present)},
            {"proxies", people_json(members, item.roll.proxies)},
            {"absent_without_proxy", people_json(members, item.roll.absent_without_proxy)},
            {"able", item.roll.able}}},
          {"recusals", recusals},
          {"vote", agenda.vote ? vote_json(*agenda.vote) : Json(nullptr)},
          {"casting_vote", casting},
          {"vote_sentence", agenda.vote ? Json(vote_sentence(*agenda.vote)) : Json(nullptr)},
          {"outcome", agenda.vote ? Json(outcome_text(agenda)) : Json(nullptr)},
          {"adopted", adopted},
          {"problems", problems},
          {"text", agenda_item_text(authority, session, item, members)}};
}

}  // namespace

Json date_json(const Date& date) { return {{"iso", date.iso()}, {"text", format_date_long(date)}}; }

Json session_summary_json(const SessionSummary& summary) {
  Json date = {{"iso", summary.date}, {"text", summary.date}};
  if (auto parsed = parse_date(summary.date); parsed.ok()) date = date_json(*parsed);
  return {{"id", summary.id.key()},
          {"date", date},
          {"body", std::string(to_key(summary.body))},
          {"body_label", std::string(to_label(summary.body))},
          {"agenda_items", summary.agenda_items},
          {"version", summary.version}};
}

Json member_json(const Member& member) {
  Json mandates = Json::array();
  for (const Mandate& mandate : member.mandates) {
    mandates.push_back({{"body", std::string(to_key(mandate.body))},
                        {"body_label", std::string(to_label(mandate.body))},
                        {"start", optional_date(mandate.start)},
                        {"end", optional_date(mandate.end)},
                        {"deliberative_vote", mandate.deliberative_vote}});
  }
  return {{"id", member.id.key()}, {"civility", std::string(to_key(member.civility))},
          {"name", member.name},   {"display_name", member.display_name()},
          {"group", member.group}, {"rank", member.rank},
          {"mandates", mandates}};
}

Json interest_json(const Interest& interest, const std::vector<Member>& members) {
  return {{"id", interest.id},
          {"member", interest.member.key()},
          {"member_name", name_of(members, interest.member)},
          {"organisation_id",
           interest.organisation ? Json(interest.organisation->key()) : Json(nullptr)},
          {"organisation_name", interest.organisation_name},
          {"siret", interest.siret ? Json(interest.siret->formatted()) : Json(nullptr)},
          {"role", interest.role},
          {"start", date_json(interest.start)},
          {"end", optional_date(interest.end)},
          {"declared_by", interest.declared_by},
          {"declared_at", interest.declared_at}};
}

std::vector<std::string> agenda_item_text(const Authority& authority, const Session& session,
                                          const AgendaItemReport& item,
                                          const std::vector<Member>& members) {
  std::vector<std::string> paragraphs = session_heading(authority, session, members);
  for (std::string& paragraph : agenda_item_heading(authority, session, item.item)) {
    paragraphs.push_back(std::move(paragraph));
  }
  for (std::string& sentence : recusal_sentences(session, item.recusals, members)) {
    paragraphs.push_back(std::move(sentence));
  }
  if (item.item.vote) {
    paragraphs.emplace_back("Dans les conditions de vote ci-dessous :");
    paragraphs.push_back(vote_sentence(*item.item.vote));
    paragraphs.push_back(outcome_text(item.item));
  }
  return paragraphs;
}

Json session_page_json(const StoredSession& stored, const Authority& authority,
                       const std::vector<Member>& members, const SessionReport& report) {
  const Session& session = stored.session;
  Json attendance = Json::array();
  for (const SessionMember& entry : session.members) {
    const Member* member = nullptr;
    for (const Member& candidate : members) {
      if (candidate.id == entry.member) member = &candidate;
    }
    attendance.push_back(
        {{"member", entry.member.key()},
         {"name", member != nullptr ? member->display_name() : entry.member.key()},
         {"group", member != nullptr ? member->group : std::string()},
         {"rank", member != nullptr ? member->rank : 0},
         {"status", std::string(to_key(entry.attendance))},
         {"status_label", std::string(to_label(entry.attendance))},
         {"arrives_at_item", entry.arrives_at_item ? Json(*entry.arrives_at_item) : Json(nullptr)},
         {"leaves_after_item",
          entry.leaves_after_item ? Json(*entry.leaves_after_item) : Json(nullptr)}});
  }
  std::stable_sort(attendance.begin(), attendance.end(), [](const Json& left, const Json& right) {
    return left["rank"].get<int>() < right["rank"].get<int>();
  });
  Json proxies = Json::array();
  for (const Proxy& proxy : session.proxies) {
    const bool named = !proxy.holder.key().empty();
    proxies.push_back(
        {{"giver", proxy.giver.key()},
         {"giver_name", name_of(members, proxy.giver)},
         {"holder", named ? Json(proxy.holder.key()) : Json(nullptr)},
         {"holder_name", named ? Json(name_of(members, proxy.holder)) : Json(nullptr)}});
  }
  Json register_problems = Json::array();
  for (const RegisterProblem& problem : report.register_problems) {
    register_problems.push_back({{"member", problem.member.key()}, {"message", problem.message}});
  }
  Json items = Json::array();
  for (const AgendaItemReport& item : report.items) {
    items.push_back(item_json(authority, session, item, members));
  }
  return {{"id", session.id.key()},
          {"date", date_json(session.date)},
          {"body", std::string(to_key(session.body))},
          {"body_label", std::string(to_label(session.body))},
          {"place", session.place},
          {"president", person_json(members, session.president)},
          {"secretary", person_json(members, session.secretary)},
          {"reconvened_from", optional_date(session.reconvened_from)},
          {"version", stored.version},
          {"updated_by", stored.updated_by},
          {"updated_at", stored.updated_at},
          {"heading", session_heading(authority, session, members)},
          {"attendance", attendance},
          {"proxies", proxies},
          {"register_problems", register_problems},
          {"items", items}};
}

}  // namespace octroi::api
