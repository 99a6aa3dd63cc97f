// Issue 12 through the web API: a call made from the reference programme and
// published; Le Cheval Bleu's account drafts an application to t1-o6,
// attaches its statutes (a GIF refused), submits it (receipt); another
// organisation's account can neither see nor change it (403) and does not
// find it in the call's list; an instructor proposes the rule's amount to
// cp-2023-09-18 and the session's annex holds the row and its totals, with
// no error from the checker. Every route's authorisation per role, and CSRF.
#include <gtest/gtest.h>

#include "api/accounts.h"
#include "api_server_fixture.h"
#include "service/call_from_dataset.h"
#include "service/session_from_dataset.h"

namespace octroi {
namespace {

using testing::ApiServer;
using testing::Browser;
using Json = nlohmann::json;

constexpr const char* kCall = "aap-test";
const std::string kCallPath = std::string("/api/calls/") + kCall;
const std::string kPdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

const Json kChevalDraft = {
    {"operation", "t1-o6"},
    {"title", "230 places d'accompagnement"},
    {"amount", "115 000,00"},
    {"quantities", Json::array({Json{{"value", "230"}, {"unit", "places"}}})},
    {"period_start", "01/09/2023"},
    {"period_end", "31/08/2024"},
    {"territories", Json::array({"lens-lievin", "artois"})},
    {"direct_costs", "100 000"},
    {"external_services", "20 000"},
    {"indirect_costs", "10 000"},
    {"previous_review", "48 personnes accompagnées"}};

Date day(int year, int month, int day_of_month) {
  return Date::create(year, month, day_of_month).value();
}

class CallRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const Stamp stamp{"test", "2026-11-28T00:00:00Z"};
    auto programmes = store::open_repository(server_.url());
    ASSERT_TRUE(programmes.ok());
    auto source = read_dataset_source(testing::kSourceDir / "data" / testing::kReferenceId);
    ASSERT_TRUE(source.ok());
    auto dataset = load_dataset(*source);
    ASSERT_TRUE(dataset.ok());
    CallSettings settings{
        .id = kCall,
        .applications = Period::create(day(2020, 1, 1), day(2099, 12, 31)).value(),
        .required_documents = {{"statuts", "Statuts de la structure"}}};
    Call call = call_from_dataset(*dataset, settings);
    auto calls = store::open_call_repository(server_.url());
    ASSERT_TRUE(calls.ok());
    ASSERT_TRUE((*calls)->save_call(call, 0, "create", stamp).ok());
    call.status = CallStatus::kPublished;
    ASSERT_TRUE((*calls)->save_call(call, 1, "publish", stamp).ok());
    Call draft_call = call;
    draft_call.id = "aap-brouillon";
    draft_call.status = CallStatus::kDraft;
    ASSERT_TRUE((*calls)->save_call(draft_call, 0, "create", stamp).ok());
    auto accounts = store::open_account_repository(server_.url());
    ASSERT_TRUE(accounts.ok());
    for (const auto& [login, siret, id, name] :
         {std::tuple{"cheval", "48054398200023", "cheval-bleu", "Le Cheval Bleu"},
          std::tuple{"autre", "12345678200010", "autre-structure", "Une autre structure"}}) {
      OrganisationAccount account{.login = login,
                                  .siret = Siret::parse(siret).value(),
                                  .organisation = OrganisationId::parse(id).value(),
                                  .organisation_name = name};
      auto created =
          api::create_organisation_account(**accounts, **calls, account, testing::kPassword, stamp);
      ASSERT_TRUE(created.ok()) << created.error().to_string();
    }
    cheval_ = server_.login("cheval");
    other_ = server_.login("autre");
    instructor_ = server_.login("instructor");
  }

  httplib::Result put(const std::string& path, const Json& body, const Browser& browser) const {
    return server_.client().Put(path, ApiServer::headers(browser), body.dump(), "application/json");
  }
  httplib::Result attach(const std::string& id, int version, const std::string& file_name,
                         const std::string& bytes, const Browser& browser) const {
    httplib::MultipartFormDataItems items = {{"version", std::to_string(version), "", ""},
                                             {"document", "statuts", "", ""},
                                             {"file", bytes, file_name, "application/pdf"}};
    return server_.client().Post("/api/applications/" + id + "/attachments",
                                 ApiServer::headers(browser), items);
  }
  // Cheval Bleu's application drafted, its statutes attached and submitted.
  Json submitted() {
    auto created = server_.post(kCallPath + "/applications", kChevalDraft, cheval_);
    EXPECT_EQ(created->status, 201) << created->body;
    const Json draft = Json::parse(created->body);
    const std::string id = draft["id"];
    auto attached = attach(id, draft["version"], "statuts.pdf", kPdf, cheval_);
    EXPECT_EQ(attached->status, 201) << attached->body;
    auto sent = server_.post("/api/applications/" + id + "/submit",
                             {{"version", Json::parse(attached->body)["version"]}}, cheval_);
    EXPECT_EQ(sent->status, 200) << sent->body;
    return Json::parse(sent->body);
  }

  ApiServer server_;
  Browser cheval_;
  Browser other_;
  Browser instructor_;
};

TEST_F(CallRoutesTest, AnOrganisationSeesPublishedCallsAndItsOwnOrganisation) {
  auto me = server_.get("/api/me", cheval_);
  ASSERT_EQ(me->status, 200);
  const Json who = Json::parse(me->body);
  EXPECT_EQ(who["role"], "organisation");
  EXPECT_EQ(who["organisation"]["siret"], "48054398200023");
  EXPECT_TRUE(who["permissions"]["apply"]);
  EXPECT_FALSE(who["permissions"]["instruct"]);
  const Json calls = Json::parse(server_.get("/api/calls", cheval_)->body);
  ASSERT_EQ(calls.size(), 1U);
  EXPECT_EQ(calls[0]["id"], kCall);
  EXPECT_EQ(server_.get("/api/calls/aap-brouillon", cheval_)->status, 404);
  EXPECT_EQ(server_.get("/api/calls/aap-brouillon", instructor_)->status, 200);
  const Json page = Json::parse(server_.get(kCallPath, cheval_)->body);
  EXPECT_EQ(page["themes"].size(), 3U);
  EXPECT_EQ(page["required_documents"][0]["label"], "Statuts de la structure");
  EXPECT_EQ(page["publics"].size(), 4U);
}

TEST_F(CallRoutesTest, AnOrganisationAppliesAndAnotherCannotSeeOrChangeTheApplication) {
  const Json application = submitted();
  const std::string id = application["id"];
  const std::string path = "/api/applications/" + id;
  EXPECT_EQ(application["status"], "submitted");
  EXPECT_EQ(application["receipt"], std::string(kCall) + "-00001");
  EXPECT_EQ(application["organisation"]["siret"], "48054398200023");
  EXPECT_EQ(application["requested"]["text"], "115\u202F000,00\u00A0€");
  EXPECT_EQ(application["attachments"][0]["file_name"], "statuts.pdf");

  const Json own = Json::parse(server_.get(path, cheval_)->body);
  EXPECT_FALSE(own.contains("organisation_awards"));  // staff's view only
  // The instructor sees the organisation's awards in the stored programmes.
  const Json staff_view = Json::parse(server_.get(path, instructor_)->body);
  bool reference_award = false;
  for (const Json& award : staff_view["organisation_awards"]["awards"]) {
    if (award["programme_id"] == "pas-de-calais-2023-phase4" && award["award_id"] == "t1-o6-01") {
      reference_award = award["amount"]["text"] == "115\u202F000,00\u00A0€";
    }
  }
  EXPECT_TRUE(reference_award) << staff_view["organisation_awards"].dump();
  auto refused = server_.get(path, other_);
  EXPECT_EQ(refused->status, 403);
  EXPECT_EQ(Json::parse(refused->body)["error"]["code"], "auth.forbidden");
  Json update = kChevalDraft;
  update["version"] = application["version"];
  EXPECT_EQ(put(path, update, other_)->status, 403);
  EXPECT_EQ(server_.post(path + "/submit", {{"version", application["version"]}}, other_)->status,
            403);
  EXPECT_EQ(attach(id, application["version"], "x.pdf", kPdf, other_)->status, 403);
  // The attached file, as sent: to its organisation and to staff, never to another.
  const std::string file =
      path + "/attachments/" + application["attachments"][0]["sha256"].get<std::string>();
  for (const Browser* reader : {&cheval_, &instructor_}) {
    auto downloaded = server_.get(file, *reader);
    ASSERT_EQ(downloaded->status, 200) << downloaded->body;
    EXPECT_EQ(downloaded->body, kPdf);
    EXPECT_EQ(downloaded->get_header_value("Content-Type"), "application/pdf");
    EXPECT_NE(downloaded->get_header_value("Content-Disposition").find("statuts.pdf"),
              std::string::npos);
  }
  EXPECT_EQ(server_.get(file, other_)->status, 403);
  EXPECT_EQ(server_.get(path + "/attachments/" + std::string(64, '0'), cheval_)->status, 404);
  EXPECT_TRUE(Json::parse(server_.get(kCallPath + "/applications", other_)->body).empty());
  EXPECT_EQ(Json::parse(server_.get(kCallPath + "/applications", cheval_)->body).size(), 1U);
  // Once submitted, the organisation's own application no longer changes.
  EXPECT_EQ(put(path, update, cheval_)->status, 400);
}

TEST_F(CallRoutesTest, AttachmentsMustBePdfAndSubmissionListsWhatIsMissing) {
  auto created = server_.post(kCallPath + "/applications", kChevalDraft, cheval_);
  ASSERT_EQ(created->status, 201);
  const Json draft = Json::parse(created->body);
  const std::string id = draft["id"];
  auto gif = attach(id, draft["version"], "statuts.gif", "GIF89a....", cheval_);
  EXPECT_EQ(gif->status, 400) << gif->body;
  auto incomplete =
      server_.post("/api/applications/" + id + "/submit", {{"version", draft["version"]}}, cheval_);
  EXPECT_EQ(incomplete->status, 400);
  EXPECT_NE(incomplete->body.find("Statuts de la structure"), std::string::npos);
  Json wrong = kChevalDraft;
  wrong["operation"] = "t9-o9";
  EXPECT_EQ(server_.post(kCallPath + "/applications", wrong, cheval_)->status, 400);
}

TEST_F(CallRoutesTest, OnlyInstructorsInstructAndTheSessionAnnexHoldsTheProposal) {
  const Json application = submitted();
  const std::string path = "/api/applications/" + application["id"].get<std::string>();
  const Json proposal = {{"version", application["version"]},
                         {"session", "cp-2023-09-18"},
                         {"propose", "115 000,00"},
                         {"notes", "budget cohérent"},
                         {"date", "20/07/2023"}};
  for (const char* login : {"reader", "finance", "cheval"}) {
    const Browser browser = login == std::string("cheval") ? cheval_ : server_.login(login);
    EXPECT_EQ(server_.post(path + "/instruct", proposal, browser)->status, 403) << login;
  }
  EXPECT_EQ(server_.post(path + "/instruct", proposal, instructor_, false)->status, 403);
  const Json staff_view = Json::parse(server_.get(path, instructor_)->body);
  EXPECT_EQ(staff_view["rule"]["amount"]["cents"], 11500000);
  auto instructed = server_.post(path + "/instruct", proposal, instructor_);
  ASSERT_EQ(instructed->status, 200) << instructed->body;
  const Json proposed = Json::parse(instructed->body);
  EXPECT_EQ(proposed["status"], "proposed");
  EXPECT_EQ(proposed["instruction"]["notes"], "budget cohérent");
  EXPECT_EQ(proposed["instruction"]["expected"]["cents"], 11500000);
  // The organisation sees the decision, not staff's notes nor the rule's amount.
  const Json own_view = Json::parse(server_.get(path, cheval_)->body);
  EXPECT_EQ(own_view["status"], "proposed");
  EXPECT_FALSE(own_view["instruction"].contains("notes"));
  EXPECT_FALSE(own_view.contains("rule"));

  const std::string annex_path = kCallPath + "/annex?session=cp-2023-09-18";
  EXPECT_EQ(server_.get(annex_path, cheval_)->status, 403);
  EXPECT_EQ(server_.get(kCallPath + "/annex", instructor_)->status, 400);
  auto annex = server_.get(annex_path, server_.login("reader"));
  ASSERT_EQ(annex->status, 200) << annex->body;
  const Json body = Json::parse(annex->body);
  ASSERT_EQ(body["rows"].size(), 1U);
  EXPECT_EQ(body["rows"][0]["award_id"], "t1-o6-01");
  EXPECT_EQ(body["rows"][0]["amount"]["cents"], 11500000);
  bool total_found = false;
  for (const Json& total : body["totals"]) {
    if (total["id"] == "t1-o6-total") {
      total_found = true;
      EXPECT_EQ(total["amount"]["cents"], 11500000);
    }
  }
  EXPECT_TRUE(total_found) << body["totals"].dump();
  for (const Json& finding : body["findings"]) {
    EXPECT_NE(finding["severity"], "error") << finding.dump();
  }
}

// After the vote: the proposal becomes an award once cp-2023-09-18's report
// on the programme is voted; not before, and only by those who record sittings.
TEST_F(CallRoutesTest, TheProposalIsAwardedOnceTheSessionsVoteIsRecorded) {
  const Json application = submitted();
  const std::string path = "/api/applications/" + application["id"].get<std::string>();
  auto instructed = server_.post(path + "/instruct",
                                 {{"version", application["version"]},
                                  {"session", "cp-2023-09-18"},
                                  {"propose", "115 000,00"}},
                                 instructor_);
  ASSERT_EQ(instructed->status, 200) << instructed->body;
  const Json award = {{"session", "cp-2023-09-18"}};
  EXPECT_EQ(server_.post(kCallPath + "/award", award, instructor_)->status, 403);
  const Browser admin = server_.login("administrator");
  auto unknown = server_.post(kCallPath + "/award", award, admin);
  EXPECT_EQ(unknown->status, 404) << unknown->body;  // the sitting is not recorded yet

  auto dataset = load_dataset(testing::kSourceDir / "data" / testing::kReferenceId);
  ASSERT_TRUE(dataset.ok());
  auto bundle = session_bundle_from_dataset(*dataset);
  ASSERT_TRUE(bundle.ok());
  ASSERT_TRUE(bundle->session.has_value());
  // The sitting recorded before its vote: the reference prints the vote, left out here.
  for (AgendaItem& item : bundle->session->agenda) {
    item.vote.reset();
    item.casting_vote_for.reset();
  }
  auto sessions = store::open_session_repository(server_.url());
  ASSERT_TRUE(sessions.ok());
  ASSERT_TRUE((*sessions)->record(*bundle, {"test", "2026-11-28T00:00:00Z"}).ok());
  auto before_vote = server_.post(kCallPath + "/award", award, admin);
  EXPECT_EQ(before_vote->status, 400);
  EXPECT_NE(before_vote->body.find("pas encore voté"), std::string::npos) << before_vote->body;
  EXPECT_EQ(Json::parse(server_.get(path, cheval_)->body)["status"], "proposed");

  const Json page = Json::parse(server_.get("/api/sessions/cp-2023-09-18", admin)->body);
  auto voted = server_.post("/api/sessions/cp-2023-09-18/items/" +
                                page["items"][0]["report"].get<std::string>() + "/vote",
                            {{"version", page["version"]},
                             {"for", 36},
                             {"against", 0},
                             {"abstain", 0},
                             {"absent_without_proxy", 3}},
                            admin);
  ASSERT_EQ(voted->status, 200) << voted->body;
  auto awarded = server_.post(kCallPath + "/award", award, admin);
  ASSERT_EQ(awarded->status, 200) << awarded->body;
  const Json moved = Json::parse(awarded->body)["awarded"];
  ASSERT_EQ(moved.size(), 1U);
  EXPECT_EQ(moved[0]["id"], application["id"]);
  EXPECT_EQ(Json::parse(server_.get(path, cheval_)->body)["status"], "awarded");
  // The reference programme is stored (imported from its deliberation): the
  // award is found there, and its agreement drafted.
  const Json decided = Json::parse(awarded->body);
  EXPECT_EQ(decided["programme"]["id"], testing::kReferenceId);
  EXPECT_EQ(decided["programme"]["stored_now"], false);
  const Json expected_awards = Json::array({"t1-o6-01"});
  EXPECT_EQ(decided["programme"]["awards"], expected_awards);
  EXPECT_EQ(decided["agreements"]["drafted"], expected_awards);
  EXPECT_EQ(decided["agreements"]["already"], 0);
  auto agreement = server_.get(
      std::string("/api/programmes/") + testing::kReferenceId + "/agreements/t1-o6-01", admin);
  EXPECT_EQ(agreement->status, 200) << agreement->body;
  // Twice is harmless: nothing left to move, nothing to draft.
  auto again = server_.post(kCallPath + "/award", award, admin);
  ASSERT_EQ(again->status, 200);
  EXPECT_TRUE(Json::parse(again->body)["awarded"].empty());
  EXPECT_TRUE(Json::parse(again->body)["agreements"]["drafted"].empty());
  EXPECT_EQ(Json::parse(again->body)["agreements"]["already"], 1);
}

// An administrator makes a second account for Le Cheval Bleu through the
// API: its SIRET is checked, and the new account sees its organisation's
// application, as the first one does.
TEST_F(CallRoutesTest, AnAdministratorAddsAnAccountForAnOrganisation) {
  const Json application = submitted();
  const Browser admin = server_.login("administrator");
  Json account = {{"login", "cheval-2"},
                  {"role", "organisation"},
                  {"password", testing::kPassword},
                  {"siret", "48054398200024"},
                  {"organisation", "cheval-bleu"},
                  {"name", "Le Cheval Bleu"}};
  auto bad_siret = server_.post("/api/users", account, admin);
  EXPECT_EQ(bad_siret->status, 400);
  EXPECT_EQ(Json::parse(bad_siret->body)["error"]["field"], "siret") << bad_siret->body;
  Json no_name = account;
  no_name.erase("name");
  EXPECT_EQ(server_.post("/api/users", no_name, admin)->status, 400);
  account["siret"] = "480 543 982 00023";
  auto created = server_.post("/api/users", account, admin);
  ASSERT_EQ(created->status, 201) << created->body;
  EXPECT_EQ(Json::parse(created->body)["organisation"]["siret"], "48054398200023");
  EXPECT_EQ(server_.post("/api/users", account, instructor_)->status, 403);

  const Browser second = server_.login("cheval-2");
  const Json mine = Json::parse(server_.get(kCallPath + "/applications", second)->body);
  ASSERT_EQ(mine.size(), 1U);
  EXPECT_EQ(mine[0]["id"], application["id"]);
}

TEST_F(CallRoutesTest, StaffCannotApplyAndNothingWorksWithoutASession) {
  for (const char* login : {"administrator", "instructor", "reader", "finance"}) {
    EXPECT_EQ(server_.post(kCallPath + "/applications", kChevalDraft, server_.login(login))->status,
              403)
        << login;
  }
  // An organisation login not linked to any SIRET may not apply either.
  auto unlinked =
      server_.post(kCallPath + "/applications", kChevalDraft, server_.login("organisation"));
  EXPECT_EQ(unlinked->status, 403);
  EXPECT_EQ(server_.post(kCallPath + "/applications", kChevalDraft, cheval_, false)->status, 403);
  EXPECT_EQ(server_.client().Get("/api/calls")->status, 401);
  EXPECT_EQ(server_.client().Get(kCallPath)->status, 401);
}

}  // namespace
}  // namespace octroi
