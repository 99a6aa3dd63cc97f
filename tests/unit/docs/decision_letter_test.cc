// Issue 12: the decision letter of each applicant from data/templates/
// decision.odt and .docx (and as HTML): the award with its amount in figures
// and words and the agreement to come, or the refusal with its reason —
// never both, no tag left unfilled.
#include "docs/decision_letter.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "calendar/parse.h"
#include "docs/zip_archive.h"

namespace octroi::docs {
namespace {

Date day(std::string_view text) { return parse_date(text).value(); }

std::filesystem::path templates() {
  return std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "templates";
}

DecisionLetter award() {
  DecisionLetter letter{.session_date = day("2023-09-18")};
  letter.authority = "Département du Pas-de-Calais";
  letter.seat = "ARRAS";
  letter.call_title = "Appels à projets des politiques d'inclusion durable 2023 - phase 4";
  letter.session_body = "Commission Permanente";
  letter.deliberation_number = "2023-405";
  letter.report_number = "70";
  letter.organisation_name = "Le Cheval Bleu";
  letter.siret = "480 543 982 00023";
  letter.receipt = "AAP-2023-PHASE4-00042";
  letter.submitted_on = day("2023-06-20");
  letter.action_title = "40 places d'accompagnement";
  letter.theme = 1;
  letter.theme_title = "Accompagnement des bénéficiaires du RSA";
  letter.operation = 6;
  letter.operation_title = "accompagnement spécifique";
  letter.requested = Amount::from_euros(20000).value();
  letter.awarded = true;
  letter.amount = Amount::from_cents(1'800'050);
  letter.period = Period::create(day("2023-09-01"), day("2024-08-31")).value();
  return letter;
}

DecisionLetter refusal() {
  DecisionLetter letter = award();
  letter.awarded = false;
  letter.amount = Amount::zero();
  letter.refusal_reason = "action déjà financée par le fonds social européen";
  letter.receipt = "AAP-2023-PHASE4-00043";
  return letter;
}

std::string text_of(const RenderedDocument& document, DocumentFormat format) {
  if (format == DocumentFormat::kHtml) return document.bytes;
  Result<ZipArchive> archive = ZipArchive::read(document.bytes, document.file_name);
  EXPECT_TRUE(archive.ok());
  const char* part = format == DocumentFormat::kOdt ? "content.xml" : "word/document.xml";
  if (!archive.ok() || archive->find(part) == nullptr) return {};
  return archive->find(part)->contents;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(DecisionLetter, AnAwardSaysTheAmountVotedAndTheAgreementToCome) {
  for (DocumentFormat format :
       {DocumentFormat::kOdt, DocumentFormat::kDocx, DocumentFormat::kHtml}) {
    SCOPED_TRACE(std::string(to_key(format)));
    auto document = render_decision_letter(award(), day("2023-09-25"), format, templates());
    ASSERT_TRUE(document.ok()) << document.error().to_string();
    EXPECT_EQ(document->file_name, "decision-AAP-2023-PHASE4-00042." + std::string(to_key(format)));
    const std::string text = text_of(*document, format);
    EXPECT_TRUE(has(text, "ARRAS, le 25 septembre 2023")) << text;
    EXPECT_TRUE(has(text, "480 543 982 00023"));
    EXPECT_TRUE(has(text, "votre demande AAP-2023-PHASE4-00042"));
    EXPECT_TRUE(has(text, "déposé le 20 juin 2023"));
    EXPECT_TRUE(has(text, "opération 6 : accompagnement spécifique"));
    EXPECT_TRUE(has(text,
                    "la Commission Permanente, réunie le 18 septembre 2023, a décidé par "
                    "délibération n°2023-405"));
    EXPECT_TRUE(has(text, "18\u202F000,50\u00A0€"));
    EXPECT_TRUE(has(text, "dix-huit mille euros et cinquante centimes"));
    EXPECT_TRUE(has(text, "du 1er septembre 2023 au 31 août 2024"));
    EXPECT_TRUE(has(text, "Une convention précisant"));
    EXPECT_FALSE(has(text, "regret"));
    EXPECT_FALSE(has(text, "{{"));
  }
}

TEST(DecisionLetter, ARefusalSaysWhyAndNothingOfAnAward) {
  for (DocumentFormat format :
       {DocumentFormat::kOdt, DocumentFormat::kDocx, DocumentFormat::kHtml}) {
    SCOPED_TRACE(std::string(to_key(format)));
    auto document = render_decision_letter(refusal(), day("2023-09-25"), format, templates());
    ASSERT_TRUE(document.ok()) << document.error().to_string();
    const std::string text = text_of(*document, format);
    EXPECT_TRUE(has(text, "n'a pas retenu votre demande (délibération n°2023-405)")) << text;
    EXPECT_TRUE(has(text, "Motif : action déjà financée par le fonds social européen."));
    EXPECT_FALSE(has(text, "plaisir"));
    EXPECT_FALSE(has(text, "Une convention"));
    EXPECT_FALSE(has(text, "{{"));
  }
}

TEST(DecisionLetter, OnlyTextFormatsAndAnEscapedPage) {
  auto xlsx =
      render_decision_letter(award(), day("2023-09-25"), DocumentFormat::kXlsx, templates());
  ASSERT_FALSE(xlsx.ok());
  EXPECT_EQ(xlsx.error().code(), ErrorCode::kUsage);
  DecisionLetter odd = award();
  odd.organisation_name = "<script>alert(1)</script> & Cie";
  auto html = render_decision_letter(odd, day("2023-09-25"), DocumentFormat::kHtml, templates());
  ASSERT_TRUE(html.ok());
  EXPECT_FALSE(has(html->bytes, "<script>"));
  EXPECT_TRUE(has(html->bytes, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie"));
  auto missing = render_decision_letter(award(), day("2023-09-25"), DocumentFormat::kOdt,
                                        std::filesystem::path("/nonexistent"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kIo);
}

}  // namespace
}  // namespace octroi::docs
