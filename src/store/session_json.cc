// Canonical JSON of a session, and the decoder back (see session_json.h).
#include "store/session_json.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/attendance.h"
#include "domain/deliberative_body.h"
#include "store/document_json.h"

namespace octroi::store {
namespace {

using document_json::at_index;
using document_json::decode;
using document_json::join;
using document_json::optional_date;
using document_json::Reader;
using nlohmann::json;

// ---------------------------------------------------------------- encoding

json optional_int(const std::optional<int>& value) { return value ? json(*value) : json(nullptr); }

json tally_json(const VoteTally& tally) {
  return json{{"count", tally.count}, {"groups", tally.groups}};
}

json vote_json(const Vote& vote) {
  return json{{"for", tally_json(vote.for_votes)},
              {"against", tally_json(vote.against_votes)},
              {"abstain", tally_json(vote.abstain_votes)},
              {"absent_without_proxy", tally_json(vote.absent_without_proxy)}};
}

json agenda_item_json(const AgendaItem& item) {
  json object = json::object();
  object["report"] = item.report.key();
  object["number"] = item.number;
  object["title"] = item.title;
  object["deliberation"] = item.deliberation ? json(item.deliberation->text()) : json(nullptr);
  object["programme"] = item.programme;
  object["subject_code"] = item.subject_code;
  object["vote"] = item.vote ? vote_json(*item.vote) : json(nullptr);
  object["casting_vote_for"] = item.casting_vote_for ? json(*item.casting_vote_for) : json(nullptr);
  return object;
}

json session_value(const Session& session) {
  json agenda = json::array();
  for (const AgendaItem& item : session.agenda) agenda.push_back(agenda_item_json(item));
  json members = json::array();
  for (const SessionMember& member : session.members) {
    members.push_back(json{{"member", member.member.key()},
                           {"attendance", std::string(to_key(member.attendance))},
                           {"arrives_at_item", optional_int(member.arrives_at_item)},
                           {"leaves_after_item", optional_int(member.leaves_after_item)}});
  }
  json proxies = json::array();
  for (const Proxy& proxy : session.proxies) {
    proxies.push_back(json{{"giver", proxy.giver.key()}, {"holder", proxy.holder.key()}});
  }
  json recusals = json::array();
  for (const Recusal& recusal : session.recusals) {
    recusals.push_back(json{{"report", recusal.report.key()},
                            {"member", recusal.member.key()},
                            {"took_part_in_debate", recusal.took_part_in_debate}});
  }
  json object = json::object();
  object["id"] = session.id.key();
  object["date"] = session.date.iso();
  object["body"] = std::string(to_key(session.body));
  object["place"] = session.place;
  object["president"] = session.president.key();
  object["secretary"] = session.secretary.key();
  object["reconvened_from"] = optional_date(session.reconvened_from);
  object["agenda"] = std::move(agenda);
  object["members"] = std::move(members);
  object["proxies"] = std::move(proxies);
  object["recusals"] = std::move(recusals);
  return object;
}

// ---------------------------------------------------------------- decoding

Result<VoteTally> read_tally(const Reader& reader, const json& vote, const std::string& parent,
                             std::string_view key) {
  OCTROI_TRY(const json* object, reader.object(vote, parent, key));
  const std::string path = join(parent, key);
  VoteTally tally;
  OCTROI_TRY(tally.count, reader.integer(*object, path, "count"));
  OCTROI_TRY(auto groups, reader.array(*object, path, "groups"));
  for (std::size_t index = 0; index < groups.size(); ++index) {
    if (!groups[index]->is_string()) {
      return reader.error(at_index(join(path, "groups"), index), "texte attendu");
    }
    tally.groups.push_back(groups[index]->get<std::string>());
  }
  return tally;
}

Result<AgendaItem> read_agenda_item(const Reader& reader, const json& object,
                                    const std::string& path) {
  if (!object.is_object()) return reader.error(path, "objet attendu");
  AgendaItem item;
  OCTROI_TRY(item.report, reader.id<ReportTag>(object, path, "report"));
  OCTROI_TRY(item.number, reader.text(object, path, "number"));
  OCTROI_TRY(item.title, reader.text(object, path, "title"));
  OCTROI_TRY(auto deliberation, reader.optional_text(object, path, "deliberation"));
  if (deliberation) {
    auto number = DeliberationNumber::parse(*deliberation);
    if (!number.ok()) return reader.wrap(join(path, "deliberation"), number.error());
    item.deliberation = *number;
  }
  OCTROI_TRY(item.programme, reader.text(object, path, "programme"));
  OCTROI_TRY(item.subject_code, reader.text(object, path, "subject_code"));
  if (Reader::find(object, "vote") != nullptr) {
    OCTROI_TRY(const json* vote_object, reader.object(object, path, "vote"));
    const std::string vote_path = join(path, "vote");
    Vote vote;
    OCTROI_TRY(vote.for_votes, read_tally(reader, *vote_object, vote_path, "for"));
    OCTROI_TRY(vote.against_votes, read_tally(reader, *vote_object, vote_path, "against"));
    OCTROI_TRY(vote.abstain_votes, read_tally(reader, *vote_object, vote_path, "abstain"));
    OCTROI_TRY(vote.absent_without_proxy,
               read_tally(reader, *vote_object, vote_path, "absent_without_proxy"));
    item.vote = std::move(vote);
  }
  OCTROI_TRY(item.casting_vote_for, reader.optional_boolean(object, path, "casting_vote_for"));
  return item;
}

Result<Session> read_session(const Reader& reader, const json& object) {
  OCTROI_TRY(SessionId id, reader.id<SessionTag>(object, "", "id"));
  OCTROI_TRY(Date date, reader.date(object, "", "date"));
  Session session{.id = std::move(id), .date = date};
  OCTROI_TRY(session.body,
             reader.key<DeliberativeBody>(object, "", "body", deliberative_body_from_key));
  OCTROI_TRY(session.place, reader.text(object, "", "place"));
  OCTROI_TRY(session.president, reader.id<MemberTag>(object, "", "president"));
  OCTROI_TRY(session.secretary, reader.id<MemberTag>(object, "", "secretary"));
  OCTROI_TRY(session.reconvened_from, reader.optional_date(object, "", "reconvened_from"));

  OCTROI_TRY(auto agenda, reader.array(object, "", "agenda"));
  for (std::size_t index = 0; index < agenda.size(); ++index) {
    OCTROI_TRY(AgendaItem item,
               read_agenda_item(reader, *agenda[index], at_index("agenda", index)));
    session.agenda.push_back(std::move(item));
  }

  OCTROI_TRY(auto members, reader.array(object, "", "members"));
  for (std::size_t index = 0; index < members.size(); ++index) {
    const std::string path = at_index("members", index);
    const json& entry = *members[index];
    if (!entry.is_object()) return reader.error(path, "objet attendu");
    SessionMember member;
    OCTROI_TRY(member.member, reader.id<MemberTag>(entry, path, "member"));
    OCTROI_TRY(member.attendance,
               reader.key<Attendance>(entry, path, "attendance", attendance_from_key));
    OCTROI_TRY(member.arrives_at_item, reader.optional_int(entry, path, "arrives_at_item"));
    OCTROI_TRY(member.leaves_after_item, reader.optional_int(entry, path, "leaves_after_item"));
    session.members.push_back(std::move(member));
  }

  OCTROI_TRY(auto proxies, reader.array(object, "", "proxies"));
  for (std::size_t index = 0; index < proxies.size(); ++index) {
    const std::string path = at_index("proxies", index);
    const json& entry = *proxies[index];
    if (!entry.is_object()) return reader.error(path, "objet attendu");
    Proxy proxy;
    OCTROI_TRY(proxy.giver, reader.id<MemberTag>(entry, path, "giver"));
    OCTROI_TRY(proxy.holder, reader.id<MemberTag>(entry, path, "holder"));
    session.proxies.push_back(std::move(proxy));
  }

  OCTROI_TRY(auto recusals, reader.array(object, "", "recusals"));
  for (std::size_t index = 0; index < recusals.size(); ++index) {
    const std::string path = at_index("recusals", index);
    const json& entry = *recusals[index];
    if (!entry.is_object()) return reader.error(path, "objet attendu");
    Recusal recusal;
    OCTROI_TRY(recusal.report, reader.id<ReportTag>(entry, path, "report"));
    OCTROI_TRY(recusal.member, reader.id<MemberTag>(entry, path, "member"));
    OCTROI_TRY(recusal.took_part_in_debate, reader.boolean(entry, path, "took_part_in_debate"));
    session.recusals.push_back(std::move(recusal));
  }

  auto created = Session::create(std::move(session));
  if (!created.ok()) return reader.invalid(created.error());
  return std::move(created).value();
}

}  // namespace

std::string session_json(const Session& session) { return session_value(session).dump(); }

Result<Session> session_from_json(std::string_view text) {
  return decode<Session>(text, "séance enregistrée", read_session);
}

}  // namespace octroi::store
