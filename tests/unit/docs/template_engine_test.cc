// TemplateEngine: placeholders split by word processors, blocks inline, over
// paragraphs and over table rows, and the errors of bad templates.
#include "docs/template_engine.h"

#include <string>

#include <gtest/gtest.h>

#include "docs/zip_archive.h"

namespace octroi::docs {
namespace {

std::string docx(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:body>" +
         body + "</w:body></w:document>";
}

std::string odt(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<office:document-content "
         "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
         "<office:body><office:text>" +
         body + "</office:text></office:body></office:document-content>";
}

std::string run(const std::string& text, const std::string& properties = "") {
  return "<w:r>" + (properties.empty() ? "" : "<w:rPr>" + properties + "</w:rPr>") +
         "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

std::string paragraph(const std::string& runs) { return "<w:p>" + runs + "</w:p>"; }

std::string row(const std::vector<std::string>& cells) {
  std::string out = "<w:tr>";
  for (const std::string& cell : cells) out += "<w:tc>" + paragraph(run(cell)) + "</w:tc>";
  return out + "</w:tr>";
}

TemplateData cheval_bleu() {
  TemplateData data;
  data.set("organisation.name", "Le Cheval Bleu");
  data.set("organisation.siret", "48054398200023");
  data.set("organisation.empowered_on", "");
  data.set("total", "113 378,00 €");
  for (const auto& [operation, amount] :
       {std::pair{"accompagnement spécifique", "50 000,00 €"}, std::pair{"MLI", "63 378,00 €"}}) {
    TemplateData award;
    award.set("operation", operation);
    award.set("amount", amount);
    data.list("awards").push_back(award);
  }
  data.list("nothing");
  return data;
}

std::string fill(const std::string& xml, const TemplateData& data = cheval_bleu(),
                 TemplateDialect dialect = TemplateDialect::kDocx) {
  Result<std::string> out = fill_xml(xml, dialect, "modèle « test.docx », partie document", data);
  EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().to_string());
  return out.ok() ? *out : std::string();
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++found;
  }
  return found;
}

TEST(TemplateEngineTest, FillsAPlaceholderInOneRun) {
  const std::string out = fill(docx(paragraph(run("Structure : {{organisation.name}}."))));
  EXPECT_NE(out.find("Structure : Le Cheval Bleu."), std::string::npos) << out;
  EXPECT_EQ(out.find("{{"), std::string::npos);
}

TEST(TemplateEngineTest, MergesAPlaceholderSplitAcrossRuns) {
  // What Word writes after the placeholder was typed in two goes.
  const std::string out =
      fill(docx(paragraph(run("Bonjour {{organ") + run("isation.") + run("name}} !"))));
  EXPECT_NE(out.find("Bonjour Le Cheval Bleu</w:t>"), std::string::npos) << out;
  EXPECT_NE(out.find("> !</w:t>"), std::string::npos) << out;
}

TEST(TemplateEngineTest, StyledHalvesTakeTheStyleOfTheFirstRun) {
  const std::string out = fill(docx(paragraph(run("{{organisation.", "<w:b/>") +
                                              run("name}}", "<w:b/><w:i/>") + run(", SIRET"))));
  EXPECT_NE(out.find("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Le Cheval Bleu</w:t>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(", SIRET"), std::string::npos);
}

TEST(TemplateEngineTest, MergesBracesSplitFromTheName) {
  const std::string out =
      fill(docx(paragraph(run("{") + run("{organisation.name}") + run("}") + run(" fin"))));
  EXPECT_NE(out.find("Le Cheval Bleu"), std::string::npos) << out;
  EXPECT_EQ(out.find('{'), std::string::npos) << out;
}

TEST(TemplateEngineTest, MergesOdtSpansInsideAPlaceholder) {
  const std::string out =
      fill(odt("<text:p>Nom : {{organisation.<text:span text:style-name=\"T1\">na</text:span>me}}"
               "</text:p>"),
           cheval_bleu(), TemplateDialect::kOdt);
  EXPECT_NE(out.find("Nom : Le Cheval Bleu"), std::string::npos) << out;
  EXPECT_EQ(out.find("{{"), std::string::npos);
}

TEST(TemplateEngineTest, EscapesValuesForXml) {
  TemplateData data;
  data.set("name", "A & B <C>");
  const std::string out = fill(docx(paragraph(run("{{name}}"))), data);
  EXPECT_NE(out.find("A &amp; B &lt;C&gt;"), std::string::npos) << out;
}

TEST(TemplateEngineTest, InlineConditionals) {
  const std::string out = fill(
      docx(paragraph(run("{{#if organisation.siret}}SIRET {{organisation.siret}}{{/if}}") +
                     run(" ; {{#if organisation.empowered_on}}autorisé{{else}}sans date{{/if}}") +
                     run(" ; {{#if awards}}avec {{/if}}{{#if nothing}}rien{{/if}}."))));
  EXPECT_NE(out.find("SIRET 48054398200023"), std::string::npos) << out;
  EXPECT_NE(out.find("sans date"), std::string::npos) << out;
  EXPECT_EQ(out.find("autorisé"), std::string::npos) << out;
  EXPECT_NE(out.find("avec ."), std::string::npos) << out;
}

TEST(TemplateEngineTest, InlineBlockSplitAcrossStyledRuns) {
  const std::string out =
      fill(docx(paragraph(run("{{#if organisation.siret}}", "<w:b/>") + run("SIRET ") +
                          run("{{organisation.siret}}{{/if}}", "<w:i/>") + run("."))));
  EXPECT_NE(out.find("SIRET 48054398200023"), std::string::npos) << out;
  EXPECT_EQ(out.find("{{"), std::string::npos) << out;
}

TEST(TemplateEngineTest, ParagraphBlocksRepeatAndDrop) {
  const std::string out = fill(docx(
      paragraph(run("{{#each awards}}")) +
      paragraph(run("{{operation}} : ") + run("{{amount}}", "<w:b/>")) +
      paragraph(run("{{/each}}")) + paragraph(run("{{#if nothing}}")) + paragraph(run("caché")) +
      paragraph(run("{{else}}")) + paragraph(run("montré")) + paragraph(run("{{/if}}"))));
  EXPECT_NE(out.find("accompagnement spécifique : "), std::string::npos) << out;
  EXPECT_NE(out.find("MLI : "), std::string::npos) << out;
  EXPECT_LT(out.find("accompagnement spécifique"), out.find("MLI"));
  EXPECT_EQ(count(out, "<w:p>"), 3u) << out;
  EXPECT_EQ(out.find("caché"), std::string::npos);
  EXPECT_NE(out.find("montré"), std::string::npos);
}

TEST(TemplateEngineTest, RepeatsTableRows) {
  const std::string out = fill(docx("<w:tbl>" + row({"Opération", "Montant"}) +
                                    row({"{{#each awards}}{{operation}}", "{{amount}}{{/each}}"}) +
                                    row({"Total", "{{total}}"}) + "</w:tbl>"));
  EXPECT_EQ(count(out, "<w:tr>"), 4u) << out;
  const std::size_t first = out.find("accompagnement spécifique");
  const std::size_t second = out.find("63 378,00 €");
  const std::size_t total = out.find("113 378,00 €");
  ASSERT_NE(first, std::string::npos) << out;
  EXPECT_LT(first, second);
  EXPECT_LT(second, total);
  EXPECT_EQ(out.find("octroi-"), std::string::npos) << out;
}

TEST(TemplateEngineTest, RepeatsNestedGroupsOfRows) {
  TemplateData data;
  for (int theme = 1; theme <= 2; ++theme) {
    TemplateData theme_data;
    theme_data.set("theme", "T" + std::to_string(theme));
    for (int operation = 1; operation <= 2; ++operation) {
      TemplateData operation_data;
      operation_data.set("operation", "O" + std::to_string(theme) + std::to_string(operation));
      for (int line = 1; line <= 3; ++line) {
        TemplateData line_data;
        line_data.set("line", "L" + std::to_string(line));
        operation_data.list("lines").push_back(line_data);
      }
      theme_data.list("operations").push_back(operation_data);
    }
    data.list("themes").push_back(theme_data);
  }
  const std::string out = fill(docx("<w:tbl>" + row({"{{#each themes}}{{theme}}", ""}) +
                                    row({"{{#each operations}}{{operation}}", ""}) +
                                    row({"{{#each lines}}{{operation}}/{{line}}", "{{/each}}"}) +
                                    row({"total {{operation}}", "{{/each}}"}) +
                                    row({"total {{theme}}", "{{/each}}"}) + "</w:tbl>"),
                               data);
  // 2 themes × (header + total) + 4 operations × (header + total) + 12 lines.
  EXPECT_EQ(count(out, "<w:tr>"), 2u * 2 + 4 * 2 + 12) << out;
  EXPECT_NE(out.find("O22/L3"), std::string::npos) << out;
  EXPECT_LT(out.find("total O11"), out.find("O12/L1"));
  EXPECT_LT(out.find("total T1"), out.find(">T2<"));
}

// Found by template_fill_fuzz: a template setting the engine's marker attributes itself.
TEST(TemplateEngineTest, MarkerAttributesInTheTemplateAreIgnored) {
  const std::string out = fill(docx("<w:p octroi-open=\"0\">" + run("a") + "</w:p>" +
                                    "<w:p octroi-close=\"0\">" + run("{{total}}") + "</w:p>"));
  EXPECT_NE(out.find(">a<"), std::string::npos) << out;
  EXPECT_NE(out.find("113 378,00 €"), std::string::npos) << out;
  EXPECT_EQ(out.find("octroi-"), std::string::npos) << out;
}

TEST(TemplateEngineTest, UnknownPlaceholderNamesTemplateAndPlaceholder) {
  Result<std::string> out =
      fill_xml(docx(paragraph(run("{{organisation.") + run("nom}}"))), TemplateDialect::kDocx,
               "modèle « agreement.docx », partie word/document.xml", cheval_bleu());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code(), ErrorCode::kTemplateUnknownName);
  EXPECT_NE(out.error().message().find("agreement.docx"), std::string::npos);
  EXPECT_NE(out.error().message().find("{{organisation.nom}}"), std::string::npos)
      << out.error().message();
}

TEST(TemplateEngineTest, ListUsedAsTextIsRefused) {
  Result<std::string> out = fill_xml(docx(paragraph(run("{{awards}}"))), TemplateDialect::kDocx,
                                     "modèle « a.docx »", cheval_bleu());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code(), ErrorCode::kTemplateUnknownName);
  EXPECT_NE(out.error().message().find("est une liste"), std::string::npos);
}

TEST(TemplateEngineTest, UnclosedBlockIsRefused) {
  Result<std::string> out =
      fill_xml(docx(paragraph(run("{{#each awards}}")) + paragraph(run("{{operation}}"))),
               TemplateDialect::kDocx, "modèle « agreement.docx »", cheval_bleu());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code(), ErrorCode::kTemplateSyntax);
  EXPECT_NE(out.error().message().find("agreement.docx"), std::string::npos);
  EXPECT_NE(out.error().message().find("{{#each awards}}"), std::string::npos);
  EXPECT_NE(out.error().message().find("jamais fermé"), std::string::npos) << out.error().message();
}

TEST(TemplateEngineTest, UnclosedPlaceholderIsRefused) {
  Result<std::string> out =
      fill_xml(docx(paragraph(run("Nom : {{organisation.name"))), TemplateDialect::kDocx,
               "modèle « agreement.docx »", cheval_bleu());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code(), ErrorCode::kTemplateSyntax);
  EXPECT_NE(out.error().message().find("{{organisation.name"), std::string::npos)
      << out.error().message();
}

TEST(TemplateEngineTest, MismatchedAndStrayClosingTagsAreRefused) {
  for (const std::string& body :
       {paragraph(run("{{/each}}")), paragraph(run("{{#if awards}}")) + paragraph(run("{{/each}}")),
        paragraph(run("{{#if awards}}x{{/each}}")), paragraph(run("{{else}}")),
        paragraph(run("texte {{#if awards}}")) + paragraph(run("{{/if}}")),
        paragraph(run("{{#bad}}"))}) {
    Result<std::string> out =
        fill_xml(docx(body), TemplateDialect::kDocx, "modèle « x.docx »", cheval_bleu());
    ASSERT_FALSE(out.ok()) << body;
    EXPECT_EQ(out.error().code(), ErrorCode::kTemplateSyntax) << body;
  }
}

TEST(TemplateEngineTest, MalformedXmlIsRefused) {
  Result<std::string> out =
      fill_xml("<w:document><w:p>", TemplateDialect::kDocx, "modèle « x.docx »", cheval_bleu());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code(), ErrorCode::kArchiveInvalid);
}

TEST(TemplateEngineTest, FillsEveryTextPartOfAnArchive) {
  ZipArchive archive;
  archive.add("[Content_Types].xml", "<Types/>");
  archive.add("word/document.xml", docx(paragraph(run("{{organisation.name}}"))));
  archive.add("word/header1.xml", docx(paragraph(run("{{total}}"))));
  archive.add("word/media/image1.png", std::string("\x89PNG{{not a tag", 14));
  Result<std::string> filled = fill_template(*archive.write(), "a.docx", cheval_bleu());
  ASSERT_TRUE(filled.ok()) << filled.error().to_string();
  Result<ZipArchive> out = ZipArchive::read(*filled, "out");
  ASSERT_TRUE(out.ok());
  EXPECT_NE(out->find("word/document.xml")->contents.find("Le Cheval Bleu"), std::string::npos);
  EXPECT_NE(out->find("word/header1.xml")->contents.find("113 378,00 €"), std::string::npos);
  EXPECT_EQ(out->find("word/media/image1.png")->contents, std::string("\x89PNG{{not a tag", 14));
}

TEST(TemplateEngineTest, NotAZipIsRefusedNamingTheTemplate) {
  Result<std::string> out = fill_template("bonjour", "agreement.docx", cheval_bleu());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code(), ErrorCode::kArchiveInvalid);
  EXPECT_NE(out.error().message().find("agreement.docx"), std::string::npos);
}

}  // namespace
}  // namespace octroi::docs
