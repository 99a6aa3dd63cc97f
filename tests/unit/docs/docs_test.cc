// Documents from the real templates of data/templates/ and the reference rows
// (tests/unit/service/service_test_support.h): the Cheval Bleu agreement, Annex
// 4 with its formulas, the budget table, HTML, PDF, and the atomic write.
#include "docs/docs.h"

#include <filesystem>
#include <fstream>
#include <stdlib.h>  // NOLINT(modernize-deprecated-headers): setenv is POSIX

#include <gtest/gtest.h>

#include "../service/service_test_support.h"
#include "docs/pdf_converter.h"
#include "docs/zip_archive.h"

namespace octroi::docs {
namespace {

namespace support = testing_service;

std::filesystem::path templates() {
  return std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "templates";
}

// French figures use U+202F between thousands and U+00A0 before the euro sign.
std::string euros(const std::string& spaced) {
  std::string out;
  for (std::size_t i = 0; i < spaced.size(); ++i) {
    if (spaced[i] == ' ') {
      out += (i + 1 < spaced.size() && spaced.compare(i + 1, 3, "€") == 0) ? "\u00A0" : "\u202F";
    } else {
      out += spaced[i];
    }
  }
  return out;
}

ProgrammeDataset reference() {
  ProgrammeDataset dataset = support::dataset();
  dataset.programme.programme.id = ProgrammeId("pas-de-calais-2023-phase4");
  dataset.programme.programme.title = "APPELS À PROJETS DES POLITIQUES D'INCLUSION DURABLE";
  dataset.programme.programme.authority = "Département du Pas-de-Calais";
  dataset.programme.deliberation_number = "2023-405";
  dataset.session.date.value = support::session_date();
  dataset.annex.annex = 4;
  dataset.annex.title.printed = "Répartition des participations";
  for (int number = 1; number <= 3; ++number) {
    ThemeEntry theme;
    theme.theme.number = number;
    theme.theme.title = "Thématique " + std::to_string(number);
    dataset.themes.push_back(theme);
  }
  OrganisationEntry cheval;
  cheval.organisation.id = OrganisationId("cheval-bleu");
  cheval.organisation.name = "Le Cheval Bleu";
  cheval.organisation.legal_form = "Association";
  cheval.organisation.siret = Siret::parse("48054398200023").value();
  cheval.organisation.address = "29-31 rue Roger Salengro 62160 BULLY-LES-MINES";
  cheval.organisation.representative_name = "Marie-Andrée PAU";
  cheval.organisation.representative_title = "Présidente";
  cheval.organisation.representative_empowered_on = Date::create(2023, 3, 31).value();
  dataset.organisations.push_back(cheval);
  for (const char* id :
       {"passeport-forma", "cab-esi", "soliha", "habitat-insertion", "la-vie-active",
        "accueil-9-de-coeur", "apsa", "audasse", "coin-familial"}) {
    OrganisationEntry entry;
    entry.organisation.id = OrganisationId(id);
    entry.organisation.name = std::string("Structure ") + id;
    dataset.organisations.push_back(entry);
  }
  return dataset;
}

Result<RenderedDocument> render(DocumentKind kind, DocumentFormat format,
                                const std::string& organisation = "") {
  return render_document(reference(), support::parameter_set(), support::session_date(),
                         {kind, format, organisation}, templates());
}

std::string part(const RenderedDocument& document, const std::string& name) {
  Result<ZipArchive> archive = ZipArchive::read(document.bytes, document.file_name);
  EXPECT_TRUE(archive.ok());
  if (!archive.ok() || archive->find(name) == nullptr) return {};
  return archive->find(name)->contents;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++found;
  }
  return found;
}

void expect_cheval_bleu_agreement(const std::string& xml) {
  EXPECT_NE(xml.find("Le Cheval Bleu"), std::string::npos);
  EXPECT_NE(xml.find("48054398200023"), std::string::npos);
  EXPECT_NE(xml.find("29-31 rue Roger Salengro 62160 BULLY-LES-MINES"), std::string::npos);
  EXPECT_NE(xml.find("Marie-Andrée PAU"), std::string::npos);
  EXPECT_NE(xml.find("31 mars 2023"), std::string::npos);
  EXPECT_NE(xml.find("18 septembre 2023"), std::string::npos);
  // The standard-agreement award only (the 115 000 € one goes through an amendment).
  EXPECT_NE(xml.find(euros("63 378,00 €")), std::string::npos);
  EXPECT_EQ(xml.find(euros("115 000,00 €")), std::string::npos);
  EXPECT_NE(xml.find("soixante-trois mille trois cent soixante-dix-huit euros"), std::string::npos);
  // 60 % advance at signature, balance after the review.
  EXPECT_NE(xml.find(euros("38 026,80 €")), std::string::npos);
  EXPECT_NE(xml.find(euros("25 351,20 €")), std::string::npos);
  EXPECT_NE(xml.find("60"), std::string::npos);
  EXPECT_EQ(xml.find("{{"), std::string::npos);
  EXPECT_EQ(xml.find("octroi-"), std::string::npos);
}

TEST(DocumentsTest, ChevalBleuAgreementAsDocx) {
  Result<RenderedDocument> document =
      render(DocumentKind::kAgreement, DocumentFormat::kDocx, "Cheval Bleu");
  ASSERT_TRUE(document.ok()) << document.error().to_string();
  EXPECT_EQ(document->file_name, "convention-cheval-bleu.docx");
  EXPECT_EQ(document->media_type,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect_cheval_bleu_agreement(part(*document, "word/document.xml"));
}

TEST(DocumentsTest, ChevalBleuAgreementAsOdt) {
  Result<RenderedDocument> document =
      render(DocumentKind::kAgreement, DocumentFormat::kOdt, "cheval-bleu");
  ASSERT_TRUE(document.ok()) << document.error().to_string();
  EXPECT_EQ(document->file_name, "convention-cheval-bleu.odt");
  expect_cheval_bleu_agreement(part(*document, "content.xml"));
  EXPECT_EQ(part(*document, "mimetype"), "application/vnd.oasis.opendocument.text");
}

TEST(DocumentsTest, ChevalBleuAgreementAsHtmlWithPrintStylesheet) {
  Result<RenderedDocument> document =
      render(DocumentKind::kAgreement, DocumentFormat::kHtml, "cheval-bleu");
  ASSERT_TRUE(document.ok()) << document.error().to_string();
  expect_cheval_bleu_agreement(document->bytes);
  EXPECT_NE(document->bytes.find("@media print"), std::string::npos);
  EXPECT_NE(document->bytes.find("<html lang=\"fr\">"), std::string::npos);
}

TEST(DocumentsTest, AgreementNeedsOneOrganisation) {
  Result<RenderedDocument> none = render(DocumentKind::kAgreement, DocumentFormat::kOdt);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code(), ErrorCode::kUsage);
  Result<RenderedDocument> unknown =
      render(DocumentKind::kAgreement, DocumentFormat::kOdt, "Licorne");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
  Result<RenderedDocument> several =
      render(DocumentKind::kAgreement, DocumentFormat::kOdt, "Structure");
  ASSERT_FALSE(several.ok());
  EXPECT_EQ(several.error().code(), ErrorCode::kInvalidValue);
  // Passeport Forma's only award goes through an amendment (annex 5).
  Result<RenderedDocument> amendment =
      render(DocumentKind::kAgreement, DocumentFormat::kOdt, "passeport-forma");
  ASSERT_FALSE(amendment.ok());
  EXPECT_EQ(amendment.error().code(), ErrorCode::kInvalidValue);
}

// The Cheval Bleu amendment (annex 6): 40 000 € for 2023 and 115 000 € for
// 2024, advances at 60 % of each: 24 000 € and 69 000 €.
TEST(DocumentsTest, ChevalBleuAmendmentFigures) {
  for (DocumentFormat format :
       {DocumentFormat::kOdt, DocumentFormat::kDocx, DocumentFormat::kHtml}) {
    Result<RenderedDocument> document = render(DocumentKind::kAmendment, format, "Cheval Bleu");
    ASSERT_TRUE(document.ok()) << document.error().to_string();
    const std::string xml = format == DocumentFormat::kHtml  ? document->bytes
                            : format == DocumentFormat::kOdt ? part(*document, "content.xml")
                                                             : part(*document, "word/document.xml");
    for (const char* amount : {"40 000,00 €", "115 000,00 €", "24 000,00 €", "69 000,00 €",
                               "16 000,00 €", "46 000,00 €"}) {
      EXPECT_NE(xml.find(euros(amount)), std::string::npos) << amount;
    }
    EXPECT_NE(xml.find("vingt-quatre mille euros"), std::string::npos);
    EXPECT_NE(xml.find("soixante-neuf mille euros"), std::string::npos);
    EXPECT_NE(xml.find("2023-01628"), std::string::npos);
    EXPECT_NE(xml.find("Le Cheval Bleu"), std::string::npos);
    EXPECT_EQ(xml.find("{{"), std::string::npos);
  }
  Result<RenderedDocument> which = render(DocumentKind::kAmendment, DocumentFormat::kOdt);
  ASSERT_FALSE(which.ok());
  EXPECT_EQ(which.error().code(), ErrorCode::kUsage);
}

// Annex 7: the blanks (xxxx) of the travel-costs agreement filled for one organisation.
TEST(DocumentsTest, TravelAgreementFillsTheBlanks) {
  ProgrammeDataset dataset = reference();
  TravelAgreementRecord travel;
  travel.annex = 7;
  travel.object_period.text = "du 1er janvier au 30 juin 2022";
  travel.object_period.value =
      Period::create(Date::create(2022, 1, 1).value(), Date::create(2022, 6, 30).value()).value();
  dataset.travel_agreement = travel;
  AnnexRow row = support::row("t1-o5-02", 1, 5, "soliha", {}, "210,00 €");
  row.instrument = AnnexInstrument{"Convention annexe 7", "travel_agreement",
                                   LegalInstrument::kSpecificAgreement, 7};
  dataset.rows.push_back(row);
  for (DocumentFormat format : {DocumentFormat::kOdt, DocumentFormat::kDocx}) {
    Result<RenderedDocument> document =
        render_document(dataset, support::parameter_set(), support::session_date(),
                        {DocumentKind::kTravelAgreement, format, "soliha"}, templates());
    ASSERT_TRUE(document.ok()) << document.error().to_string();
    EXPECT_EQ(document->file_name.substr(0, 31), "convention-deplacements-soliha.");
    const std::string xml =
        part(*document, format == DocumentFormat::kOdt ? "content.xml" : "word/document.xml");
    EXPECT_NE(xml.find(euros("210,00 €")), std::string::npos);
    EXPECT_NE(xml.find("deux cent dix euros"), std::string::npos);
    EXPECT_NE(xml.find("Structure soliha"), std::string::npos);
    EXPECT_NE(xml.find("du 1er janvier 2022 au 30 juin 2022"), std::string::npos);
    EXPECT_NE(xml.find("C02-446A05"), std::string::npos);
    EXPECT_NE(xml.find("18 septembre 2023"), std::string::npos);
    EXPECT_EQ(xml.find("xxxx"), std::string::npos);
    EXPECT_EQ(xml.find("{{"), std::string::npos);
  }
  Result<RenderedDocument> html = render_document(
      dataset, support::parameter_set(), support::session_date(),
      {DocumentKind::kTravelAgreement, DocumentFormat::kHtml, "soliha"}, templates());
  ASSERT_TRUE(html.ok()) << html.error().to_string();
  EXPECT_NE(html->bytes.find(euros("210,00 €")), std::string::npos);
  EXPECT_NE(html->bytes.find("deux cent dix euros"), std::string::npos);
  EXPECT_NE(html->bytes.find("C02-446A05"), std::string::npos);
  EXPECT_NE(html->bytes.find("N° ……"), std::string::npos);
  Result<RenderedDocument> standard = render_document(
      dataset, support::parameter_set(), support::session_date(),
      {DocumentKind::kTravelAgreement, DocumentFormat::kOdt, "cab-esi"}, templates());
  ASSERT_FALSE(standard.ok());
  EXPECT_EQ(standard.error().code(), ErrorCode::kInvalidValue);
}

// The deliberation's figures come from the awards: one article per theme with
// its operation count and total, and each budget line's expense and balance.
TEST(DocumentsTest, DeliberationComputesArticlesAndImputations) {
  for (DocumentFormat format : {DocumentFormat::kOdt, DocumentFormat::kDocx}) {
    Result<RenderedDocument> document = render(DocumentKind::kDeliberation, format);
    ASSERT_TRUE(document.ok()) << document.error().to_string();
    const std::string xml =
        part(*document, format == DocumentFormat::kOdt ? "content.xml" : "word/document.xml");
    EXPECT_NE(xml.find("des 5 opérations de la thématique 3"), std::string::npos);
    EXPECT_NE(xml.find(euros("986 014,00 €")), std::string::npos);
    EXPECT_NE(xml.find("neuf cent quatre-vingt-six mille quatorze euros"), std::string::npos);
    // C02-428B04: 2 370 691,00 € available − 986 014,00 € = 1 384 677,00 €.
    EXPECT_NE(xml.find(euros("1 384 677,00 €")), std::string::npos);
    EXPECT_NE(xml.find("2023-405"), std::string::npos);
    EXPECT_EQ(xml.find("{{"), std::string::npos);
  }
}

// The standalone imputation table (kind "budget"): the same computed figures
// as the deliberation's, in ODT, DOCX and HTML.
TEST(DocumentsTest, BudgetDocumentHasTheComputedImputations) {
  for (DocumentFormat format : {DocumentFormat::kOdt, DocumentFormat::kDocx}) {
    Result<RenderedDocument> document = render(DocumentKind::kBudget, format);
    ASSERT_TRUE(document.ok()) << document.error().to_string();
    EXPECT_EQ(document->file_name.rfind("imputations-pas-de-calais-2023-phase4.", 0), 0u);
    const std::string xml =
        part(*document, format == DocumentFormat::kOdt ? "content.xml" : "word/document.xml");
    EXPECT_NE(xml.find("C02-428B04"), std::string::npos);
    EXPECT_NE(xml.find(euros("986 014,00 €")), std::string::npos);
    EXPECT_NE(xml.find(euros("1 384 677,00 €")), std::string::npos);
    EXPECT_EQ(xml.find("{{"), std::string::npos);
  }
  Result<RenderedDocument> html = render(DocumentKind::kBudget, DocumentFormat::kHtml);
  ASSERT_TRUE(html.ok()) << html.error().to_string();
  EXPECT_NE(html->bytes.find(euros("1 384 677,00 €")), std::string::npos);
  EXPECT_NE(html->bytes.find("@media print"), std::string::npos);
}

TEST(DocumentsTest, DeliberationAsHtmlHasItsArticlesAndImputations) {
  Result<RenderedDocument> html = render(DocumentKind::kDeliberation, DocumentFormat::kHtml);
  ASSERT_TRUE(html.ok()) << html.error().to_string();
  EXPECT_EQ(html->media_type.rfind("text/html", 0), 0u);
  EXPECT_NE(html->bytes.find("des 5 opérations de la thématique 3"), std::string::npos);
  EXPECT_NE(html->bytes.find("neuf cent quatre-vingt-six mille quatorze euros"), std::string::npos);
  EXPECT_NE(html->bytes.find("<html lang=\"fr\">"), std::string::npos);
}

TEST(DocumentsTest, AnnexXlsxHasSubtotalFormulas) {
  Result<RenderedDocument> document = render(DocumentKind::kAnnex, DocumentFormat::kXlsx);
  ASSERT_TRUE(document.ok()) << document.error().to_string();
  EXPECT_EQ(document->file_name, "annexe-4-pas-de-calais-2023-phase4.xlsx");
  const std::string sheet = part(*document, "xl/worksheets/sheet1.xml");
  // One SUM per operation (8), one sum of operations per theme (3), one general total.
  EXPECT_EQ(count(sheet, "<f>SUM(D"), 8u) << sheet;
  EXPECT_EQ(count(sheet, "<f>"), 8u + 3 + 1) << sheet;
  // Cached values: the total of theme 3 (every t3 row of the reference set).
  EXPECT_NE(sheet.find("<v>986014</v>"), std::string::npos) << sheet;
  const std::string strings = part(*document, "xl/sharedStrings.xml");
  EXPECT_NE(strings.find("Le Cheval Bleu"), std::string::npos);
  EXPECT_NE(strings.find("TOTAL GÉNÉRAL"), std::string::npos);
}

TEST(DocumentsTest, AnnexOdtAndDocxHaveEveryRowAndTotal) {
  for (DocumentFormat format : {DocumentFormat::kOdt, DocumentFormat::kDocx}) {
    Result<RenderedDocument> document = render(DocumentKind::kAnnex, format);
    ASSERT_TRUE(document.ok()) << document.error().to_string();
    const std::string xml =
        part(*document, format == DocumentFormat::kOdt ? "content.xml" : "word/document.xml");
    for (const char* amount : {"6 875,00 €", "115 000,00 €", "18 000,00 €", "42 000,00 €",
                               "63 378,00 €", "90 000,00 €", "986 014,00 €"}) {
      EXPECT_NE(xml.find(euros(amount)), std::string::npos) << amount;
    }
    EXPECT_EQ(count(xml, "Total opération"), 8u);
    EXPECT_EQ(count(xml, "Total thématique"), 3u);
    EXPECT_EQ(count(xml, "Le Cheval Bleu"), 2u);
    EXPECT_EQ(xml.find("{{"), std::string::npos);
  }
}

TEST(DocumentsTest, ReportXlsxComputesTheRemainingAmount) {
  Result<RenderedDocument> document = render(DocumentKind::kReport, DocumentFormat::kXlsx);
  ASSERT_TRUE(document.ok()) << document.error().to_string();
  const std::string sheet = part(*document, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<f>E5-F5</f><v>1248691</v>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<f>SUM(F5:F5)</f>"), std::string::npos) << sheet;
}

TEST(DocumentsTest, KindsAndFormatsAreParsed) {
  EXPECT_EQ(*parse_kind("agreement"), DocumentKind::kAgreement);
  EXPECT_EQ(*parse_kind("travel-agreement"), DocumentKind::kTravelAgreement);
  EXPECT_EQ(*parse_format("xlsx"), DocumentFormat::kXlsx);
  EXPECT_EQ(parse_kind("convention").error().code(), ErrorCode::kUsage);
  EXPECT_EQ(parse_format("rtf").error().code(), ErrorCode::kUsage);
  Result<RenderedDocument> no_xlsx =
      render(DocumentKind::kAgreement, DocumentFormat::kXlsx, "cheval-bleu");
  ASSERT_FALSE(no_xlsx.ok());
  EXPECT_EQ(no_xlsx.error().code(), ErrorCode::kUsage);
  for (const DocumentKindInfo& info : document_kinds()) {
    EXPECT_EQ(to_key(info.kind), info.key);
  }
}

TEST(DocumentsTest, MissingTemplateIsAnIoError) {
  Result<RenderedDocument> document =
      render_document(reference(), support::parameter_set(), support::session_date(),
                      {DocumentKind::kAnnex, DocumentFormat::kOdt, ""}, "/nonexistent");
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code(), ErrorCode::kIo);
  EXPECT_NE(document.error().message().find("annex.odt"), std::string::npos);
}

class AtomicWriteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ =
        std::filesystem::temp_directory_path() / ("octroi-docs-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder_);
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }
  std::filesystem::path folder_;
};

TEST_F(AtomicWriteTest, WritesAndReplacesLeavingNoTemporary) {
  const std::filesystem::path file = folder_ / "annexe.html";
  ASSERT_TRUE(write_document_atomically({"ancien", "annexe.html", "text/html"}, file).ok());
  ASSERT_TRUE(write_document_atomically({"nouveau", "annexe.html", "text/html"}, file).ok());
  std::ifstream stream(file);
  std::string text((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "nouveau");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder_),
                          std::filesystem::directory_iterator()),
            1);
}

TEST_F(AtomicWriteTest, FailureLeavesNoFile) {
  const std::filesystem::path file = folder_ / "absent" / "annexe.html";
  Status written = write_document_atomically({"contenu", "annexe.html", "text/html"}, file);
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().code(), ErrorCode::kIo);
  EXPECT_FALSE(std::filesystem::exists(file));
  // A folder in the way of the rename: the temporary is removed, nothing else appears.
  const std::filesystem::path in_the_way = folder_ / "dossier";
  std::filesystem::create_directories(in_the_way / "plein");
  Status refused = write_document_atomically({"contenu", "x", "text/html"}, in_the_way);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder_),
                          std::filesystem::directory_iterator()),
            1);
}

TEST(PdfTest, MissingSofficeIsAClearError) {
  ::setenv("OCTROI_SOFFICE", "/nonexistent/soffice", 1);
  Result<RenderedDocument> document =
      render(DocumentKind::kAgreement, DocumentFormat::kPdf, "cheval-bleu");
  ::unsetenv("OCTROI_SOFFICE");
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code(), ErrorCode::kToolMissing);
  EXPECT_NE(document.error().message().find("LibreOffice"), std::string::npos);
}

TEST(PdfTest, AgreementConvertsWithLibreOffice) {
  if (!find_soffice()) GTEST_SKIP() << "soffice absent : conversion PDF non testée";
  Result<RenderedDocument> document =
      render(DocumentKind::kAgreement, DocumentFormat::kPdf, "cheval-bleu");
  ASSERT_TRUE(document.ok()) << document.error().to_string();
  EXPECT_EQ(document->bytes.substr(0, 5), "%PDF-");
  EXPECT_EQ(document->file_name, "convention-cheval-bleu.pdf");
}

}  // namespace
}  // namespace octroi::docs
