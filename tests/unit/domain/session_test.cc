#include "domain/session.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::day;

// The heading of deliberation 2023-405 (Commission Permanente, 18 September 2023),
// members named by surname.
const std::vector<std::string> kPresent = {
    "leroy",     "hingrez-cereda", "maciejasz",  "cuvillier", "cauwet",
    "loquet",    "dissaux",        "louchaert",  "duporge",   "gauthier",
    "mequignon", "nachel",         "wozny",      "cottel",    "matrat",
    "chochois",  "warot-lemaire",  "kuchcinski", "dubois",    "barbarin",
    "ouaguef",   "perin",          "delassus",   "bachelet",  "mulot-friscourt",
    "guiselain", "fait",           "lapouille",  "malfait",   "meyfroidt",
    "passebosc", "lemaire",        "sarpaux",    "plouviez",  "briois",
    "pajot",     "hocq",           "leveugle"};
const std::vector<std::string> kExcused = {"messeanne-grobelny", "georget", "melchior"};
const std::vector<std::string> kAbsent = {"drain", "ait-chikhebbih", "cousein"};
const std::vector<std::string> kNonVotingPresent = {"cottigny"};
const std::vector<std::string> kNonVotingExcused = {"dagbert", "petit", "tellier"};

Session reference_session() {
  Session session{.id = SessionId("cp-2023-09-18"),
                  .date = day(2023, 9, 18),
                  .body = DeliberativeBody::kStandingCommittee,
                  .president = MemberId("leroy"),
                  .secretary = MemberId("ouaguef")};
  auto add = [&](const std::vector<std::string>& names, Attendance attendance) {
    for (const std::string& name : names) session.members.push_back({MemberId(name), attendance});
  };
  add(kPresent, Attendance::kPresent);
  add(kExcused, Attendance::kExcused);
  add(kAbsent, Attendance::kAbsent);
  add(kNonVotingPresent, Attendance::kNonVotingPresent);
  add(kNonVotingExcused, Attendance::kNonVotingExcused);
  const ReportId report("rapport-70");
  for (const char* name : {"dubois", "hingrez-cereda", "maciejasz", "duporge", "kuchcinski",
                           "drain", "ait-chikhebbih", "cousein", "cottigny"}) {
    session.recusals.push_back({report, MemberId(name)});
  }
  return session;
}

TEST(SessionTest, ReferenceSessionIsValidAndCountsMatchTheHeading) {
  auto session = Session::create(reference_session());
  ASSERT_TRUE(session.ok()) << session.error().to_string();
  EXPECT_EQ(session->count(Attendance::kPresent), 38);
  EXPECT_EQ(session->count(Attendance::kExcused), 3);
  EXPECT_EQ(session->count(Attendance::kAbsent), 3);
  EXPECT_EQ(session->count(Attendance::kNonVotingPresent), 1);
  EXPECT_EQ(session->count(Attendance::kNonVotingExcused), 3);
  EXPECT_EQ(session->attendance_of(MemberId("cottigny")), Attendance::kNonVotingPresent);
  EXPECT_FALSE(session->attendance_of(MemberId("nobody")).has_value());
}

TEST(SessionTest, RecusalsArePerReport) {
  const Session session = reference_session();
  EXPECT_TRUE(session.is_recused(MemberId("duporge"), ReportId("rapport-70")));
  EXPECT_FALSE(session.is_recused(MemberId("duporge"), ReportId("rapport-71")));
  EXPECT_FALSE(session.is_recused(MemberId("leroy"), ReportId("rapport-70")));
}

TEST(SessionTest, ProxyFromAnExcusedMemberToAPresentOne) {
  Session session = reference_session();
  session.proxies.push_back({MemberId("georget"), MemberId("cottel")});
  EXPECT_TRUE(session.validate().ok());
  EXPECT_EQ(session.proxy_holder(MemberId("georget")), MemberId("cottel"));
  EXPECT_FALSE(session.proxy_holder(MemberId("melchior")).has_value());
}

TEST(SessionTest, RefusesInconsistentProxies) {
  struct Case {
    Proxy proxy;
    ErrorCode code;
    const char* why;
  };
  const Case cases[] = {
      {{MemberId("cottel"), MemberId("wozny")}, ErrorCode::kInvalidValue, "giver present"},
      {{MemberId("dagbert"), MemberId("wozny")}, ErrorCode::kInvalidValue, "giver non-voting"},
      {{MemberId("georget"), MemberId("melchior")}, ErrorCode::kInvalidValue, "holder excused"},
      {{MemberId("georget"), MemberId("cottigny")}, ErrorCode::kInvalidValue, "holder non-voting"},
      {{MemberId("georget"), MemberId("stranger")}, ErrorCode::kInvalidValue, "holder unknown"},
  };
  for (const Case& c : cases) {
    Session session = reference_session();
    session.proxies.push_back(c.proxy);
    auto status = session.validate();
    ASSERT_FALSE(status.ok()) << c.why;
    EXPECT_EQ(status.error().code(), c.code) << c.why;
    EXPECT_EQ(status.error().location().field, "proxies") << c.why;
  }
}

TEST(SessionTest, OneProxyGivenAndHeldPerMember) {
  Session twice_given = reference_session();
  twice_given.proxies = {{MemberId("georget"), MemberId("cottel")},
                         {MemberId("georget"), MemberId("wozny")}};
  EXPECT_EQ(testing::error_of(twice_given.validate()).code(), ErrorCode::kDuplicate);

  Session twice_held = reference_session();
  twice_held.proxies = {{MemberId("georget"), MemberId("cottel")},
                        {MemberId("melchior"), MemberId("cottel")}};
  EXPECT_EQ(testing::error_of(twice_held.validate()).code(), ErrorCode::kDuplicate);
}

TEST(SessionTest, RefusesInconsistentMembersAndOfficers) {
  Session duplicate = reference_session();
  duplicate.members.push_back({MemberId("leroy"), Attendance::kPresent});
  EXPECT_EQ(testing::error_of(duplicate.validate()).code(), ErrorCode::kDuplicate);

  Session absent_president = reference_session();
  absent_president.president = MemberId("georget");
  EXPECT_EQ(testing::error_of(absent_president.validate()).location().field, "president");

  Session no_secretary = reference_session();
  no_secretary.secretary = MemberId();
  EXPECT_EQ(testing::error_of(no_secretary.validate()).code(), ErrorCode::kMissingField);

  Session unknown_recusal = reference_session();
  unknown_recusal.recusals.push_back({ReportId("rapport-70"), MemberId("stranger")});
  EXPECT_EQ(testing::error_of(unknown_recusal.validate()).location().field, "recusals");

  Session repeated_recusal = reference_session();
  repeated_recusal.recusals.push_back(repeated_recusal.recusals.front());
  EXPECT_EQ(testing::error_of(repeated_recusal.validate()).code(), ErrorCode::kDuplicate);
}

TEST(SessionTest, AgendaMovementsAndReconvenedSittings) {
  Session session = reference_session();
  session.agenda.push_back({.report = ReportId("rapport-70"), .number = "70"});
  session.agenda.push_back({.report = ReportId("rapport-71"), .number = "71"});
  ASSERT_TRUE(session.validate().ok()) << session.validate().error().to_string();
  EXPECT_EQ(session.position_of(ReportId("rapport-71")), 2);
  EXPECT_EQ(session.item(ReportId("rapport-99")), nullptr);

  // Arrives at item 2: not in the room for item 1.
  session.members[3].arrives_at_item = 2;
  ASSERT_TRUE(session.validate().ok());
  EXPECT_FALSE(session.members[3].in_room_at(1));
  EXPECT_TRUE(session.members[3].in_room_at(2));
  session.members[4].leaves_after_item = 1;
  EXPECT_TRUE(session.members[4].in_room_at(1));
  EXPECT_FALSE(session.members[4].in_room_at(2));

  Session outside = session;
  outside.members[3].arrives_at_item = 3;
  EXPECT_NE(testing::error_of(outside.validate()).message().find("n°3"), std::string::npos);
  Session backwards = session;
  backwards.members[5].arrives_at_item = 2;
  backwards.members[5].leaves_after_item = 1;
  EXPECT_EQ(testing::error_of(backwards.validate()).location().field, "members");
  Session excused_arrives = session;
  excused_arrives.members[kPresent.size()].arrives_at_item = 1;  // an excused member
  EXPECT_EQ(testing::error_of(excused_arrives.validate()).location().field, "members");

  Session off_agenda = session;
  off_agenda.recusals.push_back({ReportId("rapport-72"), MemberId("leroy")});
  EXPECT_NE(testing::error_of(off_agenda.validate()).message().find("absent de l'ordre du jour"),
            std::string::npos);
  Session twice = session;
  twice.agenda.push_back({.report = ReportId("rapport-70")});
  EXPECT_EQ(testing::error_of(twice.validate()).code(), ErrorCode::kDuplicate);

  Session reconvened = session;
  reconvened.reconvened_from = day(2023, 9, 16);  // two days earlier: too soon
  EXPECT_EQ(testing::error_of(reconvened.validate()).location().field, "reconvened_from");
  reconvened.reconvened_from = day(2023, 9, 15);
  EXPECT_TRUE(reconvened.validate().ok());
}

TEST(SessionTest, UnnamedProxyHolderAndOutcome) {
  Session session = reference_session();
  session.proxies.push_back({MemberId("georget"), MemberId()});
  session.proxies.push_back({MemberId("melchior"), MemberId()});
  EXPECT_TRUE(session.validate().ok());  // two unnamed holders are not "one holder twice"

  AgendaItem item{.report = ReportId("rapport-70")};
  EXPECT_FALSE(item.adopted().has_value());
  item.vote = Vote{.for_votes = {10, {}}, .against_votes = {9, {}}};
  EXPECT_EQ(item.adopted(), true);
  item.vote->against_votes.count = 11;
  EXPECT_EQ(item.adopted(), false);
  item.vote->against_votes.count = 10;  // a tie: the president's casting vote decides
  EXPECT_EQ(item.adopted(), false);
  item.casting_vote_for = true;
  EXPECT_EQ(item.adopted(), true);
}

}  // namespace
}  // namespace octroi
