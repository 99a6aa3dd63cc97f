// Issue 9, imports screen: POST /api/imports/preview and /api/imports against
// a real server. A preview lists what the reader read and could not read and
// writes nothing; an import is whole; a second import of the same document is
// refused unless a head of service replaces it; every refusal names the file
// and the place in it; the uploaded bytes do not outlive the request.
#include <cstdlib>
#include <optional>

#include <gtest/gtest.h>

#include "api_server_fixture.h"
#include "import/dataset_source.h"

namespace octroi {
namespace {

using testing::ApiServer;
using testing::Browser;
using testing::TemporaryDirectory;
using Json = nlohmann::json;

const std::filesystem::path kSomme =
    testing::kSourceDir / "tests" / "corpus" / "deliberation-cp-2024-03-11-somme-phase1.txt";
constexpr const char* kSommeId = "deliberation-cp-2024-03-11-somme-phase1";

class ImportRoutesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Uploads are written under TMPDIR: a folder of this suite's own, so that
    // a test can see that nothing is left in it.
    uploads_ = new TemporaryDirectory();
    const char* previous = std::getenv("TMPDIR");
    previous_tmpdir_ = previous != nullptr ? std::optional<std::string>(previous) : std::nullopt;
    setenv("TMPDIR", uploads_->path().c_str(), 1);
    server_ = new ApiServer();
    for (Role role : kAllRoles) browsers_[role] = server_->login(std::string(to_key(role)));
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    // The suites after this one in the same process get their TMPDIR back.
    if (previous_tmpdir_) {
      setenv("TMPDIR", previous_tmpdir_->c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
    delete uploads_;
    uploads_ = nullptr;
  }

  static httplib::Result upload(const std::string& path, Role role, const std::string& file_name,
                                const std::string& content, httplib::MultipartFormDataItems fields,
                                bool with_csrf = true) {
    fields.push_back({"file", content, file_name, "application/octet-stream"});
    return server_->client().Post(path, ApiServer::headers(browsers_[role], with_csrf), fields);
  }

  static std::string somme() {
    auto bytes = read_file_verbatim(kSomme);
    if (!bytes.ok()) throw std::runtime_error(bytes.error().to_string());
    return *bytes;
  }

  static std::size_t programme_count() {
    auto answer = server_->get("/api/programmes", browsers_[Role::kReader]);
    return answer ? Json::parse(answer->body).size() : 0;
  }

  static std::size_t uploads_left() {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(uploads_->path())) {
      if (entry.path().filename().string().starts_with("octroi-import-")) ++count;
    }
    return count;
  }

  static TemporaryDirectory* uploads_;
  static std::optional<std::string> previous_tmpdir_;
  static ApiServer* server_;
  static std::map<Role, Browser> browsers_;
};

TemporaryDirectory* ImportRoutesTest::uploads_ = nullptr;
std::optional<std::string> ImportRoutesTest::previous_tmpdir_;
ApiServer* ImportRoutesTest::server_ = nullptr;
std::map<Role, Browser> ImportRoutesTest::browsers_;

TEST_F(ImportRoutesTest, APreviewShowsWhatWasReadAndWritesNothing) {
  const std::size_t before = programme_count();
  auto answer = upload("/api/imports/preview", Role::kInstructor,
                       "deliberation-cp-2024-03-11-somme-phase1.txt", somme(), {});
  ASSERT_TRUE(answer);
  ASSERT_EQ(answer->status, 200) << answer->body;
  const Json report = Json::parse(answer->body);
  EXPECT_EQ(report["kind"], "text");
  EXPECT_EQ(report["programme"]["id"], kSommeId);
  EXPECT_EQ(report["programme"]["session_date"]["text"], "11 mars 2024");
  EXPECT_EQ(report["counts"]["awards"], 6);
  EXPECT_EQ(report["themes"][0]["total"]["text"], "119\u202F750,50\u00A0€");
  // The page break inside the annex is listed with its line, not lost.
  bool page_break = false;
  for (const Json& line : report["unparsed"]) {
    if (line["line"] == 23 && line["text"] == "--- page 2 / 3 ---") page_break = true;
  }
  EXPECT_TRUE(page_break) << report["unparsed"].dump();
  ASSERT_EQ(report["mismatches"].size(), 1U);
  EXPECT_EQ(report["mismatches"][0]["total_id"], "t1-o2-total");
  EXPECT_EQ(report["outcome"]["written"], false);
  EXPECT_TRUE(report["conflict"].is_null());
  EXPECT_EQ(programme_count(), before);
  EXPECT_EQ(uploads_left(), 0U);
}

TEST_F(ImportRoutesTest, OnlyRolesThatEditAwardsMayImport) {
  for (Role role : kAllRoles) {
    if (allows(role, Permission::kEditAwards)) continue;
    auto answer = upload("/api/imports/preview", role, "somme.txt", somme(), {});
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 403) << to_key(role);
    auto import = upload("/api/imports", role, "somme.txt", somme(), {});
    ASSERT_TRUE(import);
    EXPECT_EQ(import->status, 403) << to_key(role);
  }
  auto without_csrf = upload("/api/imports", Role::kAdministrator, "somme.txt", somme(), {}, false);
  ASSERT_TRUE(without_csrf);
  EXPECT_EQ(without_csrf->status, 403);
  EXPECT_EQ(Json::parse(without_csrf->body)["error"]["code"], "auth.csrf");
}

TEST_F(ImportRoutesTest, ASecondImportOfTheSameDocumentNeedsAHeadOfServiceToReplaceIt) {
  const std::string id = "somme-remplacement";
  auto first =
      upload("/api/imports", Role::kInstructor, "somme.txt", somme(), {{"as", id, "", ""}});
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 201) << first->body;
  EXPECT_EQ(Json::parse(first->body)["outcome"]["programme_id"], id);
  EXPECT_EQ(server_->get("/api/programmes/" + id, browsers_[Role::kReader])->status, 200);

  auto again =
      upload("/api/imports", Role::kInstructor, "somme.txt", somme(), {{"as", id, "", ""}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 409);
  const Json error = Json::parse(again->body)["error"];
  EXPECT_EQ(error["field"], "replace");
  EXPECT_NE(error["message"].get<std::string>().find("« somme.txt » a déjà été importé"),
            std::string::npos)
      << error.dump();

  auto preview =
      upload("/api/imports/preview", Role::kInstructor, "somme.txt", somme(), {{"as", id, "", ""}});
  ASSERT_TRUE(preview);
  ASSERT_EQ(preview->status, 200);
  EXPECT_FALSE(Json::parse(preview->body)["conflict"].is_null());
  EXPECT_EQ(Json::parse(preview->body)["outcome"]["replaced"], true);

  const httplib::MultipartFormDataItems replacing = {{"as", id, "", ""},
                                                     {"replace", "true", "", ""}};
  auto refused = upload("/api/imports", Role::kInstructor, "somme.txt", somme(), replacing);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403);
  auto replaced = upload("/api/imports", Role::kHeadOfService, "somme.txt", somme(), replacing);
  ASSERT_TRUE(replaced);
  ASSERT_EQ(replaced->status, 200) << replaced->body;
  EXPECT_EQ(Json::parse(replaced->body)["outcome"]["replaced"], true);
  EXPECT_EQ(uploads_left(), 0U);
}

TEST_F(ImportRoutesTest, BadUploadsNameTheFileAndThePlaceAndWriteNothing) {
  const std::size_t before = programme_count();
  struct Case {
    std::string file_name;
    std::string content;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"annexe.csv", "a;b\n\"x;1\n",
       "annexe.csv, ligne 2, colonne 1 : guillemet ouvert et jamais fermé"},
      {"notes.doc", "du texte", "« notes.doc » n'est pas un dossier de jeu de données"},
      {"vide.txt", "", "le fichier « vide.txt » est vide"},
      {"../../etc/annexe.csv", "a;b\n\"x;1\n", "annexe.csv, ligne 2, colonne 1"},
  };
  for (const Case& bad : cases) {
    auto answer = upload("/api/imports", Role::kInstructor, bad.file_name, bad.content, {});
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 400) << bad.file_name;
    const Json error = Json::parse(answer->body)["error"];
    EXPECT_EQ(error["field"], "file") << bad.file_name;
    const std::string message = error["message"];
    EXPECT_EQ(message.find(bad.message), 0U) << message;
    EXPECT_EQ(message.find(uploads_->path().string()), std::string::npos) << message;
  }
  auto no_file =
      server_->client().Post("/api/imports", ApiServer::headers(browsers_[Role::kInstructor]),
                             httplib::MultipartFormDataItems{{"as", "x", "", ""}});
  ASSERT_TRUE(no_file);
  EXPECT_EQ(no_file->status, 400);
  EXPECT_EQ(Json::parse(no_file->body)["error"]["field"], "file");
  EXPECT_EQ(programme_count(), before);
  EXPECT_EQ(uploads_left(), 0U);
}

TEST_F(ImportRoutesTest, ATableWithoutItsIdentityAsksForItThenImportsWithIt) {
  const std::string csv =
      "Thématique;Opération;Structure;Territoire;Montant\n"
      "1;1;Association Alpha;Artois;10 000,00\n"
      "1;1;Association Beta;Ternois;5 000,50\n";
  auto bare = upload("/api/imports/preview", Role::kInstructor, "annexe-2024.csv", csv, {});
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->status, 400) << bare->body;
  const httplib::MultipartFormDataItems identity = {
      {"title", "Appel à projets 2024 - phase 1", "", ""},
      {"session_date", "11/03/2024", "", ""},
      {"deliberation", "2024-12", "", ""},
      {"body", "commission_permanente", "", ""},
      {"authority", "Département du Pas-de-Calais", "", ""},
  };
  auto answer = upload("/api/imports/preview", Role::kInstructor, "annexe-2024.csv", csv, identity);
  ASSERT_TRUE(answer);
  ASSERT_EQ(answer->status, 200) << answer->body;
  const Json report = Json::parse(answer->body);
  EXPECT_EQ(report["kind"], "csv");
  EXPECT_EQ(report["reader"]["separator"], ";");
  EXPECT_EQ(report["counts"]["awards"], 2);
  EXPECT_EQ(report["outcome"]["total"]["text"], "15\u202F000,50\u00A0€");
}

}  // namespace
}  // namespace octroi
