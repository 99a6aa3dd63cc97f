// Canonical JSON of sessions, members, interests and the authority, and the
// decoders back (see session_json.h).
#include "store/session_json.h"

#include <cctype>
#include <cstdint>
#include <fmt/format.h>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/attendance.h"
#include "domain/civility.h"
#include "domain/deliberative_body.h"

namespace octroi::store {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------- encoding

json optional_date(const std::optional<Date>& date) {
  return date ? json(date->iso()) : json(nullptr);
}

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

json member_value(const Member& member) {
  json mandates = json::array();
  for (const Mandate& mandate : member.mandates) {
    mandates.push_back(json{{"body", std::string(to_key(mandate.body))},
                            {"start", optional_date(mandate.start)},
                            {"end", optional_date(mandate.end)},
                            {"deliberative_vote", mandate.deliberative_vote}});
  }
  json object = json::object();
  object["id"] = member.id.key();
  object["civility"] = std::string(to_key(member.civility));
  object["name"] = member.name;
  object["group"] = member.group;
  object["rank"] = member.rank;
  object["mandates"] = std::move(mandates);
  return object;
}

json interest_value(const Interest& interest) {
  json object = json::object();
  object["id"] = interest.id;
  object["member"] = interest.member.key();
  object["organisation"] =
      interest.organisation ? json(interest.organisation->key()) : json(nullptr);
  object["organisation_name"] = interest.organisation_name;
  object["siret"] = interest.siret ? json(interest.siret->digits()) : json(nullptr);
  object["role"] = interest.role;
  object["start"] = interest.start.iso();
  object["end"] = optional_date(interest.end);
  object["declared_by"] = interest.declared_by;
  object["declared_at"] = interest.declared_at;
  return object;
}

json authority_value(const Authority& authority) {
  json object = json::object();
  object["name"] = authority.name;
  object["heading"] = authority.heading;
  object["siret"] = authority.siret ? json(authority.siret->digits()) : json(nullptr);
  object["seat"] = authority.seat;
  return object;
}

// ---------------------------------------------------------------- decoding

std::string join(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : fmt::format("{}.{}", parent, key);
}

std::string at_index(const std::string& parent, std::size_t index) {
  return fmt::format("{}[{}]", parent, index + 1);
}

// Reads the fields of one stored document; each error names the document and
// the field's path in it.
class Reader {
 public:
  explicit Reader(std::string_view document) : document_(document) {}

  Error error(const std::string& path, std::string_view problem) const {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("{} illisible : champ « {} » : {}", document_, path, problem),
                 Location::of_field(path));
  }
  // A domain error about the field at `path`, its message kept.
  Error wrap(const std::string& path, const Error& cause) const {
    return Error(cause.code(),
                 fmt::format("{} illisible : champ « {} » : {}", document_, path, cause.message()),
                 Location::of_field(path));
  }

  // The value at `key`, or nullptr when it is absent or null.
  static const json* find(const json& object, std::string_view key) {
    auto found = object.find(std::string(key));
    if (found == object.end() || found->is_null()) return nullptr;
    return &*found;
  }

  Result<const json*> required(const json& object, const std::string& parent,
                               std::string_view key) const {
    const json* value = find(object, key);
    if (value == nullptr) return error(join(parent, key), "absent");
    return value;
  }

  Result<const json*> object(const json& parent_object, const std::string& parent,
                             std::string_view key) const {
    OCTROI_TRY(const json* value, required(parent_object, parent, key));
    if (!value->is_object()) return error(join(parent, key), "objet attendu");
    return value;
  }

  // An array; absent or null reads as empty.
  Result<std::vector<const json*>> array(const json& object, const std::string& parent,
                                         std::string_view key) const {
    std::vector<const json*> items;
    const json* value = find(object, key);
    if (value == nullptr) return items;
    if (!value->is_array()) return error(join(parent, key), "liste attendue");
    for (const json& item : *value) items.push_back(&item);
    return items;
  }

  Result<std::optional<std::string>> optional_text(const json& object, const std::string& parent,
                                                   std::string_view key) const {
    const json* value = find(object, key);
    if (value == nullptr) return std::optional<std::string>();
    if (!value->is_string()) return error(join(parent, key), "texte attendu");
    return std::optional<std::string>(value->get<std::string>());
  }

  // A text; absent or null reads as "".
  Result<std::string> text(const json& object, const std::string& parent,
                           std::string_view key) const {
    OCTROI_TRY(auto value, optional_text(object, parent, key));
    return value.value_or(std::string());
  }

  Result<std::optional<std::int64_t>> optional_int64(const json& object, const std::string& parent,
                                                     std::string_view key) const {
    const json* value = find(object, key);
    if (value == nullptr) return std::optional<std::int64_t>();
    if (value->is_number_unsigned()) {
      auto number = value->get<std::uint64_t>();
      if (number > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return error(join(parent, key), "entier trop grand");
      }
      return std::optional<std::int64_t>(static_cast<std::int64_t>(number));
    }
    if (!value->is_number_integer()) return error(join(parent, key), "nombre entier attendu");
    return std::optional<std::int64_t>(value->get<std::int64_t>());
  }

  Result<std::optional<int>> optional_int(const json& object, const std::string& parent,
                                          std::string_view key) const {
    OCTROI_TRY(auto value, optional_int64(object, parent, key));
    if (!value) return std::optional<int>();
    if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
      return error(join(parent, key), "entier hors limites");
    }
    return std::optional<int>(static_cast<int>(*value));
  }

  Result<int> integer(const json& object, const std::string& parent, std::string_view key) const {
    OCTROI_TRY(auto value, optional_int(object, parent, key));
    if (!value) return error(join(parent, key), "absent");
    return *value;
  }

  Result<std::optional<bool>> optional_boolean(const json& object, const std::string& parent,
                                               std::string_view key) const {
    const json* value = find(object, key);
    if (value == nullptr) return std::optional<bool>();
    if (!value->is_boolean()) return error(join(parent, key), "true ou false attendu");
    return std::optional<bool>(value->get<bool>());
  }

  Result<bool> boolean(const json& object, const std::string& parent, std::string_view key) const {
    OCTROI_TRY(auto value, optional_boolean(object, parent, key));
    if (!value) return error(join(parent, key), "absent");
    return *value;
  }

  // A date written "YYYY-MM-DD", nothing else.
  Result<std::optional<Date>> optional_date(const json& object, const std::string& parent,
                                            std::string_view key) const {
    OCTROI_TRY(auto text_value, optional_text(object, parent, key));
    if (!text_value) return std::optional<Date>();
    const std::string& iso = *text_value;
    const std::string path = join(parent, key);
    bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
    for (std::size_t index = 0; shaped && index < iso.size(); ++index) {
      if (index != 4 && index != 7 && std::isdigit(static_cast<unsigned char>(iso[index])) == 0) {
        shaped = false;
      }
    }
    if (!shaped) return error(path, fmt::format("date AAAA-MM-JJ attendue, « {} » trouvé", iso));
    auto date = Date::create(std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)),
                             std::stoi(iso.substr(8, 2)));
    if (!date.ok()) return wrap(path, date.error());
    return std::optional<Date>(*date);
  }

  Result<Date> date(const json& object, const std::string& parent, std::string_view key) const {
    OCTROI_TRY(auto value, optional_date(object, parent, key));
    if (!value) return error(join(parent, key), "absent");
    return *value;
  }

  // An id; absent, null or "" reads as the empty id (validate() decides).
  template <typename Tag>
  Result<Id<Tag>> id(const json& object, const std::string& parent, std::string_view key) const {
    OCTROI_TRY(std::string key_text, text(object, parent, key));
    if (key_text.empty()) return Id<Tag>();
    auto parsed = Id<Tag>::parse(key_text);
    if (!parsed.ok()) return wrap(join(parent, key), parsed.error());
    return *parsed;
  }

  Result<std::optional<Siret>> siret(const json& object, const std::string& parent,
                                     std::string_view key) const {
    OCTROI_TRY(auto digits, optional_text(object, parent, key));
    if (!digits) return std::optional<Siret>();
    auto parsed = Siret::parse(*digits);
    if (!parsed.ok()) return wrap(join(parent, key), parsed.error());
    return std::optional<Siret>(*parsed);
  }

  // A key of an enumeration, read by `from_key` (attendance_from_key...).
  template <typename Enum, typename FromKey>
  Result<Enum> key(const json& object, const std::string& parent, std::string_view field,
                   FromKey from_key) const {
    OCTROI_TRY(std::string key_text, text(object, parent, field));
    Result<Enum> value = from_key(key_text);
    if (!value.ok()) return wrap(join(parent, field), value.error());
    return *value;
  }

  // The domain's validation of the whole document, named.
  Error invalid(const Error& cause) const {
    return Error(cause.code(), fmt::format("{} invalide : {}", document_, cause.message()),
                 cause.location());
  }

 private:
  std::string_view document_;
};

// Parses `text` into an object, or kIo.
Result<json> parse_object(std::string_view text, std::string_view document) {
  json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    return Error(ErrorCode::kIo, fmt::format("{} illisible : ce n'est pas du JSON", document));
  }
  if (!value.is_object()) {
    return Error(ErrorCode::kIo, fmt::format("{} illisible : objet JSON attendu", document));
  }
  return value;
}

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

Result<Member> read_member(const Reader& reader, const json& object) {
  Member member;
  OCTROI_TRY(member.id, reader.id<MemberTag>(object, "", "id"));
  OCTROI_TRY(member.civility, reader.key<Civility>(object, "", "civility", civility_from_key));
  OCTROI_TRY(member.name, reader.text(object, "", "name"));
  OCTROI_TRY(member.group, reader.text(object, "", "group"));
  OCTROI_TRY(member.rank, reader.integer(object, "", "rank"));
  OCTROI_TRY(auto mandates, reader.array(object, "", "mandates"));
  for (std::size_t index = 0; index < mandates.size(); ++index) {
    const std::string path = at_index("mandates", index);
    const json& entry = *mandates[index];
    if (!entry.is_object()) return reader.error(path, "objet attendu");
    Mandate mandate;
    OCTROI_TRY(mandate.body,
               reader.key<DeliberativeBody>(entry, path, "body", deliberative_body_from_key));
    OCTROI_TRY(mandate.start, reader.optional_date(entry, path, "start"));
    OCTROI_TRY(mandate.end, reader.optional_date(entry, path, "end"));
    OCTROI_TRY(mandate.deliberative_vote, reader.boolean(entry, path, "deliberative_vote"));
    member.mandates.push_back(mandate);
  }
  auto created = Member::create(std::move(member));
  if (!created.ok()) return reader.invalid(created.error());
  return std::move(created).value();
}

Result<Interest> read_interest(const Reader& reader, const json& object) {
  OCTROI_TRY(auto id, reader.optional_int64(object, "", "id"));
  OCTROI_TRY(MemberId member, reader.id<MemberTag>(object, "", "member"));
  OCTROI_TRY(Date start, reader.date(object, "", "start"));
  Interest interest{.id = id.value_or(0), .member = std::move(member), .start = start};
  OCTROI_TRY(auto organisation, reader.id<OrganisationTag>(object, "", "organisation"));
  if (!organisation.empty()) interest.organisation = std::move(organisation);
  OCTROI_TRY(interest.organisation_name, reader.text(object, "", "organisation_name"));
  OCTROI_TRY(interest.siret, reader.siret(object, "", "siret"));
  OCTROI_TRY(interest.role, reader.text(object, "", "role"));
  OCTROI_TRY(interest.end, reader.optional_date(object, "", "end"));
  OCTROI_TRY(interest.declared_by, reader.text(object, "", "declared_by"));
  OCTROI_TRY(interest.declared_at, reader.text(object, "", "declared_at"));
  auto created = Interest::create(std::move(interest));
  if (!created.ok()) return reader.invalid(created.error());
  return std::move(created).value();
}

Result<Authority> read_authority(const Reader& reader, const json& object) {
  Authority authority;
  OCTROI_TRY(authority.name, reader.text(object, "", "name"));
  OCTROI_TRY(authority.heading, reader.text(object, "", "heading"));
  OCTROI_TRY(authority.siret, reader.siret(object, "", "siret"));
  OCTROI_TRY(authority.seat, reader.text(object, "", "seat"));
  return authority;
}

// Parses and reads one document; no nlohmann exception leaves it.
template <typename T, typename Read>
Result<T> decode(std::string_view text, std::string_view document, Read read) {
  try {
    OCTROI_TRY(json object, parse_object(text, document));
    const Reader reader(document);
    return read(reader, object);
  } catch (const nlohmann::json::exception& error) {
    return Error(ErrorCode::kIo, fmt::format("{} illisible : {}", document, error.what()));
  }
}

}  // namespace

std::string session_json(const Session& session) { return session_value(session).dump(); }
std::string member_json(const Member& member) { return member_value(member).dump(); }
std::string interest_json(const Interest& interest) { return interest_value(interest).dump(); }
std::string authority_json(const Authority& authority) { return authority_value(authority).dump(); }

Result<Session> session_from_json(std::string_view text) {
  return decode<Session>(text, "séance enregistrée", read_session);
}

Result<Member> member_from_json(std::string_view text) {
  return decode<Member>(text, "élu enregistré", read_member);
}

Result<Interest> interest_from_json(std::string_view text) {
  return decode<Interest>(text, "intérêt déclaré enregistré", read_interest);
}

Result<Authority> authority_from_json(std::string_view text) {
  return decode<Authority>(text, "collectivité enregistrée", read_authority);
}

}  // namespace octroi::store
