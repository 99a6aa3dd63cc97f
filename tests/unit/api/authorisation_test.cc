// Issue 9: every API route's authorisation for every role, against a real
// server: no session -> 401, a role without the permission -> 403, a
// mutation without the CSRF token -> 403, GET /api/health open.
#include <gtest/gtest.h>

#include "api_server_fixture.h"

namespace octroi {
namespace {

using testing::ApiServer;
using testing::Browser;
using Json = nlohmann::json;

const std::string kProgramme = "/api/programmes/pas-de-calais-2023-phase4";

class AuthorisationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ApiServer();
    for (Role role : kAllRoles) {
      browsers_[role] = server_->login(std::string(to_key(role)));
    }
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  static int get(const std::string& path, const Browser* browser) {
    auto answer = browser != nullptr ? server_->client().Get(path, ApiServer::headers(*browser))
                                     : server_->client().Get(path);
    return answer ? answer->status : -1;
  }

  static ApiServer* server_;
  static std::map<Role, Browser> browsers_;
};

ApiServer* AuthorisationTest::server_ = nullptr;
std::map<Role, Browser> AuthorisationTest::browsers_;

const std::vector<std::string> kReadRoutes = {
    "/api/me",
    "/api/programmes",
    kProgramme,
    kProgramme + "/annex",
    kProgramme + "/findings",
    kProgramme + "/awards/t1-o1-01",
    kProgramme + "/payments",
    "/api/organisations/cheval-bleu",
    kProgramme + "/documents",
};

TEST_F(AuthorisationTest, HealthAnswersWithoutLogin) {
  auto answer = server_->client().Get("/api/health");
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 200);
  EXPECT_EQ(Json::parse(answer->body).at("status"), "ok");
}

TEST_F(AuthorisationTest, EveryOtherRouteNeedsASession) {
  for (const std::string& route : kReadRoutes) {
    EXPECT_EQ(get(route, nullptr), 401) << route;
  }
  EXPECT_EQ(get("/api/users", nullptr), 401);
  auto put = server_->client().Put(kProgramme + "/awards/t1-o1-01", R"({"version":1})",
                                   "application/json");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 401);
  auto body = Json::parse(put->body);
  EXPECT_EQ(body["error"]["code"], "auth.unauthenticated");
}

TEST_F(AuthorisationTest, AForgedCookieIsRefused) {
  Browser forged{"octroi_session=" + std::string(64, 'a'), "x"};
  EXPECT_EQ(get("/api/programmes", &forged), 401);
}

TEST_F(AuthorisationTest, EveryStaffRoleReadsEveryScreen) {
  for (Role role : kStaffRoles) {
    for (const std::string& route : kReadRoutes) {
      EXPECT_EQ(get(route, &browsers_[role]), 200) << to_key(role) << " " << route;
    }
  }
}

// Issue 12: an organisation account knows who it is and nothing of the
// Department's programmes, documents or sessions.
TEST_F(AuthorisationTest, AnOrganisationAccountReadsNoStaffScreen) {
  const Browser* organisation = &browsers_[Role::kOrganisation];
  EXPECT_EQ(get("/api/me", organisation), 200);
  for (const std::string& route : kReadRoutes) {
    if (route == "/api/me") continue;
    EXPECT_EQ(get(route, organisation), 403) << route;
  }
  EXPECT_EQ(get("/api/sessions", organisation), 403);
  EXPECT_EQ(get("/api/interests", organisation), 403);
  EXPECT_EQ(get(kProgramme + "/after-vote", organisation), 403);
  EXPECT_EQ(
      get(kProgramme + "/documents/agreement?format=odt&organisation=cheval-bleu", organisation),
      403);
}

TEST_F(AuthorisationTest, OnlyAdministratorsListAndCreateAccounts) {
  for (Role role : kAllRoles) {
    const bool allowed = role == Role::kAdministrator;
    EXPECT_EQ(get("/api/users", &browsers_[role]), allowed ? 200 : 403) << to_key(role);
    const std::string login = "new-" + std::string(to_key(role));
    auto answer = server_->client().Post(
        "/api/users", ApiServer::headers(browsers_[role]),
        Json{{"login", login}, {"role", "reader"}, {"password", "un-mot-de-passe"}}.dump(),
        "application/json");
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, allowed ? 201 : 403) << to_key(role) << " " << answer->body;
  }
}

TEST_F(AuthorisationTest, OnlyEditingRolesMayChangeAnAward) {
  // A refused request must not change the award: the version stays.
  for (Role role : kStaffRoles) {
    const bool allowed = allows(role, Permission::kEditAwards);
    auto page =
        server_->client().Get(kProgramme + "/awards/t2-o1-01", ApiServer::headers(browsers_[role]));
    ASSERT_TRUE(page);
    const auto version = Json::parse(page->body)["award"]["version"].get<std::int64_t>();
    auto answer = server_->client().Put(
        kProgramme + "/awards/t2-o1-01", ApiServer::headers(browsers_[role]),
        Json{{"version", version}, {"description", "modifiée par " + std::string(to_key(role))}}
            .dump(),
        "application/json");
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, allowed ? 200 : 403) << to_key(role) << " " << answer->body;
    if (!allowed) {
      EXPECT_EQ(Json::parse(answer->body)["error"]["code"], "auth.forbidden");
    }
  }
}

TEST_F(AuthorisationTest, AMutationWithoutTheCsrfTokenIsRefused) {
  const Browser& administrator = browsers_[Role::kAdministrator];
  auto answer = server_->client().Put(kProgramme + "/awards/t1-o1-01",
                                      ApiServer::headers(administrator, false),
                                      R"({"version":1,"description":"x"})", "application/json");
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 403);
  EXPECT_EQ(Json::parse(answer->body)["error"]["code"], "auth.csrf");
  httplib::Headers wrong = ApiServer::headers(administrator, false);
  wrong.emplace("X-CSRF-Token", std::string(64, '0'));
  auto forged = server_->client().Put(kProgramme + "/awards/t1-o1-01", wrong,
                                      R"({"version":1,"description":"x"})", "application/json");
  ASSERT_TRUE(forged);
  EXPECT_EQ(forged->status, 403);
}

TEST_F(AuthorisationTest, EveryStaffRoleDownloadsAnAgreement) {
  for (Role role : kStaffRoles) {
    auto answer = server_->client().Get(
        kProgramme + "/documents/agreement?format=odt&organisation=cheval-bleu",
        ApiServer::headers(browsers_[role]));
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200) << to_key(role) << " " << answer->body.substr(0, 300);
    EXPECT_EQ(answer->body.substr(0, 2), "PK");  // a zip: the ODT package
    EXPECT_NE(answer->get_header_value("Content-Disposition").find("attachment"),
              std::string::npos);
    EXPECT_EQ(answer->get_header_value("Content-Type"), "application/vnd.oasis.opendocument.text");
  }
  auto anonymous = server_->client().Get(
      kProgramme + "/documents/agreement?format=odt&organisation=cheval-bleu");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
  auto unknown_kind = server_->client().Get(kProgramme + "/documents/convention?format=odt",
                                            ApiServer::headers(browsers_[Role::kReader]));
  ASSERT_TRUE(unknown_kind);
  EXPECT_EQ(unknown_kind->status, 400);
}

// Regression: the organisation page's payments were read from a destroyed
// temporary and came back empty.
TEST_F(AuthorisationTest, TheOrganisationPageListsItsPayments) {
  auto answer = server_->client().Get("/api/organisations/cheval-bleu",
                                      ApiServer::headers(browsers_[Role::kFinance]));
  ASSERT_TRUE(answer);
  ASSERT_EQ(answer->status, 200);
  const Json page = Json::parse(answer->body);
  EXPECT_EQ(page["organisation"]["name"], "Le Cheval Bleu");
  ASSERT_FALSE(page["awards"].empty());
  ASSERT_FALSE(page["payments"].empty());
  for (const Json& payment : page["payments"]) {
    EXPECT_EQ(payment["advance"]["cents"].get<std::int64_t>() +
                  payment["balance"]["cents"].get<std::int64_t>(),
              payment["amount"]["cents"].get<std::int64_t>());
  }
}

TEST_F(AuthorisationTest, UnknownRoutesAndProgrammesAnswer404InJson) {
  const Browser& reader = browsers_[Role::kReader];
  auto unknown = server_->client().Get("/api/nothing-here", ApiServer::headers(reader));
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(Json::parse(unknown->body)["error"]["code"], "not_found");
  EXPECT_EQ(get("/api/programmes/no-such-programme", &reader), 404);
  EXPECT_EQ(get(kProgramme + "/awards/no-such-award", &reader), 404);
  EXPECT_EQ(get("/api/organisations/no-such-organisation", &reader), 404);
}

}  // namespace
}  // namespace octroi
