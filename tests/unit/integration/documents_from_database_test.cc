// Issue 8: the documents generated from the database hold what the database
// holds. The reference programme is imported into a fresh SQLite base, read
// back as it stands, and its Annex 4 (ODT, DOCX, XLSX), deliberation and the
// Cheval Bleu amendment are generated and opened (unzip + XML): every award
// row's organisation and amount, every operation's and theme's total, the
// articles' amounts and the amendment's figures are in them.
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "../store/temporary_directory.h"
#include "docs/docs.h"
#include "docs/zip_archive.h"
#include "import/dataset_source.h"
#include "import/import.h"
#include "import/stored_dataset.h"
#include "money/format.h"
#include "service/annex_table.h"
#include "service/import_programme.h"
#include "service/session_from_dataset.h"
#include "service/session_text.h"
#include "store/store.h"

namespace octroi {
namespace {

const std::filesystem::path kSource{OCTROI_SOURCE_DIR};
constexpr const char* kProgramme = "pas-de-calais-2023-phase4";

std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t found = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++found;
  }
  return found;
}

// Text as it stands in XML content: &, < and > escaped.
std::string in_xml(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

class DocumentsFromDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto source = read_dataset_source(kSource / "data" / kProgramme);
    ASSERT_TRUE(source.ok()) << source.error().to_string();
    auto folder = load_dataset(*source);
    ASSERT_TRUE(folder.ok()) << folder.error().to_string();
    auto repository = store::open_repository("sqlite:" + (directory_.path() / "o.db").string());
    ASSERT_TRUE(repository.ok()) << repository.error().to_string();
    auto imported = import_programme(**repository, *folder, *source, {}, {"test", "now"});
    ASSERT_TRUE(imported.ok()) << imported.error().to_string();

    DatasetLoadOptions options;
    auto parameters = load_parameters(kSource / "data" / "parameters");
    ASSERT_TRUE(parameters.ok()) << parameters.error().to_string();
    options.parameters = *parameters;
    auto stored = load_stored_dataset(**repository, kProgramme, options);
    ASSERT_TRUE(stored.ok()) << stored.error().to_string();
    dataset_ = std::move(*stored);
    auto set = ParameterSet::create(dataset_.parameters);
    ASSERT_TRUE(set.ok()) << set.error().to_string();
    parameters_ = std::move(*set);
    ASSERT_TRUE(dataset_.session.date.value.has_value());
  }

  std::string content(docs::DocumentKind kind, docs::DocumentFormat format, const std::string& part,
                      const std::string& organisation = "") {
    auto document =
        docs::render_document(dataset_, *parameters_, *dataset_.session.date.value,
                              {kind, format, organisation}, kSource / "data" / "templates");
    EXPECT_TRUE(document.ok()) << document.error().to_string();
    if (!document.ok()) return {};
    auto archive = docs::ZipArchive::read(document->bytes, document->file_name);
    EXPECT_TRUE(archive.ok()) << archive.error().to_string();
    if (!archive.ok() || archive->find(part) == nullptr) return {};
    return archive->find(part)->contents;
  }

  testing::TemporaryDirectory directory_;
  ProgrammeDataset dataset_;
  std::optional<ParameterSet> parameters_;
};

TEST_F(DocumentsFromDatabaseTest, TheAnnexHoldsEveryRowAndEveryTotal) {
  std::vector<AnnexLine> lines;
  std::map<std::string, std::size_t> rows_per_amount;
  for (const AnnexRow& row : dataset_.rows) {
    AnnexLine line;
    line.theme_number = row.theme;
    line.operation_number = row.operation;
    line.operation_id = row.award.operation.key();
    line.amount = row.award.amount;
    lines.push_back(line);
    ++rows_per_amount[format_amount(row.award.amount)];
  }
  auto table = build_annex_table(lines);
  ASSERT_TRUE(table.ok()) << table.error().to_string();
  ASSERT_EQ(table->line_count, 89);

  for (auto [format, part] : {std::pair{docs::DocumentFormat::kOdt, "content.xml"},
                              std::pair{docs::DocumentFormat::kDocx, "word/document.xml"}}) {
    const std::string xml = content(docs::DocumentKind::kAnnex, format, part);
    ASSERT_FALSE(xml.empty());
    // Each amount at least as often as rows carry it (totals may repeat it).
    for (const auto& [amount, rows] : rows_per_amount) {
      EXPECT_GE(occurrences(xml, amount), rows) << part << " " << amount;
    }
    for (const AnnexRow& row : dataset_.rows) {
      const OrganisationEntry* organisation =
          dataset_.find_organisation(row.award.organisation.key());
      ASSERT_NE(organisation, nullptr);
      EXPECT_NE(xml.find(in_xml(organisation->organisation.name)), std::string::npos)
          << part << " " << row.award.id.key();
    }
    for (const AnnexTheme& theme : table->themes) {
      EXPECT_NE(xml.find(format_amount(theme.total)), std::string::npos) << theme.number;
      for (const AnnexOperation& operation : theme.operations) {
        EXPECT_NE(xml.find(format_amount(operation.total)), std::string::npos) << operation.id;
      }
    }
    EXPECT_NE(xml.find(format_amount(table->total)), std::string::npos);
    EXPECT_EQ(format_amount(table->total), "3\u202f519\u202f492,87\u00a0€");
    EXPECT_EQ(xml.find("{{"), std::string::npos);
  }

  // The XLSX: one cached value per row amount, and the general total.
  const std::string sheet =
      content(docs::DocumentKind::kAnnex, docs::DocumentFormat::kXlsx, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<v>3519492.87</v>"), std::string::npos);
  EXPECT_EQ(occurrences(sheet, "<f>SUM(D"), 26U);  // one per operation
}

TEST_F(DocumentsFromDatabaseTest, TheDeliberationStatesEachThemesAmount) {
  const std::string xml =
      content(docs::DocumentKind::kDeliberation, docs::DocumentFormat::kOdt, "content.xml");
  for (const char* amount : {"783\u202f128,51\u00a0€", "1\u202f614\u202f364,36\u00a0€",
                             "1\u202f122\u202f000,00\u00a0€"}) {
    EXPECT_NE(xml.find(amount), std::string::npos) << amount;
  }
  EXPECT_NE(xml.find("des 7 opérations de la thématique 1"), std::string::npos);
  EXPECT_NE(xml.find("des 12 opérations de la thématique 2"), std::string::npos);
}

TEST_F(DocumentsFromDatabaseTest, TheChevalBleuAmendmentHasItsFigures) {
  const std::string xml = content(docs::DocumentKind::kAmendment, docs::DocumentFormat::kDocx,
                                  "word/document.xml", "cheval-bleu");
  ASSERT_FALSE(xml.empty());
  for (const char* amount :
       {"40\u202f000,00\u00a0€", "115\u202f000,00\u00a0€", "24\u202f000,00\u00a0€",
        "69\u202f000,00\u00a0€", "16\u202f000,00\u00a0€", "46\u202f000,00\u00a0€"}) {
    EXPECT_NE(xml.find(amount), std::string::npos) << amount;
  }
  EXPECT_NE(xml.find("2023-01628"), std::string::npos);
}

// Issue 13: once the sitting is recorded, the deliberation prints the heading,
// recusals and vote generated from it; before, as session.yaml prints them.
TEST_F(DocumentsFromDatabaseTest, TheDeliberationPrintsTheRecordedSitting) {
  const std::string odt_part = "content.xml";
  const std::string printed =
      content(docs::DocumentKind::kDeliberation, docs::DocumentFormat::kOdt, odt_part);
  EXPECT_NE(printed.find("Étaient présents : M. Jean-Claude LEROY"), std::string::npos);
  EXPECT_NE(printed.find("intéressés à l'affaire et excusés"), std::string::npos);  // as printed

  const std::string url = "sqlite:" + (directory_.path() / "o.db").string();
  auto sessions = store::open_session_repository(url);
  ASSERT_TRUE(sessions.ok()) << sessions.error().to_string();
  auto bundle = session_bundle_from_dataset(dataset_);
  ASSERT_TRUE(bundle.ok()) << bundle.error().to_string();
  ASSERT_TRUE((*sessions)->record(*bundle, {"test", "now"}).ok());
  auto sitting = recorded_sitting_text(**sessions, kProgramme, funded_organisations(dataset_));
  ASSERT_TRUE(sitting.ok()) << sitting.error().to_string();
  ASSERT_TRUE(sitting->has_value());
  EXPECT_FALSE(recorded_sitting_text(**sessions, "another-programme", {})->has_value());

  for (auto format : {docs::DocumentFormat::kOdt, docs::DocumentFormat::kHtml}) {
    docs::DocumentRequest request{docs::DocumentKind::kDeliberation, format, ""};
    request.sitting = *sitting;
    auto document = docs::render_document(dataset_, *parameters_, *dataset_.session.date.value,
                                          request, kSource / "data" / "templates");
    ASSERT_TRUE(document.ok()) << document.error().to_string();
    std::string text = document->bytes;
    if (format == docs::DocumentFormat::kOdt) {
      auto archive = docs::ZipArchive::read(document->bytes, document->file_name);
      ASSERT_TRUE(archive.ok());
      text = archive->find(odt_part)->contents;
    }
    EXPECT_NE(text.find("REUNION DU 18 SEPTEMBRE 2023"), std::string::npos);
    EXPECT_NE(text.find(in_xml("Excusé(s) : Mme Bénédicte MESSEANNE-GROBELNY")), std::string::npos);
    // Generated: the attendance list has them absent, not excused.
    EXPECT_NE(text.find("affaire et absents"), std::string::npos);
    EXPECT_EQ(text.find("affaire et excusés"), std::string::npos);
    EXPECT_NE(text.find("Pour : 36 voix"), std::string::npos);
    EXPECT_NE(text.find("(Adopté)"), std::string::npos);
  }
}

}  // namespace
}  // namespace octroi
