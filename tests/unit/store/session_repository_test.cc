// The sessions part of the store on both backends: the authority, members
// with their mandates, the register of interests and sessions round-trip;
// a session is saved only on the version read (kConflict naming who changed
// it otherwise) and created once (kDuplicate); record() writes a bundle all
// or nothing; every write is journaled and the chain stays intact.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/session_json.h"
#include "store_backends.h"

namespace octroi {
namespace {

Date day(int year, int month, int day_of_month) {
  return Date::create(year, month, day_of_month).value();
}

Member member(const std::string& id, const std::string& name, int rank) {
  Member result{.id = MemberId(id), .civility = Civility::kMadam, .name = name, .rank = rank};
  result.group = "Groupe Socialiste, Républicain et Citoyen";
  return result;
}

// A sitting with votes, a proxy, an arrival and a recusal.
Session session(const std::string& id) {
  Session result{.id = SessionId(id),
                 .date = day(2023, 9, 18),
                 .body = DeliberativeBody::kStandingCommittee,
                 .place = "ARRAS",
                 .president = MemberId("leroy"),
                 .secretary = MemberId("ouaguef")};
  AgendaItem first{.report = ReportId("rapport-70"),
                   .number = "70",
                   .title = "Fonds d'aide aux communes rurales",
                   .deliberation = DeliberationNumber::parse("2023-405").value(),
                   .programme = "pas-de-calais-2023-phase4",
                   .subject_code = "7.5"};
  first.vote = Vote{VoteTally{3, {"Groupe Socialiste, Républicain et Citoyen"}}, VoteTally{},
                    VoteTally{1, {"Non-inscrit"}}, VoteTally{}};
  AgendaItem second{.report = ReportId("rapport-71"), .number = "71", .title = "Divers"};
  result.agenda = {first, second};
  result.members = {{MemberId("leroy"), Attendance::kPresent},
                    {MemberId("ouaguef"), Attendance::kPresent},
                    {MemberId("cottel"), Attendance::kPresent, 2, std::nullopt},
                    {MemberId("georget"), Attendance::kExcused}};
  result.proxies = {{MemberId("georget"), MemberId("leroy")}};
  result.recusals = {{ReportId("rapport-70"), MemberId("cottel"), false}};
  return result;
}

template <typename Backend>
class SessionRepositoryTest : public testing::StoreTest<Backend> {
 protected:
  void SetUp() override {
    testing::StoreTest<Backend>::SetUp();
    if (this->IsSkipped() || this->HasFatalFailure()) return;
    auto sessions = store::open_session_repository(this->backend_.url());
    ASSERT_TRUE(sessions.ok()) << sessions.error().to_string();
    sessions_ = std::move(*sessions);
  }

  std::unique_ptr<SessionRepository> sessions_;
};
TYPED_TEST_SUITE(SessionRepositoryTest, testing::Backends, testing::BackendNames);

TYPED_TEST(SessionRepositoryTest, AuthorityRoundTrips) {
  auto empty = this->sessions_->authority();
  ASSERT_TRUE(empty.ok()) << empty.error().to_string();
  EXPECT_EQ(empty->name, "");
  EXPECT_FALSE(empty->siret.has_value());

  Authority authority{"Département du Pas-de-Calais", "DEPARTEMENT DU PAS-DE-CALAIS",
                      Siret::parse("34175422400028").value(), "ARRAS"};
  ASSERT_TRUE(this->sessions_->save_authority(authority, {"admin", "2026-11-28T09:00:00Z"}).ok());
  authority.seat = "Arras";
  authority.siret.reset();
  ASSERT_TRUE(this->sessions_->save_authority(authority, {"marie", "2026-11-28T10:00:00Z"}).ok());

  auto stored = this->sessions_->authority();
  ASSERT_TRUE(stored.ok()) << stored.error().to_string();
  EXPECT_EQ(stored->name, "Département du Pas-de-Calais");
  EXPECT_EQ(stored->heading, "DEPARTEMENT DU PAS-DE-CALAIS");
  EXPECT_FALSE(stored->siret.has_value());
  EXPECT_EQ(stored->seat, "Arras");

  EXPECT_EQ(this->count("SELECT count(*) FROM authority"), 1);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'authority' AND entity_id ="
                        " 'authority' AND action = 'create' AND before_json IS NULL"),
            1);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'authority' AND action ="
                        " 'update' AND user_name = 'marie' AND before_json LIKE"
                        " '%34175422400028%' AND after_json LIKE '%\"siret\":null%'"),
            1);
  this->expect_journal_intact();
}

TYPED_TEST(SessionRepositoryTest, MembersRoundTripByRankWithTheirMandates) {
  const Stamp stamp{"admin", "2026-11-28T09:00:00Z"};
  Member ouaguef = member("ouaguef", "Zohra OUAGUEF", 2);
  ouaguef.mandates = {
      Mandate{DeliberativeBody::kStandingCommittee, day(2021, 7, 1), std::nullopt, true},
      Mandate{DeliberativeBody::kDepartmentalCouncil, std::nullopt, day(2021, 6, 30), true},
      Mandate{DeliberativeBody::kDepartmentalCouncil, day(2021, 7, 1), std::nullopt, false}};
  Member leroy = member("leroy", "Jean-Claude LEROY", 1);
  leroy.civility = Civility::kMister;
  leroy.group = "";
  Member cottel = member("cottel", "Jean-Claude COTTEL", 2);
  ASSERT_TRUE(this->sessions_->save_member(ouaguef, stamp).ok());
  ASSERT_TRUE(this->sessions_->save_member(leroy, stamp).ok());
  ASSERT_TRUE(this->sessions_->save_member(cottel, stamp).ok());

  auto members = this->sessions_->members();
  ASSERT_TRUE(members.ok()) << members.error().to_string();
  ASSERT_EQ(members->size(), 3U);
  EXPECT_EQ((*members)[0].id, MemberId("leroy"));
  EXPECT_EQ((*members)[0].civility, Civility::kMister);
  EXPECT_EQ((*members)[0].group, "");
  EXPECT_TRUE((*members)[0].mandates.empty());
  EXPECT_EQ((*members)[1].id, MemberId("cottel"));  // rank 2, then by id
  EXPECT_EQ((*members)[2].id, MemberId("ouaguef"));
  EXPECT_EQ((*members)[2].name, "Zohra OUAGUEF");
  EXPECT_EQ((*members)[2].group, "Groupe Socialiste, Républicain et Citoyen");
  EXPECT_EQ((*members)[2].rank, 2);
  EXPECT_EQ((*members)[2].mandates, ouaguef.mandates);  // in position order

  // Replacing a member replaces its mandates.
  ouaguef.rank = 1;
  ouaguef.mandates = {
      Mandate{DeliberativeBody::kDepartmentalCouncil, std::nullopt, std::nullopt, true}};
  ASSERT_TRUE(this->sessions_->save_member(ouaguef, {"marie", "2026-11-28T10:00:00Z"}).ok());
  members = this->sessions_->members();
  ASSERT_TRUE(members.ok()) << members.error().to_string();
  ASSERT_EQ(members->size(), 3U);
  EXPECT_EQ((*members)[0].id, MemberId("leroy"));
  EXPECT_EQ((*members)[1].id, MemberId("ouaguef"));
  EXPECT_EQ((*members)[1].mandates, ouaguef.mandates);
  EXPECT_EQ(this->count("SELECT count(*) FROM mandates"), 1);

  // An invalid member is refused before anything is written.
  Member nameless = member("nameless", "", 3);
  auto refused = this->sessions_->save_member(nameless, stamp);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kMissingField);

  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'member' AND action ="
                        " 'create' AND before_json IS NULL"),
            3);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'member' AND entity_id ="
                        " 'ouaguef' AND action = 'update' AND user_name = 'marie'"
                        " AND before_json LIKE '%\"rank\":2%' AND after_json LIKE '%\"rank\":1%'"),
            1);
  this->expect_journal_intact();
}

TYPED_TEST(SessionRepositoryTest, InterestsAreAddedListedAndEnded) {
  const Stamp stamp{"admin", "2026-11-28T09:00:00Z"};
  ASSERT_TRUE(this->sessions_->save_member(member("ouaguef", "Zohra OUAGUEF", 2), stamp).ok());
  ASSERT_TRUE(this->sessions_->save_member(member("dubois", "Anne DUBOIS", 3), stamp).ok());

  Interest ccas{.member = MemberId("ouaguef"),
                .organisation = OrganisationId("ccas-isbergues"),
                .organisation_name = "CCAS d'Isbergues",
                .siret = Siret::parse("34175422400028").value(),
                .role = "présidente du conseil d'administration",
                .start = day(2021, 7, 1)};
  Interest unknown = ccas;
  unknown.member = MemberId("nobody");
  auto refused = this->sessions_->add_interest(unknown, stamp);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(refused.error().message().find("nobody"), std::string::npos);

  auto first = this->sessions_->add_interest(ccas, stamp);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_GT(first->id, 0);
  EXPECT_EQ(first->declared_by, "admin");
  EXPECT_EQ(first->declared_at, "2026-11-28T09:00:00Z");
  Interest club{.member = MemberId("dubois"),
                .organisation_name = "Club de football d'Arras",
                .role = "trésorière",
                .start = day(2020, 1, 1),
                .declared_by = "greffe",
                .declared_at = "2026-11-01T08:00:00Z"};
  auto second = this->sessions_->add_interest(club, stamp);
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  auto third = this->sessions_->add_interest(ccas, {"marie", "2026-11-28T10:00:00Z"});
  ASSERT_TRUE(third.ok()) << third.error().to_string();
  EXPECT_NE(first->id, second->id);
  EXPECT_GT(third->id, first->id);

  auto listed = this->sessions_->interests();
  ASSERT_TRUE(listed.ok()) << listed.error().to_string();
  ASSERT_EQ(listed->size(), 3U);  // by member, then id
  EXPECT_EQ((*listed)[0].member, MemberId("dubois"));
  EXPECT_EQ((*listed)[0].organisation, std::nullopt);
  EXPECT_FALSE((*listed)[0].siret.has_value());
  EXPECT_EQ((*listed)[0].declared_by, "greffe");
  EXPECT_EQ((*listed)[1].id, first->id);
  EXPECT_EQ((*listed)[1].organisation, OrganisationId("ccas-isbergues"));
  EXPECT_EQ((*listed)[1].organisation_name, "CCAS d'Isbergues");
  ASSERT_TRUE((*listed)[1].siret.has_value());
  EXPECT_EQ((*listed)[1].siret->digits(), "34175422400028");
  EXPECT_EQ((*listed)[1].role, "présidente du conseil d'administration");
  EXPECT_EQ((*listed)[1].start, day(2021, 7, 1));
  EXPECT_FALSE((*listed)[1].end.has_value());
  EXPECT_EQ((*listed)[2].id, third->id);
  EXPECT_EQ((*listed)[2].declared_by, "marie");

  ASSERT_TRUE(this->sessions_->end_interest(first->id, day(2023, 6, 30), stamp).ok());
  auto missing = this->sessions_->end_interest(first->id + 1000, day(2023, 6, 30), stamp);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  auto before_start = this->sessions_->end_interest(second->id, day(2019, 12, 31), stamp);
  ASSERT_FALSE(before_start.ok());
  EXPECT_EQ(before_start.error().code(), ErrorCode::kInvalidValue);

  listed = this->sessions_->interests();
  ASSERT_TRUE(listed.ok()) << listed.error().to_string();
  ASSERT_EQ(listed->size(), 3U);
  EXPECT_EQ((*listed)[1].end, day(2023, 6, 30));
  EXPECT_FALSE((*listed)[0].end.has_value());

  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'interest' AND action ="
                        " 'create'"),
            3);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'interest' AND entity_id = '" +
                        std::to_string(first->id) +
                        "' AND action = 'update' AND before_json LIKE '%\"end\":null%'"
                        " AND after_json LIKE '%\"end\":\"2023-06-30\"%'"),
            1);
  this->expect_journal_intact();
}

TYPED_TEST(SessionRepositoryTest, SessionsAreSavedOnTheVersionRead) {
  const Session original = session("cp-2023-09-18");
  auto created = this->sessions_->save_session(original, 0, {"admin", "2026-11-28T09:00:00Z"});
  ASSERT_TRUE(created.ok()) << created.error().to_string();
  EXPECT_EQ(*created, 1);

  auto found = this->sessions_->find_session(SessionId("cp-2023-09-18"));
  ASSERT_TRUE(found.ok()) << found.error().to_string();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->version, 1);
  EXPECT_EQ((*found)->updated_by, "admin");
  EXPECT_EQ((*found)->updated_at, "2026-11-28T09:00:00Z");
  EXPECT_EQ(store::session_json((*found)->session), store::session_json(original));
  EXPECT_EQ((*found)->session.place, "ARRAS");
  EXPECT_EQ((*found)->session.members[2].arrives_at_item, std::optional<int>(2));
  ASSERT_TRUE((*found)->session.agenda[0].vote.has_value());
  EXPECT_EQ((*found)->session.agenda[0].vote->for_votes.count, 3);

  auto nothing = this->sessions_->find_session(SessionId("cp-2099-01-01"));
  ASSERT_TRUE(nothing.ok()) << nothing.error().to_string();
  EXPECT_FALSE(nothing->has_value());

  // Created once.
  auto duplicate = this->sessions_->save_session(original, 0, {"paul", "2026-11-28T09:30:00Z"});
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code(), ErrorCode::kDuplicate);
  EXPECT_NE(duplicate.error().message().find("cp-2023-09-18"), std::string::npos);

  // Marie saves on version 1: version 2.
  Session changed = original;
  changed.place = "Hôtel du Département, ARRAS";
  changed.agenda[1].vote =
      Vote{VoteTally{4, {"Non-inscrit"}}, VoteTally{}, VoteTally{}, VoteTally{}};
  auto updated = this->sessions_->save_session(changed, 1, {"marie", "2026-11-28T10:00:00Z"});
  ASSERT_TRUE(updated.ok()) << updated.error().to_string();
  EXPECT_EQ(*updated, 2);

  // Paul, still on version 1, is refused and told who changed it.
  Session stale = original;
  stale.place = "BOULOGNE";
  auto conflict = this->sessions_->save_session(stale, 1, {"paul", "2026-11-28T10:05:00Z"});
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(
      conflict.error().message(),
      "la séance cp-2023-09-18 a été modifiée par marie le 28 novembre 2026 à 11:00 (version 2) "
      "depuis votre lecture (version 1) : rechargez-la avant de l'enregistrer");

  // Saving a session never created is kNotFound.
  auto unknown =
      this->sessions_->save_session(session("cp-2099-01-01"), 1, {"paul", "2026-11-28T10:05:00Z"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);

  found = this->sessions_->find_session(SessionId("cp-2023-09-18"));
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->version, 2);
  EXPECT_EQ((*found)->updated_by, "marie");
  EXPECT_EQ((*found)->session.place, "Hôtel du Département, ARRAS");
  ASSERT_TRUE((*found)->session.agenda[1].vote.has_value());
  EXPECT_EQ((*found)->session.agenda[1].vote->for_votes.count, 4);

  ASSERT_TRUE(
      this->sessions_->save_session(session("cp-2023-07-10"), 0, {"admin", "2026-11-28T11:00:00Z"})
          .ok());
  auto summaries = this->sessions_->sessions();
  ASSERT_TRUE(summaries.ok()) << summaries.error().to_string();
  ASSERT_EQ(summaries->size(), 2U);
  EXPECT_EQ((*summaries)[0].id, SessionId("cp-2023-07-10"));  // same date: by id
  EXPECT_EQ((*summaries)[1].id, SessionId("cp-2023-09-18"));
  EXPECT_EQ((*summaries)[1].date, "2023-09-18");
  EXPECT_EQ((*summaries)[1].body, DeliberativeBody::kStandingCommittee);
  EXPECT_EQ((*summaries)[1].agenda_items, 2);
  EXPECT_EQ((*summaries)[1].version, 2);
  EXPECT_EQ((*summaries)[0].version, 1);

  // One entry per committed change: two creations and one update.
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'session'"), 3);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal WHERE entity = 'session' AND entity_id ="
                        " 'cp-2023-09-18' AND action = 'update' AND user_name = 'marie'"
                        " AND before_json LIKE '%\"place\":\"ARRAS\"%'"
                        " AND after_json LIKE '%\"place\":\"Hôtel du Département, ARRAS\"%'"),
            1);
  this->expect_journal_intact();
}

TYPED_TEST(SessionRepositoryTest, RecordWritesTheBundleAllOrNothing) {
  const Stamp stamp{"greffe", "2026-11-28T09:00:00Z"};
  ASSERT_TRUE(this->sessions_->save_session(session("cp-2023-09-18"), 0, stamp).ok());
  const std::int64_t entries_before = this->count("SELECT count(*) FROM journal");

  SessionBundle failing;
  failing.authority = Authority{"Département du Pas-de-Calais", "DEPARTEMENT DU PAS-DE-CALAIS",
                                std::nullopt, "ARRAS"};
  failing.members = {member("leroy", "Jean-Claude LEROY", 1),
                     member("ouaguef", "Zohra OUAGUEF", 2)};
  failing.session = session("cp-2023-09-18");  // already recorded
  auto refused = this->sessions_->record(failing, stamp);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kDuplicate);

  auto members = this->sessions_->members();
  ASSERT_TRUE(members.ok()) << members.error().to_string();
  EXPECT_TRUE(members->empty());
  auto authority = this->sessions_->authority();
  ASSERT_TRUE(authority.ok()) << authority.error().to_string();
  EXPECT_EQ(authority->name, "");
  EXPECT_EQ(this->count("SELECT count(*) FROM members"), 0);
  EXPECT_EQ(this->count("SELECT count(*) FROM journal"), entries_before);

  SessionBundle bundle = failing;
  bundle.session = session("cp-2023-10-16");
  bundle.session->date = day(2023, 10, 16);
  auto recorded = this->sessions_->record(bundle, stamp);
  ASSERT_TRUE(recorded.ok()) << recorded.error().to_string();
  members = this->sessions_->members();
  ASSERT_TRUE(members.ok()) << members.error().to_string();
  ASSERT_EQ(members->size(), 2U);
  EXPECT_EQ((*members)[0].id, MemberId("leroy"));
  authority = this->sessions_->authority();
  ASSERT_TRUE(authority.ok()) << authority.error().to_string();
  EXPECT_EQ(authority->name, "Département du Pas-de-Calais");
  auto found = this->sessions_->find_session(SessionId("cp-2023-10-16"));
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->version, 1);
  EXPECT_EQ((*found)->session.date, day(2023, 10, 16));

  // One authority, two members, one session, chained in that order.
  EXPECT_EQ(this->count("SELECT count(*) FROM journal"), entries_before + 4);
  EXPECT_EQ(this->count("SELECT min(seq) FROM journal WHERE entity = 'authority'"),
            entries_before + 1);
  EXPECT_EQ(this->count("SELECT seq FROM journal WHERE entity = 'session' AND entity_id ="
                        " 'cp-2023-10-16'"),
            entries_before + 4);
  this->expect_journal_intact();

  // An invalid part is refused before anything is written.
  SessionBundle invalid = bundle;
  invalid.members.push_back(member("nameless", "", 9));
  invalid.session = session("cp-2023-11-20");
  auto invalid_status = this->sessions_->record(invalid, stamp);
  ASSERT_FALSE(invalid_status.ok());
  EXPECT_EQ(this->count("SELECT count(*) FROM sessions WHERE id = 'cp-2023-11-20'"), 0);
}

TYPED_TEST(SessionRepositoryTest, TamperingWithASessionEntryIsDetected) {
  ASSERT_TRUE(
      this->sessions_->save_session(session("cp-2023-09-18"), 0, {"admin", "2026-11-28T09:00:00Z"})
          .ok());
  this->expect_journal_intact();
  ASSERT_TRUE(this->backend_.drop_journal_guards().ok());
  ASSERT_TRUE(this->backend_
                  .execute("UPDATE journal SET after_json = replace(after_json, 'ARRAS', 'LENS')"
                           " WHERE entity = 'session'")
                  .ok());
  auto report = store::verify_journal(this->backend_.url());
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_FALSE(report->intact());
}

}  // namespace
}  // namespace octroi
