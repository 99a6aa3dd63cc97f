// Issue 10 through the web API: Cheval Bleu's agreement (t1-o6-01) drafted,
// signed and amended by a head of service; its 2024 advance paid by finance
// (69 000 € of 115 000 €), a payment beyond the agreement refused with the
// French message; a stale version refused with 409; a review with places
// below target settled with the amount to recover and its recovery order
// downloaded; the lists on an injected day; roles and CSRF on every write.
#include <gtest/gtest.h>

#include "api_server_fixture.h"

namespace octroi {
namespace {

using testing::ApiServer;
using testing::Browser;
using Json = nlohmann::json;

const std::string kBase = "/api/programmes/pas-de-calais-2023-phase4";
const std::string kCheval = kBase + "/agreements/t1-o6-01";

class AfterVoteRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    head_ = server_.login("head_of_service");
    finance_ = server_.login("finance");
  }

  Json get_json(const std::string& path) const {
    auto answer = server_.get(path, head_);
    if (!answer || answer->status != 200) throw std::runtime_error("GET failed: " + path);
    return Json::parse(answer->body);
  }
  static std::string message_of(const httplib::Result& answer) {
    return Json::parse(answer->body)["error"]["message"].get<std::string>();
  }
  // Drafted, signed on 3 July 2023 and amended on 2 October 2023: version 3.
  void sign_and_amend() {
    ASSERT_EQ(server_.post(kCheval + "/draft", {{"date", "20/06/2023"}}, head_)->status, 201);
    ASSERT_EQ(
        server_.post(kCheval + "/sign", {{"version", 1}, {"date", "03/07/2023"}}, head_)->status,
        200);
    auto amended =
        server_.post(kCheval + "/amend", {{"version", 2}, {"date", "02/10/2023"}}, head_);
    ASSERT_EQ(amended->status, 200) << amended->body;
  }

  ApiServer server_;
  Browser head_;
  Browser finance_;
};

TEST_F(AfterVoteRoutesTest, TheOverviewListsWhatCanBeDraftedAndEachRoleMaySee) {
  for (Role role : kStaffRoles) {
    const Browser browser = server_.login(std::string(to_key(role)));
    auto answer = server_.get(kBase + "/after-vote?today=2024-04-01", browser);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 200) << to_key(role);
  }
  const Json overview = get_json(kBase + "/after-vote");
  EXPECT_TRUE(overview["agreements"].empty());
  bool cheval = false;
  for (const Json& entry : overview["draftable"]) cheval |= entry["award"] == "t1-o6-01";
  EXPECT_TRUE(cheval);
  EXPECT_FALSE(overview["budget_lines"].empty());
  EXPECT_EQ(server_.get("/api/programmes/inconnu/after-vote", head_)->status, 404);
  EXPECT_EQ(server_.get(kCheval, head_)->status, 404);
  EXPECT_EQ(server_.get(kBase + "/after-vote?today=31/02/2024", head_)->status, 400);
}

TEST_F(AfterVoteRoutesTest, OnlyHeadsOfServiceMoveAgreementsOnlyFinancePaysAndCsrfIsChecked) {
  for (const char* login : {"reader", "instructor", "finance"}) {
    EXPECT_EQ(server_.post(kCheval + "/draft", Json::object(), server_.login(login))->status, 403)
        << login;
  }
  EXPECT_EQ(server_.post(kCheval + "/draft", Json::object(), head_, false)->status, 403);
  sign_and_amend();
  const Json payment = {{"tranche", "2024"}, {"date", "16/10/2023"}};
  EXPECT_EQ(server_.post(kCheval + "/payments", payment, head_)->status, 403);
  EXPECT_EQ(server_.post(kCheval + "/payments", payment, finance_, false)->status, 403);
  EXPECT_EQ(server_.post(kCheval + "/payments", payment, server_.login("administrator"))->status,
            201);
  const Json me = Json::parse(server_.get("/api/me", head_)->body);
  EXPECT_TRUE(me["permissions"]["manage_agreements"].get<bool>());
  EXPECT_FALSE(
      Json::parse(server_.get("/api/me", finance_)->body)["permissions"]["manage_agreements"]
          .get<bool>());
}

TEST_F(AfterVoteRoutesTest, TheAdvanceIsPaidAndAPaymentBeyondTheAgreementIsRefused) {
  sign_and_amend();
  const Json page = get_json(kCheval);
  EXPECT_EQ(page["status"], "amended");
  EXPECT_EQ(page["number"], "2023-01628");
  EXPECT_EQ(page["total"]["cents"], 15500000);
  EXPECT_EQ(page["amendments"].size(), 1U);
  EXPECT_EQ(page["retention_until"]["iso"], "2034-12-31");

  auto advance =
      server_.post(kCheval + "/payments", {{"tranche", "2024"}, {"date", "16/10/2023"}}, finance_);
  ASSERT_EQ(advance->status, 201) << advance->body;
  const Json paid = Json::parse(advance->body);
  ASSERT_EQ(paid["payments"].size(), 1U);
  EXPECT_EQ(paid["payments"][0]["amount"]["cents"], 6900000);
  EXPECT_EQ(paid["paid"]["cents"], 6900000);

  auto beyond = server_.post(kCheval + "/payments",
                             {{"tranche", "2024"},
                              {"kind", "balance_payment"},
                              {"date", "02/05/2025"},
                              {"amount", "46 001,00"}},
                             finance_);
  ASSERT_EQ(beyond->status, 400);
  EXPECT_NE(message_of(beyond).find("au-delà de son montant de 115"), std::string::npos)
      << message_of(beyond);
  EXPECT_EQ(get_json(kCheval)["payments"].size(), 1U);

  auto csv = server_.get(kBase + "/payment-orders.csv", finance_);
  ASSERT_EQ(csv->status, 200);
  EXPECT_NE(csv->get_header_value("Content-Type").find("text/csv"), std::string::npos);
  EXPECT_NE(csv->body.find("2023-01628"), std::string::npos);
  EXPECT_NE(csv->body.find("6900000"), std::string::npos);

  const Json lines = get_json(kBase + "/budget-lines");
  bool found = false;
  for (const Json& line : lines) {
    if (line["code"] != "C02-446A05") continue;
    found = true;
    EXPECT_EQ(line["paid"]["cents"], 6900000);
    EXPECT_EQ(line["committed"]["cents"], 15500000);
  }
  EXPECT_TRUE(found);
}

TEST_F(AfterVoteRoutesTest, AStaleVersionIsRefusedWith409) {
  ASSERT_EQ(server_.post(kCheval + "/draft", Json::object(), head_)->status, 201);
  ASSERT_EQ(
      server_.post(kCheval + "/sign", {{"version", 1}, {"date", "03/07/2023"}}, head_)->status,
      200);
  auto stale = server_.post(kCheval + "/amend", {{"version", 1}, {"date", "02/10/2023"}}, head_);
  ASSERT_EQ(stale->status, 409);
  EXPECT_NE(message_of(stale).find("depuis votre lecture (version 1)"), std::string::npos);
  auto missing = server_.post(kCheval + "/amend", {{"date", "02/10/2023"}}, head_);
  EXPECT_EQ(missing->status, 400);
}

TEST_F(AfterVoteRoutesTest, AReviewBelowTargetShowsTheAmountToRecoverAndItsOrder) {
  sign_and_amend();
  ASSERT_EQ(
      server_.post(kCheval + "/payments", {{"tranche", "2023"}, {"date", "10/07/2023"}}, finance_)
          ->status,
      201);
  auto bad = server_.post(kCheval + "/reviews",
                          {{"version", 3},
                           {"tranche", "2023"},
                           {"received", "28/03/2024"},
                           {"indicators", {"places:lens=30"}},
                           {"actual_cost", "18 333,33"}},
                          head_);
  ASSERT_EQ(bad->status, 400);
  EXPECT_EQ(Json::parse(bad->body)["error"]["field"], "indicators");

  auto reviewed = server_.post(
      kCheval + "/reviews",
      {{"version", 3},
       {"tranche", "2023"},
       {"received", "28/03/2024"},
       {"indicators", {"places:lens-lievin=30", "places:henin-carvin=10", "places:artois=5"}},
       {"actual_cost", "18 333,33"},
       {"score", "50 %"}},
      head_);
  ASSERT_EQ(reviewed->status, 200) << reviewed->body;
  Json page = Json::parse(reviewed->body);
  const Json& preview = page["tranches"][0];
  ASSERT_EQ(preview["key"], "2023");
  EXPECT_EQ(preview["settlement"]["to_recover"]["cents"], 566667);
  EXPECT_TRUE(preview["review"]["settlement"].is_null());

  auto settled = server_.post(kCheval + "/settlements",
                              {{"version", 4}, {"tranche", "2023"}, {"date", "02/05/2024"}}, head_);
  ASSERT_EQ(settled->status, 200) << settled->body;
  page = Json::parse(settled->body);
  EXPECT_EQ(page["tranches"][0]["review"]["settlement"]["to_recover"]["cents"], 566667);
  EXPECT_EQ(page["tranches"][0]["settlement"]["settled"]["cents"], 1833333);

  auto order = server_.get(kCheval + "/recovery-order?tranche=2023", head_);
  ASSERT_EQ(order->status, 200);
  EXPECT_NE(order->body.find("ORDRE DE REVERSEMENT"), std::string::npos);
  EXPECT_NE(order->get_header_value("Content-Disposition").find("2023-01628-2023.html"),
            std::string::npos);
  EXPECT_EQ(server_.get(kCheval + "/recovery-order?tranche=2024", head_)->status, 404);

  const Json late = get_json(kBase + "/reviews/overdue?today=2025-04-10");
  ASSERT_EQ(late.size(), 1U);
  EXPECT_EQ(late[0]["tranche"], "2024");
  EXPECT_EQ(late[0]["days_late"], 10);
  const Json kept = get_json(kBase + "/retention?today=2035-01-01");
  ASSERT_EQ(kept.size(), 1U);
  EXPECT_TRUE(kept[0]["expired"].get<bool>());
}

}  // namespace
}  // namespace octroi
