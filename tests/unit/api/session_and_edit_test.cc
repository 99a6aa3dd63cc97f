// Issue 9: logging in and out, the cookie's attributes, the login rate limit,
// and editing an award through the API: totals and findings follow, a stale
// copy is refused with a message naming who changed the row, a bad amount is
// refused on its field, and the change is in the award's history.
#include <gtest/gtest.h>

#include "api/login_limiter.h"
#include "api_server_fixture.h"

namespace octroi {
namespace {

using testing::ApiServer;
using testing::Browser;
using Json = nlohmann::json;

const std::string kProgramme = "/api/programmes/pas-de-calais-2023-phase4";

Json get_json(const ApiServer& server, const Browser& browser, const std::string& path) {
  auto answer = server.client().Get(path, ApiServer::headers(browser));
  if (!answer || answer->status != 200) throw std::runtime_error("GET failed: " + path);
  return Json::parse(answer->body);
}

httplib::Result put_award(const ApiServer& server, const Browser& browser, const std::string& award,
                          const Json& body) {
  return server.client().Put(kProgramme + "/awards/" + award, ApiServer::headers(browser),
                             body.dump(), "application/json");
}

TEST(LoginTest, TheSessionCookieIsHttpOnlyAndSameSiteStrict) {
  ApiServer server;
  auto answer = server.client().Post(
      "/api/login", Json{{"login", "instructor"}, {"password", testing::kPassword}}.dump(),
      "application/json");
  ASSERT_TRUE(answer);
  ASSERT_EQ(answer->status, 200) << answer->body;
  const std::string cookie = answer->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("octroi_session="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  const Json me = Json::parse(answer->body);
  EXPECT_EQ(me["role"], "instructor");
  EXPECT_EQ(me["role_label"], "Instructeur");
  EXPECT_TRUE(me["permissions"]["edit_awards"].get<bool>());
  EXPECT_FALSE(me["permissions"]["manage_users"].get<bool>());
}

TEST(LoginTest, AWrongPasswordAndAnUnknownLoginGetTheSameAnswer) {
  ApiServer server;
  auto wrong = server.client().Post(
      "/api/login", Json{{"login", "instructor"}, {"password", "pas-le-bon"}}.dump(),
      "application/json");
  auto unknown = server.client().Post(
      "/api/login", Json{{"login", "personne"}, {"password", "pas-le-bon"}}.dump(),
      "application/json");
  ASSERT_TRUE(wrong);
  ASSERT_TRUE(unknown);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(unknown->status, 401);
  EXPECT_EQ(wrong->body, unknown->body);
  EXPECT_EQ(wrong->get_header_value("Set-Cookie"), "");
}

TEST(LoginTest, LoginsAreRateLimitedAfterFiveFailures) {
  ApiServer server;
  for (int attempt = 0; attempt < 5; ++attempt) {
    auto answer = server.client().Post("/api/login",
                                       Json{{"login", "finance"}, {"password", "devine"}}.dump(),
                                       "application/json");
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 401);
  }
  // Even the right password is refused now: the limit is not an oracle.
  auto answer = server.client().Post(
      "/api/login", Json{{"login", "finance"}, {"password", testing::kPassword}}.dump(),
      "application/json");
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 429);
  EXPECT_FALSE(answer->get_header_value("Retry-After").empty());
  EXPECT_EQ(Json::parse(answer->body)["error"]["code"], "auth.rate_limited");
}

TEST(LoginTest, LogoutEndsTheSession) {
  ApiServer server;
  Browser browser = server.login("reader");
  auto out = server.client().Post("/api/logout", ApiServer::headers(browser), "", "text/plain");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 204);
  auto after = server.client().Get("/api/programmes", ApiServer::headers(browser));
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 401);
}

TEST(LoginLimiterTest, TheWindowSlides) {
  api::LoginLimiter limiter(3, 60);
  for (int i = 0; i < 3; ++i) limiter.record_failure("a", "1.2.3.4", 100 + i);
  EXPECT_EQ(limiter.retry_after("a", "9.9.9.9", 110), 50);  // by login
  EXPECT_EQ(limiter.retry_after("b", "1.2.3.4", 110), 50);  // by address
  EXPECT_EQ(limiter.retry_after("a", "9.9.9.9", 160), 0);
  limiter.record_success("a");
  EXPECT_EQ(limiter.retry_after("a", "9.9.9.9", 110), 0);
}

class AwardEditTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ApiServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static ApiServer* server_;
};
ApiServer* AwardEditTest::server_ = nullptr;

TEST_F(AwardEditTest, TotalsAndFindingsFollowAnEdit) {
  Browser alice = server_->login("instructor");
  const Json before = get_json(*server_, alice, kProgramme);
  EXPECT_EQ(before["total"]["cents"], 351949287);
  EXPECT_EQ(before["total"]["text"], "3\u202f519\u202f492,87\u00a0€");
  const int errors_before = before["findings"]["error"].get<int>();

  const Json page = get_json(*server_, alice, kProgramme + "/awards/t1-o1-01");
  const std::int64_t version = page["award"]["version"].get<std::int64_t>();
  const std::int64_t cents = page["award"]["amount"]["cents"].get<std::int64_t>();
  auto edited =
      put_award(*server_, alice, "t1-o1-01", {{"version", version}, {"amount", "1 000 000,00"}});
  ASSERT_TRUE(edited);
  ASSERT_EQ(edited->status, 200) << edited->body;
  EXPECT_EQ(Json::parse(edited->body)["version"], version + 1);
  EXPECT_EQ(Json::parse(edited->body)["updated_by"], "instructor");

  const Json after = get_json(*server_, alice, kProgramme);
  EXPECT_EQ(after["total"]["cents"].get<std::int64_t>(), 351949287 - cents + 100000000);
  // The printed subtotals no longer match the rows: the checker says so.
  EXPECT_GT(after["findings"]["error"].get<int>(), errors_before);

  const Json history = get_json(*server_, alice, kProgramme + "/awards/t1-o1-01")["history"];
  ASSERT_GE(history.size(), 2U);
  EXPECT_EQ(history.back()["action"], "update");
  EXPECT_EQ(history.back()["user"], "instructor");
  EXPECT_EQ(history.back()["after"]["amount_cents"], 100000000);
}

TEST_F(AwardEditTest, AStaleCopyIsRefusedNamingWhoChangedTheRow) {
  Browser alice = server_->login("instructor");
  Browser bob = server_->login("head_of_service");
  const std::int64_t version =
      get_json(*server_, bob, kProgramme + "/awards/t3-o1-01")["award"]["version"];
  auto first = put_award(*server_, alice, "t3-o1-01",
                         {{"version", version}, {"description", "première modification"}});
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200) << first->body;
  auto stale = put_award(*server_, bob, "t3-o1-01",
                         {{"version", version}, {"description", "seconde modification"}});
  ASSERT_TRUE(stale);
  EXPECT_EQ(stale->status, 409);
  const Json error = Json::parse(stale->body)["error"];
  EXPECT_EQ(error["code"], "conflict");
  EXPECT_NE(error["message"].get<std::string>().find("instructor"), std::string::npos);
  const Json now = get_json(*server_, bob, kProgramme + "/awards/t3-o1-01");
  EXPECT_EQ(now["award"]["description"], "première modification");
}

TEST_F(AwardEditTest, AnUnreadableAmountIsRefusedOnItsField) {
  Browser alice = server_->login("instructor");
  const std::int64_t version =
      get_json(*server_, alice, kProgramme + "/awards/t2-o2-01")["award"]["version"];
  auto answer = put_award(*server_, alice, "t2-o2-01", {{"version", version}, {"amount", "4x"}});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 400);
  const Json error = Json::parse(answer->body)["error"];
  EXPECT_EQ(error["field"], "amount");
  EXPECT_NE(error["message"].get<std::string>().find("« 4x »"), std::string::npos);
  auto no_version = put_award(*server_, alice, "t2-o2-01", {{"amount", "10,00"}});
  ASSERT_TRUE(no_version);
  EXPECT_EQ(no_version->status, 400);
  EXPECT_EQ(Json::parse(no_version->body)["error"]["field"], "version");
}

TEST_F(AwardEditTest, TheAnnexCarriesExactAmountsAndVersions) {
  Browser reader = server_->login("reader");
  const Json annex = get_json(*server_, reader, kProgramme + "/annex");
  ASSERT_EQ(annex["rows"].size(), 89U);
  std::int64_t sum = 0;
  for (const Json& row : annex["rows"]) {
    sum += row["amount"]["cents"].get<std::int64_t>();
    EXPECT_GE(row["version"].get<std::int64_t>(), 1);
  }
  const Json dashboard = get_json(*server_, reader, kProgramme);
  EXPECT_EQ(sum, dashboard["total"]["cents"].get<std::int64_t>());
  EXPECT_EQ(annex["territories"].size(), dashboard["territories"].size());
}

}  // namespace
}  // namespace octroi
