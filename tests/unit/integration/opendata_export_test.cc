// Issue 11: the SCDL subventions export of the reference programme, read
// back from a fresh SQLite base, passes Octroi's own validator; its header
// and rows are pinned; what the reference lacks to publish the other awards
// (SIRETs, agreement dates) is listed, not guessed. Then the export is
// loaded with `opendata import`'s repository, all or nothing.
#include <filesystem>

#include <gtest/gtest.h>

#include "../store/temporary_directory.h"
#include "import/dataset_source.h"
#include "import/import.h"
#include "import/stored_dataset.h"
#include "opendata/opendata.h"
#include "service/import_programme.h"
#include "store/store.h"

namespace octroi {
namespace {

const std::filesystem::path kSource{OCTROI_SOURCE_DIR};
constexpr const char* kProgramme = "pas-de-calais-2023-phase4";

class OpendataExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto source = read_dataset_source(kSource / "data" / kProgramme);
    ASSERT_TRUE(source.ok()) << source.error().to_string();
    auto folder = load_dataset(*source);
    ASSERT_TRUE(folder.ok()) << folder.error().to_string();
    auto repository = store::open_repository(url());
    ASSERT_TRUE(repository.ok()) << repository.error().to_string();
    auto imported = import_programme(**repository, *folder, *source, {}, {"test", "now"});
    ASSERT_TRUE(imported.ok()) << imported.error().to_string();
    auto stored = load_stored_dataset(**repository, kProgramme);
    ASSERT_TRUE(stored.ok()) << stored.error().to_string();
    dataset_ = std::move(*stored);
    authority_.name = "Département du Pas-de-Calais";
    auto siret = Siret::parse("22620001200012");
    ASSERT_TRUE(siret.ok());
    authority_.siret = *siret;
  }

  std::string url() const { return "sqlite:" + (directory_.path() / "o.db").string(); }

  ScdlSubventionExport exported(bool all) {
    ScdlSubventionExport result;
    ScdlExportOptions options;
    options.all = all;
    auto added = append_scdl_subventions(authority_, dataset_, options, result);
    EXPECT_TRUE(added.ok()) << added.error().to_string();
    return result;
  }

  static std::string csv(const ScdlSubventionExport& result) {
    const std::vector<std::string_view> header(kScdlSubventionFields.begin(),
                                               kScdlSubventionFields.end());
    return to_csv(header, result.rows);
  }

  testing::TemporaryDirectory directory_;
  ProgrammeDataset dataset_;
  Authority authority_;
};

TEST_F(OpendataExportTest, HeaderAndRowsArePinned) {
  const std::string text = csv(exported(false));
  EXPECT_EQ(text.substr(0, text.find("\r\n")),
            "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
            "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,"
            "datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide");
  EXPECT_NE(text.find("\r\nDépartement du Pas-de-Calais,22620001200012,2023-07-03,2023-405,Le "
                      "Cheval Bleu,48054398200023,,230 places d'accompagnement,115000.00,aide en "
                      "numéraire,échelonné,2024-01-01/2024-12-31,,non,1.00,\r\n"),
            std::string::npos)
      << text;
  // Passeport Forma's 6 875 € (amendment, annex 5): its agreement is dated
  // (27 June 2023) but the amendment gives that amount no single period.
  const ScdlSubventionExport all = exported(true);
  EXPECT_EQ(all.rows.size(), 1U);
  bool passeport_forma = false;
  for (const ScdlUnpublishedAward& award : all.unpublished) {
    if (award.award != "t1-o5-01") continue;
    passeport_forma = true;
    ASSERT_EQ(award.missing.size(), 1U);
    EXPECT_EQ(award.missing[0], "période de l'opération inconnue (datesPeriodeVersement)");
  }
  EXPECT_TRUE(passeport_forma);
}

TEST_F(OpendataExportTest, ExportValidatesWithOurValidator) {
  for (bool all : {false, true}) {
    CsvReader reader(std::make_unique<StringByteSource>(csv(exported(all))), "export.csv");
    std::vector<std::string> findings;
    auto summary = validate_scdl_subventions(
        reader, [&](const ScdlFinding& finding) { findings.push_back(finding.to_string()); });
    ASSERT_TRUE(summary.ok()) << summary.error().to_string();
    EXPECT_TRUE(findings.empty()) << findings.front();
    EXPECT_EQ(summary->rows, 1);
  }
}

TEST_F(OpendataExportTest, WhatIsMissingIsListedPerAward) {
  const ScdlSubventionExport result = exported(false);
  EXPECT_GT(result.below_threshold, 0);
  ASSERT_FALSE(result.unpublished.empty());
  bool lacks_siret = false;
  bool lacks_date = false;
  for (const ScdlUnpublishedAward& award : result.unpublished) {
    EXPECT_GT(award.amount, kScdlPublicationThreshold) << award.award;
    for (const std::string& missing : award.missing) {
      lacks_siret = lacks_siret || missing.starts_with("SIRET du bénéficiaire non renseigné");
      lacks_date = lacks_date || missing.starts_with("date de signature de la convention");
    }
  }
  EXPECT_TRUE(lacks_siret);
  EXPECT_TRUE(lacks_date);
}

TEST_F(OpendataExportTest, NoAuthoritySiretIsRefused) {
  authority_.siret.reset();
  ScdlSubventionExport result;
  auto added = append_scdl_subventions(authority_, dataset_, {}, result);
  ASSERT_FALSE(added.ok());
  EXPECT_NE(added.error().message().find("octroi session authority --siret"), std::string::npos);
}

TEST_F(OpendataExportTest, ImportLoadsTheExportOnceAllOrNothing) {
  auto repository = store::open_opendata_repository(url());
  ASSERT_TRUE(repository.ok()) << repository.error().to_string();
  const std::string text = csv(exported(true));
  const auto load = [&](OpendataImportMode mode) -> Result<OpendataFileSummary> {
    auto source = std::make_unique<DigestByteSource>(std::make_unique<StringByteSource>(text));
    DigestByteSource* digest = source.get();
    CsvReader reader(std::move(source), "export.csv");
    OCTROI_TRY(auto import, (*repository)->begin_import("export.csv", mode, {"test", "now"}));
    OCTROI_TRY(auto summary, validate_scdl_subventions(
                                 reader, [](const ScdlFinding&) {},
                                 [&](const OpendataAward& award) { return import->add(award); }));
    EXPECT_TRUE(summary.valid());
    return import->commit(digest->hex_digest());
  };
  auto first = load(OpendataImportMode::kRefuseDuplicate);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_EQ(first->rows, 1);
  EXPECT_EQ(first->total, Amount::from_cents(11'500'000));
  auto again = load(OpendataImportMode::kRefuseDuplicate);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kDuplicate);
  EXPECT_NE(again.error().message().find("--replace"), std::string::npos);
  auto files = (*repository)->files();
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 1U);  // the refused import left nothing
  auto replaced = load(OpendataImportMode::kReplace);
  ASSERT_TRUE(replaced.ok()) << replaced.error().to_string();
  auto awards = (*repository)->awards(replaced->id);
  ASSERT_TRUE(awards.ok());
  ASSERT_EQ(awards->size(), 1U);
  EXPECT_EQ((*awards)[0].line, 2);
  auto journal = store::verify_journal(url());
  ASSERT_TRUE(journal.ok());
  EXPECT_TRUE(journal->intact());
}

}  // namespace
}  // namespace octroi
