// Voting roll, quorum, vote problems, register problems and the generated
// sentences on small sittings built in memory.
#include "service/session_rules.h"

#include <gtest/gtest.h>

#include "service/session_text.h"

namespace octroi {
namespace {

Date day(int year, int month, int date) { return Date::create(year, month, date).value(); }

Member member(const std::string& id, Civility civility, const std::string& name, int rank,
              bool votes = true) {
  return Member{
      .id = MemberId(id),
      .civility = civility,
      .name = name,
      .rank = rank,
      .mandates = {{.body = DeliberativeBody::kStandingCommittee, .deliberative_vote = votes}}};
}

// Six voting members, two reports.
struct Sitting {
  std::vector<Member> members{member("a", Civility::kMister, "Alain ALPHA", 1),
                              member("b", Civility::kMadam, "Béatrice BRAVO", 2),
                              member("c", Civility::kMadam, "Claire CHARLIE", 3),
                              member("d", Civility::kMister, "Denis DELTA", 4),
                              member("e", Civility::kMadam, "Eva ECHO", 5),
                              member("f", Civility::kMister, "Fred FOXTROT", 6)};
  Session session{.id = SessionId("cp-2024-01-15"), .date = day(2024, 1, 15)};

  Sitting() {
    session.president = MemberId("a");
    session.secretary = MemberId("b");
    session.agenda = {{.report = ReportId("r1"), .number = "1"},
                      {.report = ReportId("r2"), .number = "2"}};
    for (const char* id : {"a", "b", "c", "d"}) session.members.push_back({.member = MemberId(id)});
    session.members.push_back({.member = MemberId("e"), .attendance = Attendance::kExcused});
    session.members.push_back({.member = MemberId("f"), .attendance = Attendance::kAbsent});
  }
};

TEST(SessionRules, RollCountsPresentMinusRecusedPlusProxies) {
  Sitting sitting;
  sitting.session.proxies.push_back({MemberId("e"), MemberId("c")});
  const VotingRoll roll = voting_roll(sitting.session, 1, {});
  EXPECT_EQ(roll.in_office, 6);
  EXPECT_EQ(roll.present, 4);
  EXPECT_EQ(roll.proxies.size(), 1U);
  EXPECT_EQ(roll.absent_without_proxy, std::vector<MemberId>{MemberId("f")});
  EXPECT_EQ(roll.able, 5);

  // A recused giver's proxy does not count; a recused member present does not vote.
  const std::vector<Recusal> recusals = {{ReportId("r1"), MemberId("e")},
                                         {ReportId("r1"), MemberId("d")}};
  const VotingRoll recused = voting_roll(sitting.session, 1, recusals);
  EXPECT_EQ(recused.recused_present, std::vector<MemberId>{MemberId("d")});
  EXPECT_TRUE(recused.proxies.empty());
  EXPECT_EQ(recused.able, 3);
}

TEST(SessionRules, MovementsChangeTheRollAndTheQuorumPerReport) {
  Sitting sitting;
  sitting.session.proxies.push_back({MemberId("e"), MemberId("c")});
  sitting.session.members[2].leaves_after_item = 1;  // c, the proxy holder, leaves after r1
  sitting.session.members[3].leaves_after_item = 1;  // d too
  EXPECT_EQ(voting_roll(sitting.session, 1, {}).able, 5);
  const VotingRoll second = voting_roll(sitting.session, 2, {});
  EXPECT_EQ(second.present, 2);
  EXPECT_TRUE(second.proxies.empty());  // its holder is gone
  EXPECT_EQ(second.able, 2);
  EXPECT_TRUE(quorum_at(sitting.session, 1).met);
  const QuorumState quorum = quorum_at(sitting.session, 2);
  EXPECT_EQ(quorum.required, 4);
  EXPECT_FALSE(quorum.met);
  const Vote vote{.for_votes = {2, {}}, .absent_without_proxy = {4, {}}};
  const std::vector<VoteProblem> problems =
      vote_problems(vote, voting_roll(sitting.session, 2, {}), quorum);
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems.front().field, "quorum");
  EXPECT_NE(problems.front().message.find("2 présents sur 6"), std::string::npos);

  sitting.session.reconvened_from = day(2024, 1, 10);
  EXPECT_TRUE(quorum_at(sitting.session, 2).met);
}

TEST(SessionRules, VoteProblemsNameTheFieldsThatExceed) {
  Sitting sitting;
  const VotingRoll roll = voting_roll(sitting.session, 1, {});  // 4 can vote, 2 absent
  const QuorumState quorum = quorum_at(sitting.session, 1);
  EXPECT_TRUE(vote_problems(
                  {.for_votes = {3, {}}, .abstain_votes = {1, {}}, .absent_without_proxy = {2, {}}},
                  roll, quorum)
                  .empty());
  const auto problems = vote_problems(
      {.for_votes = {5, {}}, .abstain_votes = {1, {}}, .absent_without_proxy = {1, {}}}, roll,
      quorum);
  ASSERT_EQ(problems.size(), 3U);
  EXPECT_EQ(problems[0].field, "total");
  EXPECT_EQ(problems[1].field, "for");
  EXPECT_EQ(problems[2].field, "absent_without_proxy");
  EXPECT_NE(problems[2].message.find("en compte 2"), std::string::npos);
}

TEST(SessionRules, RequiredRecusalsMatchIdSiretOrFoldedName) {
  const std::vector<FundedOrganisation> funded = {
      {OrganisationId("ccas-isbergues"), "CCAS d'Isbergues", std::nullopt},
      {OrganisationId("cheval-bleu"), "Le Cheval Bleu", Siret::parse("48054398200023").value()}};
  auto interest = [](const std::string& member, const std::string& name) {
    return Interest{.member = MemberId(member),
                    .organisation_name = name,
                    .role = "maire",
                    .start = day(2020, 1, 1)};
  };
  Interest by_name = interest("a", "ccas d’ISBERGUES");  // curly apostrophe, capitals
  Interest by_siret = interest("b", "Association du Cheval");
  by_siret.siret = Siret::parse("48054398200023").value();
  Interest by_id = interest("c", "autre nom");
  by_id.organisation = OrganisationId("ccas-isbergues");
  Interest unrelated = interest("d", "CCAS de Lens");
  const auto required =
      required_recusals({by_name, by_siret, by_id, unrelated}, funded, day(2024, 1, 15));
  ASSERT_EQ(required.size(), 3U);
  EXPECT_EQ(required[0].member, MemberId("a"));
  EXPECT_EQ(required[1].organisation.id, OrganisationId("cheval-bleu"));
  EXPECT_EQ(required[2].member, MemberId("c"));
}

TEST(SessionRules, RegisterProblemsCompareTheListsWithTheMandates) {
  Sitting sitting;
  sitting.members.push_back(member("g", Civility::kMadam, "Gaëlle GOLF", 7));
  sitting.members[5].mandates[0].deliberative_vote = false;  // f listed absent with a vote
  const auto problems = register_problems(sitting.session, sitting.members);
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0].member, MemberId("f"));
  EXPECT_EQ(problems[1].member, MemberId("g"));
  EXPECT_NE(problems[1].message.find("ne figure sur aucune liste"), std::string::npos);
}

TEST(SessionText, NamesAndAgreementFollowTheMembers) {
  const Member woman = member("b", Civility::kMadam, "Béatrice BRAVO", 2);
  const Member other = member("c", Civility::kMadam, "Claire CHARLIE", 3);
  const Member man = member("d", Civility::kMister, "Denis DELTA", 4);
  EXPECT_EQ(addressed_names({&woman}), "Madame Béatrice BRAVO");
  EXPECT_EQ(addressed_names({&man, &woman, &other}),
            "Mesdames Béatrice BRAVO et Claire CHARLIE ainsi que Monsieur Denis DELTA");

  Sitting sitting;
  const std::vector<std::string> one =
      recusal_sentences(sitting.session, {{ReportId("r1"), MemberId("b")}}, sitting.members);
  ASSERT_EQ(one.size(), 1U);
  EXPECT_EQ(
      one.front(),
      "Madame Béatrice BRAVO, intéressée à l'affaire, n'a pris part ni au débat, ni au vote.");
  const std::vector<std::string> excused =
      recusal_sentences(sitting.session, {{ReportId("r1"), MemberId("e")}}, sitting.members);
  EXPECT_EQ(excused.front(),
            "Madame Eva ECHO, intéressée à l'affaire et excusée, n'a pas donné "
            "de délégation de vote pour ce rapport.");
  const std::vector<std::string> debated = recusal_sentences(
      sitting.session,
      {{ReportId("r1"), MemberId("c"), true}, {ReportId("r1"), MemberId("d"), true}},
      sitting.members);
  EXPECT_EQ(debated.front(),
            "Madame Claire CHARLIE ainsi que Monsieur Denis DELTA, intéressés à "
            "l'affaire, n'ont pas pris part au vote.");
}

TEST(SessionText, HeadingListsMovementsAndTheCouncilForm) {
  Sitting sitting;
  sitting.session.body = DeliberativeBody::kDepartmentalCouncil;
  sitting.session.members[3].arrives_at_item = 2;
  const auto heading = session_heading(Authority{.heading = "DEPARTEMENT DU NORD"}, sitting.session,
                                       sitting.members);
  EXPECT_EQ(heading[0], "DEPARTEMENT DU NORD");
  EXPECT_EQ(heading[1], "DELIBERATION DU CONSEIL DEPARTEMENTAL");
  EXPECT_EQ(heading[2], "REUNION DU 15 JANVIER 2024");
  EXPECT_EQ(heading[3], "PRESIDENCE DE MONSIEUR ALAIN ALPHA");
  EXPECT_EQ(heading[5],
            "Étaient présents : M. Alain ALPHA, Mme Béatrice BRAVO, Mme Claire "
            "CHARLIE, M. Denis DELTA.");
  EXPECT_EQ(heading[6], "Arrivé(s) en cours de séance : M. Denis DELTA (à partir du rapport n°2).");
  EXPECT_EQ(heading[7], "Excusé(s) : Mme Eva ECHO.");
  const auto item = agenda_item_heading(Authority{.name = "Département du Nord"}, sitting.session,
                                        sitting.session.agenda.front());
  EXPECT_EQ(item.back(), "Le Conseil départemental du Nord,");
  EXPECT_EQ(vote_sentence({.for_votes = {3, {"Groupe A", "Groupe B"}}}),
            "Pour : 3 voix (Groupe A ; Groupe B) Contre : 0 voix Abstention : 0 voix Absents sans "
            "délégation de vote : 0");
}

}  // namespace
}  // namespace octroi
