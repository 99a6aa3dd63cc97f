// Canonical JSON of the register: members with their mandates, interests
// and the authority, and the decoders back (see register_json.h).
#include "store/register_json.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "domain/civility.h"
#include "domain/deliberative_body.h"
#include "store/document_json.h"

namespace octroi::store {
namespace {

using document_json::at_index;
using document_json::decode;
using document_json::optional_date;
using document_json::Reader;
using nlohmann::json;

// ---------------------------------------------------------------- encoding

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

}  // namespace

std::string member_json(const Member& member) { return member_value(member).dump(); }
std::string interest_json(const Interest& interest) { return interest_value(interest).dump(); }
std::string authority_json(const Authority& authority) { return authority_value(authority).dump(); }

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
