// POST /api/me/password: a user changes their own password, proving the
// current one; their other browser sessions end, this one stays; the journal
// records the change without any hash; a wrong current password counts as a
// failed login for the rate limit.
#include <gtest/gtest.h>

#include "api_server_fixture.h"
#include "store/store.h"

namespace octroi::testing {
namespace {

using Json = nlohmann::json;

class PasswordTest : public ::testing::Test {
 protected:
  void SetUp() override { server_ = std::make_unique<ApiServer>(); }

  int change(const Browser& browser, const Json& body, std::string* answer = nullptr) {
    auto reply = server_->client().Post("/api/me/password", ApiServer::headers(browser),
                                        body.dump(), "application/json");
    if (!reply) return 0;
    if (answer != nullptr) *answer = reply->body;
    return reply->status;
  }
  int me(const Browser& browser) {
    auto reply = server_->client().Get("/api/me", ApiServer::headers(browser));
    return reply ? reply->status : 0;
  }

  std::unique_ptr<ApiServer> server_;
};

TEST_F(PasswordTest, ChangingOnesPasswordEndsTheOtherSessions) {
  const Browser desk = server_->login("reader");
  const Browser laptop = server_->login("reader");
  EXPECT_EQ(
      change(desk, {{"current_password", kPassword}, {"password", "un-nouveau-mot-de-passe"}}),
      204);
  EXPECT_EQ(me(desk), 200);
  EXPECT_EQ(me(laptop), 401);
  EXPECT_THROW(server_->login("reader"), std::runtime_error);
  EXPECT_NO_THROW(server_->login("reader", "un-nouveau-mot-de-passe"));

  auto journal = store::verify_journal(server_->url());
  ASSERT_TRUE(journal.ok());
  EXPECT_TRUE(journal->intact());
}

TEST_F(PasswordTest, RefusalsNameTheField) {
  const Browser browser = server_->login("instructor");
  std::string answer;
  EXPECT_EQ(
      change(browser,
             {{"current_password", "pas-le-bon-mot"}, {"password", "un-nouveau-mot-de-passe"}},
             &answer),
      400);
  EXPECT_EQ(Json::parse(answer)["error"]["field"], "current_password") << answer;
  EXPECT_EQ(change(browser, {{"current_password", kPassword}, {"password", "court"}}, &answer),
            400);
  EXPECT_EQ(Json::parse(answer)["error"]["field"], "password") << answer;
  EXPECT_NE(answer.find("trop court"), std::string::npos);
  EXPECT_EQ(change(browser, {{"current_password", kPassword}, {"password", kPassword}}, &answer),
            400);
  // Without the CSRF token: refused before anything else.
  auto reply = server_->client().Post(
      "/api/me/password", ApiServer::headers(browser, false),
      Json{{"current_password", kPassword}, {"password", "un-nouveau-mot-de-passe"}}.dump(),
      "application/json");
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 403);
  // The old password still opens a session.
  EXPECT_NO_THROW(server_->login("instructor"));
}

TEST_F(PasswordTest, WrongCurrentPasswordsAreRateLimited) {
  const Browser browser = server_->login("finance");
  for (int attempt = 0; attempt < 5; ++attempt) {
    EXPECT_EQ(change(browser, {{"current_password", "faux-" + std::to_string(attempt)},
                               {"password", "un-nouveau-mot-de-passe"}}),
              400);
  }
  EXPECT_EQ(
      change(browser, {{"current_password", kPassword}, {"password", "un-nouveau-mot-de-passe"}}),
      429);
}

}  // namespace
}  // namespace octroi::testing
