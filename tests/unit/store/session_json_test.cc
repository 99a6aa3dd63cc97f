// Canonical JSON of sessions, members, interests and the authority: every
// field survives the round trip, keys are sorted with no spaces, and a bad
// document becomes an Error naming the field, never an exception.
#include "store/session_json.h"

#include <nlohmann/json.hpp>
#include <string>

#include <gtest/gtest.h>

#include "store/register_json.h"

namespace octroi {
namespace {

Date day(int year, int month, int day_of_month) {
  return Date::create(year, month, day_of_month).value();
}

VoteTally tally(int count, std::vector<std::string> groups) {
  return VoteTally{count, std::move(groups)};
}

// A sitting with every field set: a reconvened date, arrivals and departures,
// a proxy with and without its holder, votes (one tie broken by the casting
// vote), an item not yet voted, and recusals with and without the debate.
Session full_session() {
  Session session{.id = SessionId("cp-2023-09-18"),
                  .date = day(2023, 9, 18),
                  .body = DeliberativeBody::kStandingCommittee,
                  .place = "ARRAS",
                  .president = MemberId("leroy"),
                  .secretary = MemberId("ouaguef"),
                  .reconvened_from = day(2023, 9, 14)};
  AgendaItem first{.report = ReportId("rapport-70"),
                   .number = "70",
                   .title = "Fonds d'aide aux communes rurales",
                   .deliberation = DeliberationNumber::parse("2023-405").value(),
                   .programme = "pas-de-calais-2023-phase4",
                   .subject_code = "7.5"};
  first.vote =
      Vote{tally(36, {"Groupe Socialiste, Républicain et Citoyen", "Non-inscrit"}), tally(0, {}),
           tally(5, {"Rassemblement National"}), tally(3, {"Union Centriste"})};
  AgendaItem second{.report = ReportId("rapport-71"),
                    .number = "71",
                    .title = "Subventions aux associations",
                    .deliberation = DeliberationNumber::parse("2023-406").value(),
                    .subject_code = "7.5"};
  second.vote =
      Vote{tally(20, {"Groupe Socialiste, Républicain et Citoyen"}),
           tally(20, {"Rassemblement National"}), tally(0, {}), tally(4, {"Non-inscrit"})};
  second.casting_vote_for = true;
  AgendaItem third{.report = ReportId("rapport-72"), .number = "72", .title = "Questions diverses"};
  session.agenda = {first, second, third};
  session.members = {
      {MemberId("leroy"), Attendance::kPresent},
      {MemberId("ouaguef"), Attendance::kPresent},
      {MemberId("cottel"), Attendance::kPresent},
      {MemberId("wozny"), Attendance::kPresent, 2, std::nullopt},
      {MemberId("dubois"), Attendance::kPresent, std::nullopt, 1},
      {MemberId("georget"), Attendance::kExcused},
      {MemberId("melchior"), Attendance::kAbsent},
      {MemberId("drain"), Attendance::kAbsent},
      {MemberId("cottigny"), Attendance::kNonVotingPresent},
      {MemberId("dagbert"), Attendance::kNonVotingExcused},
  };
  session.proxies = {{MemberId("georget"), MemberId("cottel")}, {MemberId("melchior"), MemberId()}};
  session.recusals = {{ReportId("rapport-70"), MemberId("dubois"), true},
                      {ReportId("rapport-71"), MemberId("drain"), false}};
  return session;
}

TEST(SessionJsonTest, FullSessionIsValid) {
  auto valid = full_session().validate();
  ASSERT_TRUE(valid.ok()) << valid.error().to_string();
}

TEST(SessionJsonTest, FullSessionRoundTrips) {
  const Session session = full_session();
  const std::string text = store::session_json(session);
  auto decoded = store::session_from_json(text);
  ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
  const Session& back = *decoded;

  EXPECT_EQ(back.id, SessionId("cp-2023-09-18"));
  EXPECT_EQ(back.date, day(2023, 9, 18));
  EXPECT_EQ(back.body, DeliberativeBody::kStandingCommittee);
  EXPECT_EQ(back.place, "ARRAS");
  EXPECT_EQ(back.president, MemberId("leroy"));
  EXPECT_EQ(back.secretary, MemberId("ouaguef"));
  EXPECT_EQ(back.reconvened_from, day(2023, 9, 14));

  ASSERT_EQ(back.agenda.size(), 3U);
  for (std::size_t index = 0; index < session.agenda.size(); ++index) {
    const AgendaItem& want = session.agenda[index];
    const AgendaItem& got = back.agenda[index];
    EXPECT_EQ(got.report, want.report) << index;
    EXPECT_EQ(got.number, want.number) << index;
    EXPECT_EQ(got.title, want.title) << index;
    EXPECT_EQ(got.deliberation, want.deliberation) << index;
    EXPECT_EQ(got.programme, want.programme) << index;
    EXPECT_EQ(got.subject_code, want.subject_code) << index;
    EXPECT_EQ(got.vote, want.vote) << index;
    EXPECT_EQ(got.casting_vote_for, want.casting_vote_for) << index;
  }
  ASSERT_TRUE(back.agenda[0].deliberation.has_value());
  EXPECT_EQ(back.agenda[0].deliberation->text(), "2023-405");
  ASSERT_TRUE(back.agenda[0].vote.has_value());
  EXPECT_EQ(back.agenda[0].vote->for_votes.count, 36);
  EXPECT_EQ(back.agenda[0].vote->abstain_votes.groups,
            std::vector<std::string>{"Rassemblement National"});
  EXPECT_EQ(back.agenda[0].vote->absent_without_proxy.count, 3);
  EXPECT_EQ(back.agenda[1].casting_vote_for, std::optional<bool>(true));
  EXPECT_FALSE(back.agenda[2].vote.has_value());
  EXPECT_FALSE(back.agenda[2].deliberation.has_value());

  EXPECT_EQ(back.members, session.members);
  EXPECT_EQ(back.members[3].arrives_at_item, std::optional<int>(2));
  EXPECT_EQ(back.members[4].leaves_after_item, std::optional<int>(1));
  EXPECT_EQ(back.members[8].attendance, Attendance::kNonVotingPresent);
  EXPECT_EQ(back.proxies, session.proxies);
  EXPECT_TRUE(back.proxies[1].holder.empty());
  EXPECT_EQ(back.recusals, session.recusals);
  EXPECT_TRUE(back.recusals[0].took_part_in_debate);

  // Canonical: encoding the decoded session gives the same text.
  EXPECT_EQ(store::session_json(back), text);
}

TEST(SessionJsonTest, SessionJsonIsCanonical) {
  const std::string text = store::session_json(full_session());
  EXPECT_EQ(text.rfind("{\"agenda\":[{\"casting_vote_for\":null,\"deliberation\":\"2023-405\",", 0),
            0U)
      << text;
  EXPECT_EQ(text.find("\": "), std::string::npos);
  EXPECT_NE(text.find("\"body\":\"standing_committee\",\"date\":\"2023-09-18\",\"id\":"
                      "\"cp-2023-09-18\""),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("{\"giver\":\"melchior\",\"holder\":\"\"}"), std::string::npos);
  EXPECT_NE(text.find("\"reconvened_from\":\"2023-09-14\""), std::string::npos);
  EXPECT_NE(text.find("{\"arrives_at_item\":null,\"attendance\":\"non_voting_excused\","
                      "\"leaves_after_item\":null,\"member\":\"dagbert\"}"),
            std::string::npos);
  // nlohmann's default object sorts its keys: parsing and dumping again changes nothing.
  EXPECT_EQ(nlohmann::json::parse(text).dump(), text);
}

TEST(SessionJsonTest, MemberRoundTripsWithMandates) {
  Member member{.id = MemberId("ouaguef"),
                .civility = Civility::kMadam,
                .name = "Zohra OUAGUEF",
                .group = "Groupe Socialiste, Républicain et Citoyen",
                .rank = 21};
  member.mandates = {
      Mandate{DeliberativeBody::kDepartmentalCouncil, day(2021, 7, 1), std::nullopt, true},
      Mandate{DeliberativeBody::kStandingCommittee, std::nullopt, day(2024, 12, 31), false}};
  const std::string text = store::member_json(member);
  EXPECT_EQ(text,
            "{\"civility\":\"madam\",\"group\":\"Groupe Socialiste, Républicain et Citoyen\","
            "\"id\":\"ouaguef\",\"mandates\":[{\"body\":\"departmental_council\","
            "\"deliberative_vote\":true,\"end\":null,\"start\":\"2021-07-01\"},"
            "{\"body\":\"standing_committee\",\"deliberative_vote\":false,\"end\":\"2024-12-31\","
            "\"start\":null}],\"name\":\"Zohra OUAGUEF\",\"rank\":21}");
  auto back = store::member_from_json(text);
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->id, member.id);
  EXPECT_EQ(back->civility, Civility::kMadam);
  EXPECT_EQ(back->name, member.name);
  EXPECT_EQ(back->group, member.group);
  EXPECT_EQ(back->rank, 21);
  EXPECT_EQ(back->mandates, member.mandates);
}

TEST(SessionJsonTest, InterestAndAuthorityRoundTrip) {
  Interest interest{.id = 7,
                    .member = MemberId("ouaguef"),
                    .organisation = OrganisationId("ccas-isbergues"),
                    .organisation_name = "CCAS d'Isbergues",
                    .siret = Siret::parse("34175422400028").value(),
                    .role = "présidente du conseil d'administration",
                    .start = day(2021, 7, 1),
                    .end = day(2023, 6, 30),
                    .declared_by = "marie",
                    .declared_at = "2026-11-28T10:00:00Z"};
  auto back = store::interest_from_json(store::interest_json(interest));
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->id, 7);
  EXPECT_EQ(back->member, MemberId("ouaguef"));
  EXPECT_EQ(back->organisation, OrganisationId("ccas-isbergues"));
  EXPECT_EQ(back->organisation_name, "CCAS d'Isbergues");
  ASSERT_TRUE(back->siret.has_value());
  EXPECT_EQ(back->siret->digits(), "34175422400028");
  EXPECT_EQ(back->role, interest.role);
  EXPECT_EQ(back->start, day(2021, 7, 1));
  EXPECT_EQ(back->end, day(2023, 6, 30));
  EXPECT_EQ(back->declared_by, "marie");
  EXPECT_EQ(back->declared_at, "2026-11-28T10:00:00Z");

  Authority authority{"Département du Pas-de-Calais", "DEPARTEMENT DU PAS-DE-CALAIS",
                      Siret::parse("34175422400028").value(), "ARRAS"};
  const std::string text = store::authority_json(authority);
  EXPECT_EQ(text,
            "{\"heading\":\"DEPARTEMENT DU PAS-DE-CALAIS\",\"name\":\"Département du "
            "Pas-de-Calais\",\"seat\":\"ARRAS\",\"siret\":\"34175422400028\"}");
  auto authority_back = store::authority_from_json(text);
  ASSERT_TRUE(authority_back.ok()) << authority_back.error().to_string();
  EXPECT_EQ(authority_back->name, authority.name);
  EXPECT_EQ(authority_back->heading, authority.heading);
  EXPECT_EQ(authority_back->siret, authority.siret);
  EXPECT_EQ(authority_back->seat, "ARRAS");
}

TEST(SessionJsonTest, BadDocumentsAreErrorsNamingTheField) {
  auto not_json = store::session_from_json("{\"id\": ");
  ASSERT_FALSE(not_json.ok());
  EXPECT_EQ(not_json.error().code(), ErrorCode::kIo);

  auto not_object = store::member_from_json("[1, 2]");
  ASSERT_FALSE(not_object.ok());
  EXPECT_EQ(not_object.error().code(), ErrorCode::kIo);

  auto document = nlohmann::json::parse(store::session_json(full_session()));
  document["agenda"][1]["vote"]["for"]["count"] = "vingt";
  auto wrong_type = store::session_from_json(document.dump());
  ASSERT_FALSE(wrong_type.ok());
  EXPECT_EQ(wrong_type.error().code(), ErrorCode::kInvalidValue);
  EXPECT_NE(wrong_type.error().message().find("« agenda[2].vote.for.count »"), std::string::npos)
      << wrong_type.error().message();

  document = nlohmann::json::parse(store::session_json(full_session()));
  document["members"][0]["attendance"] = "sleeping";
  auto bad_key = store::session_from_json(document.dump());
  ASSERT_FALSE(bad_key.ok());
  EXPECT_EQ(bad_key.error().code(), ErrorCode::kInvalidValue);
  EXPECT_NE(bad_key.error().message().find("members[1].attendance"), std::string::npos)
      << bad_key.error().message();

  document = nlohmann::json::parse(store::session_json(full_session()));
  document["date"] = "18/09/2023";
  auto bad_date = store::session_from_json(document.dump());
  ASSERT_FALSE(bad_date.ok());
  EXPECT_EQ(bad_date.error().code(), ErrorCode::kInvalidValue);
  EXPECT_NE(bad_date.error().message().find("« date »"), std::string::npos)
      << bad_date.error().message();

  document = nlohmann::json::parse(store::session_json(full_session()));
  document.erase("date");
  auto missing = store::session_from_json(document.dump());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kInvalidValue);

  // Decoding runs the domain's validation: a president not listed present.
  document = nlohmann::json::parse(store::session_json(full_session()));
  document["president"] = "stranger";
  auto invalid = store::session_from_json(document.dump());
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().code(), ErrorCode::kInvalidValue);

  document = nlohmann::json::parse(store::session_json(full_session()));
  document["agenda"][0]["deliberation"] = "405/2023";
  auto bad_number = store::session_from_json(document.dump());
  ASSERT_FALSE(bad_number.ok());
  EXPECT_NE(bad_number.error().message().find("agenda[1].deliberation"), std::string::npos)
      << bad_number.error().message();

  auto bad_siret = store::authority_from_json("{\"siret\":\"123\"}");
  ASSERT_FALSE(bad_siret.ok());
  EXPECT_NE(bad_siret.error().message().find("siret"), std::string::npos);
}

}  // namespace
}  // namespace octroi
