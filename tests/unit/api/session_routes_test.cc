// Issue 13 through the web API: the reference sitting recorded from the
// reference programme is listed and shown with its generated heading, its
// voting roll and the vote problem ("41 voix"); an interest registered for
// Valérie CUVILLIER in an organisation the report funds puts her on the
// report's recusal list, and a vote of 36 for that counts her is refused on
// its field; a stale version is a conflict; roles and CSRF are enforced.
#include <gtest/gtest.h>

#include "api_server_fixture.h"
#include "service/session_from_dataset.h"
#include "service/session_rules.h"

namespace octroi {
namespace {

using testing::ApiServer;
using testing::Browser;
using Json = nlohmann::json;

const std::string kSession = "cp-2023-09-18";

const ProgrammeDataset& reference() {
  static const ProgrammeDataset dataset = [] {
    auto loaded = load_dataset(testing::kSourceDir / "data" / testing::kReferenceId);
    if (!loaded.ok()) throw std::runtime_error(loaded.error().to_string());
    return std::move(loaded).value();
  }();
  return dataset;
}

class SessionRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto bundle = session_bundle_from_dataset(reference());
    ASSERT_TRUE(bundle.ok()) << bundle.error().to_string();
    auto sessions = store::open_session_repository(server_.url());
    ASSERT_TRUE(sessions.ok()) << sessions.error().to_string();
    auto recorded = (*sessions)->record(*bundle, {"test", "2026-11-28T00:00:00Z"});
    ASSERT_TRUE(recorded.ok()) << recorded.error().to_string();
    admin_ = server_.login("administrator");
  }

  httplib::Result get(const std::string& path, const Browser& browser) const {
    return server_.get(path, browser);
  }
  Json get_json(const std::string& path) const {
    auto answer = get(path, admin_);
    if (!answer || answer->status != 200) throw std::runtime_error("GET failed: " + path);
    return Json::parse(answer->body);
  }
  httplib::Result post(const std::string& path, const Json& body, const Browser& browser,
                       bool with_csrf = true) const {
    return server_.post(path, body, browser, with_csrf);
  }
  std::string vote_path(const Json& page) const {
    return "/api/sessions/" + kSession + "/items/" + page["items"][0]["report"].get<std::string>() +
           "/vote";
  }
  static Json interest_body() {
    return Json{{"member", "cuvillier-valerie"},
                {"organisation_name", funded_organisations(reference()).front().name},
                {"role", "membre du conseil d'administration"},
                {"start", "1er janvier 2022"}};
  }
  static Json vote_36(int version) {
    return Json{{"version", version},
                {"for", 36},
                {"against", 0},
                {"abstain", 0},
                {"absent_without_proxy", 3}};
  }

  ApiServer server_;
  Browser admin_;
};

TEST_F(SessionRoutesTest, ListsTheRecordedSitting) {
  const Json list = get_json("/api/sessions");
  ASSERT_EQ(list.size(), 1U);
  EXPECT_EQ(list[0]["id"], kSession);
  EXPECT_EQ(list[0]["date"]["iso"], "2023-09-18");
  EXPECT_EQ(list[0]["date"]["text"], "18 septembre 2023");
  EXPECT_EQ(list[0]["body_label"], "Commission Permanente");
  EXPECT_EQ(list[0]["agenda_items"], 1);
  EXPECT_EQ(list[0]["version"], 1);
}

TEST_F(SessionRoutesTest, ShowsTheSittingWithItsRollAndTheVoteProblem) {
  const Json page = get_json("/api/sessions/" + kSession);
  EXPECT_EQ(page["version"], 1);
  EXPECT_EQ(page["updated_by"], "test");
  ASSERT_EQ(page["heading"].size(), 10U);
  EXPECT_NE(page["heading"][0].get<std::string>().find("PAS-DE-CALAIS"), std::string::npos);
  EXPECT_TRUE(page["register_problems"].empty());
  int present = 0;
  for (const Json& entry : page["attendance"]) present += entry["status"] == "present" ? 1 : 0;
  EXPECT_EQ(present, 38);
  ASSERT_EQ(page["items"].size(), 1U);
  const Json& item = page["items"][0];
  EXPECT_EQ(item["position"], 1);
  EXPECT_EQ(item["quorum"]["required"], 23);
  EXPECT_TRUE(item["quorum"]["met"].get<bool>());
  EXPECT_EQ(item["roll"]["in_office"], 44);
  EXPECT_EQ(item["roll"]["present"], 38);
  EXPECT_EQ(item["roll"]["recused_present"].size(), 5U);
  EXPECT_EQ(item["roll"]["proxies"].size(), 3U);
  EXPECT_EQ(item["roll"]["absent_without_proxy"].size(), 3U);
  EXPECT_EQ(item["roll"]["able"], 36);
  EXPECT_EQ(item["recusals"].size(), 9U);
  EXPECT_EQ(item["recusals"][0]["reason"]["kind"], "declared");
  EXPECT_EQ(item["recusals"][0]["reason"]["text"], "déclaré en séance");
  ASSERT_TRUE(item["vote"].is_object());
  EXPECT_EQ(item["vote"]["for"]["count"], 36);
  EXPECT_EQ(item["vote"]["abstain"]["count"], 5);
  EXPECT_EQ(item["outcome"], "(Adopté)");
  EXPECT_EQ(item["vote_sentence"].get<std::string>().rfind("Pour : 36 voix", 0), 0U);
  ASSERT_EQ(item["problems"].size(), 1U);
  EXPECT_EQ(item["problems"][0]["field"], "total");
  EXPECT_NE(item["problems"][0]["message"].get<std::string>().find("41 voix"), std::string::npos);
  // The text as `octroi session text` prints it: heading, report heading,
  // recusal sentences, then the vote.
  const Json& text = item["text"];
  ASSERT_GE(text.size(), 10U + 3U + 3U + 3U);
  EXPECT_EQ(text[0], page["heading"][0]);
  EXPECT_EQ(text[text.size() - 3], "Dans les conditions de vote ci-dessous :");
  EXPECT_EQ(text[text.size() - 2], item["vote_sentence"]);
  EXPECT_EQ(text.back(), "(Adopté)");
}

TEST_F(SessionRoutesTest, AnUnknownSittingIs404) {
  auto answer = get("/api/sessions/cp-1999-01-01", admin_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 404);
}

TEST_F(SessionRoutesTest, ListsMembers) {
  const Json members = get_json("/api/members");
  ASSERT_FALSE(members.empty());
  bool found = false;
  for (const Json& member : members) {
    if (member["id"] == "cuvillier-valerie") {
      found = true;
      EXPECT_EQ(member["display_name"], "Mme Valérie CUVILLIER");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(SessionRoutesTest, AnInterestRecusesTheMemberAndAVoteCountingHerIsRefused) {
  auto added = post("/api/interests", interest_body(), admin_);
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 201) << added->body;
  const Json interest = Json::parse(added->body);
  EXPECT_GT(interest["id"].get<std::int64_t>(), 0);
  EXPECT_EQ(interest["member_name"], "Mme Valérie CUVILLIER");
  EXPECT_EQ(interest["start"]["iso"], "2022-01-01");
  EXPECT_EQ(interest["declared_by"], "administrator");
  EXPECT_EQ(get_json("/api/interests").size(), 1U);

  const Json page = get_json("/api/sessions/" + kSession);
  const Json& item = page["items"][0];
  ASSERT_EQ(item["recusals"].size(), 10U);
  const Json& her = item["recusals"][9];
  EXPECT_EQ(her["member"], "cuvillier-valerie");
  EXPECT_EQ(her["name"], "Mme Valérie CUVILLIER");
  EXPECT_EQ(her["reason"]["kind"], "register");
  EXPECT_EQ(her["reason"]["role"], "membre du conseil d'administration");
  EXPECT_EQ(her["reason"]["organisation"], funded_organisations(reference()).front().name);
  EXPECT_EQ(her["reason"]["since"]["text"], "1er janvier 2022");
  EXPECT_EQ(item["roll"]["able"], 35);

  auto refused = post(vote_path(page), vote_36(page["version"].get<int>()), admin_);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400) << refused->body;
  const Json error = Json::parse(refused->body)["error"];
  EXPECT_EQ(error["field"], "total");
  EXPECT_NE(error["message"].get<std::string>().find("36 voix"), std::string::npos);
  EXPECT_NE(error["message"].get<std::string>().find("35 élus au plus"), std::string::npos);
  EXPECT_EQ(get_json("/api/sessions/" + kSession)["version"], 1);

  // Without her: recorded, the problems are gone and she is recused in the session.
  Json right = vote_36(1);
  right["for"] = 35;
  right["for_groups"] = Json::array({"Groupe Socialiste, Républicain et Citoyen"});
  auto saved = post(vote_path(page), right, admin_);
  ASSERT_TRUE(saved);
  ASSERT_EQ(saved->status, 200) << saved->body;
  const Json after = Json::parse(saved->body);
  EXPECT_EQ(after["version"], 2);
  EXPECT_EQ(after["updated_by"], "administrator");
  EXPECT_TRUE(after["items"][0]["problems"].empty());
  EXPECT_EQ(after["items"][0]["vote"]["for"]["count"], 35);
  EXPECT_EQ(after["items"][0]["vote"]["for"]["groups"][0],
            "Groupe Socialiste, Républicain et Citoyen");

  // The copy read before is stale now.
  auto stale = post(vote_path(page), right, admin_);
  ASSERT_TRUE(stale);
  EXPECT_EQ(stale->status, 409) << stale->body;
  EXPECT_NE(Json::parse(stale->body)["error"]["message"].get<std::string>().find("administrator"),
            std::string::npos);
}

TEST_F(SessionRoutesTest, AnInterestIsRefusedOnItsField) {
  Json no_role = interest_body();
  no_role.erase("role");
  auto answer = post("/api/interests", no_role, admin_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 400);
  EXPECT_EQ(Json::parse(answer->body)["error"]["field"], "role");

  Json bad_date = interest_body();
  bad_date["start"] = "31/11/2022";
  answer = post("/api/interests", bad_date, admin_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 400);
  EXPECT_EQ(Json::parse(answer->body)["error"]["field"], "start");

  Json bad_siret = interest_body();
  bad_siret["siret"] = "123";
  answer = post("/api/interests", bad_siret, admin_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 400);
  EXPECT_EQ(Json::parse(answer->body)["error"]["field"], "siret");

  Json unknown = interest_body();
  unknown["member"] = "personne-inconnue";
  answer = post("/api/interests", unknown, admin_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 404);
  EXPECT_EQ(Json::parse(answer->body)["error"]["field"], "member");
  EXPECT_TRUE(get_json("/api/interests").empty());
}

TEST_F(SessionRoutesTest, AVoteIsRefusedOnItsField) {
  const Json page = get_json("/api/sessions/" + kSession);
  Json negative = vote_36(1);
  negative["against"] = -1;
  auto answer = post(vote_path(page), negative, admin_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 400);
  EXPECT_EQ(Json::parse(answer->body)["error"]["field"], "against");

  Json no_version = vote_36(1);
  no_version.erase("version");
  answer = post(vote_path(page), no_version, admin_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 400);
  EXPECT_EQ(Json::parse(answer->body)["error"]["field"], "version");

  answer = post("/api/sessions/" + kSession + "/items/rapport-inconnu/vote", vote_36(1), admin_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 404);
}

TEST_F(SessionRoutesTest, RolesAndCsrfAreEnforced) {
  const Browser reader = server_.login("reader");
  const Browser instructor = server_.login("instructor");
  const Browser head = server_.login("head_of_service");
  const Browser finance = server_.login("finance");
  const std::vector<std::string> paths = {"/api/sessions", "/api/sessions/" + kSession,
                                          "/api/members", "/api/interests"};
  for (const std::string& path : paths) {
    auto answer = get(path, reader);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 200) << path;
    auto anonymous = server_.client().Get(path);
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401) << path;
  }
  const Json page = get_json("/api/sessions/" + kSession);
  Json right = vote_36(1);
  right["for"] = 36;
  right["abstain"] = 0;

  auto answer = post("/api/interests", interest_body(), reader);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 403);
  EXPECT_EQ(Json::parse(answer->body)["error"]["code"], "auth.forbidden");
  answer = post("/api/interests", interest_body(), finance);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 403);
  answer = post(vote_path(page), right, reader);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 403);
  // Instructors record interests, not votes.
  answer = post(vote_path(page), right, instructor);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 403);
  // Missing CSRF token.
  answer = post("/api/interests", interest_body(), admin_, false);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 403);
  EXPECT_EQ(Json::parse(answer->body)["error"]["code"], "auth.csrf");
  answer = post(vote_path(page), right, head, false);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 403);
  EXPECT_EQ(Json::parse(answer->body)["error"]["code"], "auth.csrf");
  EXPECT_TRUE(get_json("/api/interests").empty());
  EXPECT_EQ(get_json("/api/sessions/" + kSession)["version"], 1);

  answer = post("/api/interests", interest_body(), instructor);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 201) << answer->body;
  // 36 for, 0, 0, 3 absent: exactly who could vote before her interest, 35 now.
  answer = post(vote_path(page), right, head);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 400) << answer->body;
}

}  // namespace
}  // namespace octroi
