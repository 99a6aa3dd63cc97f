// The deliberation text reader (src/import/text/): importing the reference
// text gives the awards of the hand-written reference dataset, row by row;
// a never-seen document (tests/corpus/deliberation_text/) imports with its
// declared totals reconciled and its unparsed lines listed.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "import/import.h"
#include "import/text/annex_text_reader.h"
#include "money/format.h"
#include "money/parse.h"
#include "money/quantity.h"
#include "reference_fixture.h"

namespace octroi {
namespace {

using testing_import::from_text;
using testing_import::hand_written;
using testing_import::kReferenceFolder;
using testing_import::kReferenceText;
// At the root of tests/corpus/ (a file, not a folder: the corpus harness
// gives each folder of tests/corpus/ to a registered parser of bad inputs).
const std::filesystem::path kCorpus = std::filesystem::path(OCTROI_SOURCE_DIR) / "tests" / "corpus";

std::string read(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream content;
  content << stream.rdbuf();
  return content.str();
}

std::string quantities_of(const std::vector<PrintedQuantity>& quantities) {
  std::string result;
  for (const PrintedQuantity& quantity : quantities) {
    result += quantity.quantity.text + " " + quantity.unit + ";";
  }
  return result;
}

std::string period_of(const std::optional<Printed<Period>>& period) {
  if (!period) return "-";
  return period->text + (period->unparseable ? " (illisible)" : "") +
         (period->value ? " " + period->value->start().iso() + "/" + period->value->end().iso()
                        : "");
}

TEST(DeliberationText, ReadsTheReferenceIdentity) {
  const ProgrammeIdentity& identity = from_text().dataset.programme;
  const ProgrammeIdentity& hand = hand_written().programme;
  EXPECT_EQ(identity.programme.id.key(), "deliberation-cp-2023-09-18-n2023-405");
  EXPECT_EQ(identity.title.printed, hand.title.printed);
  EXPECT_EQ(identity.title.source, hand.title.source);
  EXPECT_EQ(identity.deliberation_number, hand.deliberation_number);
  EXPECT_EQ(identity.report_number, hand.report_number);
  EXPECT_EQ(identity.session_body_key, hand.session_body_key);
  EXPECT_EQ(identity.session_date.value, hand.session_date.value);
  EXPECT_EQ(identity.authority_printed, hand.authority_printed);
  EXPECT_EQ(identity.programme.year, hand.programme.year);
  EXPECT_EQ(identity.programme.phase, hand.programme.phase);
  EXPECT_EQ(identity.programme.authority, hand.programme.authority);
  // The call's name is the transcriber's wording in programme.yaml; the text
  // reader uses the printed title.
  EXPECT_EQ(identity.programme.call, identity.title.printed);
}

// Everything the text gives about an award row, one field per line.
std::string describe(const AnnexRow& row) {
  std::string text;
  auto field = [&](std::string_view name, const std::string& value) {
    text += std::string(name) + " = " + value + "\n";
  };
  field("id", row.award.id.key());
  field("line", std::to_string(row.source.line));
  field("order", std::to_string(row.order));
  field("theme/operation", std::to_string(row.theme) + "/" + std::to_string(row.operation));
  field("operation id", row.award.operation.key());
  field("organisation", row.organisation.printed);
  field("territory", row.territory.printed + " -> " + row.territory.scope.key());
  field("description", row.description.value_or("(vide)"));
  field("amount", row.amount.text + " -> " +
                      (row.amount.value ? format_amount(*row.amount.value) : std::string("-")));
  field("award amount", format_amount(row.award.amount));
  field("quantities", quantities_of(row.quantities));
  field("award quantity", row.award.quantity ? format_quantity(row.award.quantity->value) + " " +
                                                   std::string(to_key(row.award.quantity->unit))
                                             : std::string("-"));
  field("period", period_of(row.period));
  field("instrument", row.instrument ? row.instrument->printed + " " + row.instrument->kind_key +
                                           " " + std::to_string(row.instrument->annex.value_or(0))
                                     : std::string("(absent)"));
  field("award instrument", std::string(to_key(row.award.instrument)));
  return text;
}

// Every award row of the hand-written dataset, compared field by field with
// the row the text reader built from the same printed line. Not compared, as
// the text cannot give them: organisation ids (chosen by hand, see
// GroupsRowsByOrganisationAsTheReference), the transcriber's notes (on
// territories: « Faute d'impression pour … », the LENS HENIN reading; on
// periods: why 31/11 is impossible) and rows' `notes`.
TEST(DeliberationText, GivesTheReferenceAwardsRowByRow) {
  const ProgrammeDataset& hand = hand_written();
  const DeliberationTextImport& text = from_text();
  ASSERT_EQ(text.dataset.rows.size(), hand.rows.size());
  int matching = 0;
  for (std::size_t i = 0; i < hand.rows.size(); ++i) {
    const std::string expected = describe(hand.rows[i]);
    const std::string actual = describe(text.dataset.rows[i]);
    EXPECT_EQ(actual, expected);
    if (actual == expected) ++matching;
  }
  EXPECT_EQ(matching, 89);
}

TEST(DeliberationText, GivesTheReferenceDeclaredTotals) {
  const ProgrammeDataset& hand = hand_written();
  const DeliberationTextImport& text = from_text();
  testing_import::expect_same_totals(text.dataset.totals, hand.totals);
  ASSERT_EQ(text.dataset.totals.size(), hand.totals.size());
  for (std::size_t i = 0; i < hand.totals.size(); ++i) {
    // The text gives the printed amount and its line too.
    EXPECT_EQ(text.dataset.totals[i].amount.text, hand.totals[i].amount.text);
    EXPECT_EQ(text.dataset.totals[i].source, hand.totals[i].source);
  }
  // All the reference's printed totals are arithmetically right (NOTES.md 1).
  EXPECT_TRUE(text.mismatches.empty());
}

// Organisations: the text reader derives ids from names and merges names that
// fold alike ("PASSEPORT FORMA", "Passeport Forma"); the hand-written dataset
// chose ids by hand ("fjep" for "Mamobilité62 : plateforme de mobilité FJEP")
// and merged some names by knowledge of the organisations. Compared here: which
// rows share an organisation.
TEST(DeliberationText, GroupsRowsByOrganisationAsTheReference) {
  const ProgrammeDataset& hand = hand_written();
  const DeliberationTextImport& text = from_text();
  ASSERT_EQ(text.dataset.rows.size(), hand.rows.size());
  std::map<std::string, std::set<std::string>> hand_groups;
  std::map<std::string, std::set<std::string>> text_groups;
  for (std::size_t i = 0; i < hand.rows.size(); ++i) {
    hand_groups[hand.rows[i].organisation.id.key()].insert(hand.rows[i].award.id.key());
    text_groups[text.dataset.rows[i].organisation.id.key()].insert(
        text.dataset.rows[i].award.id.key());
  }
  std::set<std::set<std::string>> hand_partition;
  std::set<std::set<std::string>> text_partition;
  for (const auto& [id, rows] : hand_groups) hand_partition.insert(rows);
  for (const auto& [id, rows] : text_groups) text_partition.insert(rows);
  std::set<std::string> differences;
  for (const auto& [id, rows] : hand_groups) {
    if (text_partition.count(rows) == 0) differences.insert(id);
  }
  // The hand-written dataset knows that two different printed names are one
  // organisation; the text gives no way to tell:
  //   adefi: « Mamobilité62 : plateforme de mobilité ADEFI » (l. 976) and « ADEFI » (l. 1005);
  //   fjep:  « Foyer de Jeunes et d'Education Populaire » (l. 930) and « Mamobilité62 :
  //          plateforme de mobilité FJEP » (l. 974);
  //   mjep:  « Maison de la Jeunesse et d'Education Populaire » (l. 933) and « MJEP » (l. 979).
  // The text reader makes two organisations of each; every other grouping is the same.
  EXPECT_EQ(differences, (std::set<std::string>{"adefi", "fjep", "mjep"}));
  EXPECT_EQ(text.dataset.organisations.size(), hand_groups.size() + 3);
  // Every organisation the text reader made is referenced, and has a valid id.
  for (const OrganisationEntry& entry : text.dataset.organisations) {
    EXPECT_TRUE(text_groups.count(entry.organisation.id.key()) == 1) << entry.organisation.name;
  }
}

TEST(DeliberationText, AccountsForEveryLineOfTheAnnex) {
  const DeliberationTextImport& text = from_text();
  EXPECT_EQ(text.annex_from_line, 921);
  EXPECT_EQ(text.annex_to_line, 1050);
  EXPECT_EQ(static_cast<int>(text.kinds.size()), text.annex_to_line - text.annex_from_line + 1);
  for (const UnparsedLine& line : text.unparsed) {
    ADD_FAILURE() << "ligne " << line.line << " : " << line.reason;
  }
  // The one impossible date of the annex (31/11/2024, l. 985) is imported
  // flagged, and reported.
  ASSERT_EQ(text.unreadable.size(), 1U);
  EXPECT_EQ(text.unreadable[0].line, 985);
}

// Articles 1 to 3 state each theme's total; they agree with the annex
// (article 3 prints « 1 122 000 € » without cents). The attendance lists of
// the top of the deliberation are read with their names as printed.
TEST(DeliberationText, ReadsArticleTotalsAndAttendance) {
  const DeliberationTextImport& text = from_text();
  ASSERT_EQ(text.article_totals.size(), 3U);
  EXPECT_EQ(text.article_totals[0].article, 1);
  EXPECT_EQ(text.article_totals[0].theme, 1);
  EXPECT_EQ(text.article_totals[0].amount.value, parse_amount("783 128,51 €").value());
  EXPECT_EQ(text.article_totals[2].amount.text, "1 122 000 €");
  EXPECT_EQ(text.article_totals[2].amount.line, 80);
  ASSERT_EQ(text.attendance.size(), 5U);
  EXPECT_EQ(text.attendance[0].status, "present");
  EXPECT_EQ(text.attendance[0].names.front(), "M. Jean-Claude LEROY");
  EXPECT_EQ(text.attendance[1].status, "excused");
  EXPECT_EQ(text.attendance[1].names.back(), "M. Frédéric MELCHIOR");
  EXPECT_EQ(text.attendance[2].status, "absent");
  EXPECT_EQ(text.attendance[2].names.size(), 3U);
  EXPECT_EQ(text.attendance[3].status, "attending_non_voting");
  EXPECT_EQ(text.attendance[4].status, "excused_non_voting");
  // The hand-written session.yaml holds the same lists, name by name.
  const ProgrammeDataset& hand = hand_written();
  ASSERT_EQ(hand.session.attendance.size(), text.attendance.size());
  for (std::size_t i = 0; i < text.attendance.size(); ++i) {
    EXPECT_EQ(hand.session.attendance[i].source.line, text.attendance[i].line);
    ASSERT_EQ(hand.session.attendance[i].members.size(), text.attendance[i].names.size()) << i;
    for (std::size_t j = 0; j < text.attendance[i].names.size(); ++j) {
      EXPECT_EQ(hand.session.attendance[i].members[j].printed, text.attendance[i].names[j]);
    }
  }
}

TEST(DeliberationText, LoadsBackFromItsStoredCopy) {
  Result<DatasetSource> source = read_text_source(kReferenceText);
  ASSERT_TRUE(source.ok());
  Result<ProgrammeDataset> loaded =
      load_dataset_files("deliberation-cp-2023-09-18-n2023-405.txt", source->files);
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(loaded->rows.size(), 89U);
  EXPECT_EQ(loaded->programme.programme.id.key(), "deliberation-cp-2023-09-18-n2023-405");
  // The digest does not depend on the file name.
  EXPECT_EQ(source->digest,
            digest_files({{std::string(kDeliberationTextFile), read(kReferenceText)}}));
}

TEST(DeliberationText, DetectsTheKindOfInput) {
  EXPECT_EQ(detect_import_input(kReferenceFolder).value(), ImportInputKind::kDatasetFolder);
  EXPECT_EQ(detect_import_input(kReferenceText).value(), ImportInputKind::kDeliberationText);
  Result<ImportInputKind> yaml = detect_import_input(kReferenceFolder / "annex.yaml");
  ASSERT_FALSE(yaml.ok());
  EXPECT_EQ(yaml.error().code(), ErrorCode::kUsage);
  EXPECT_FALSE(detect_import_input(kReferenceFolder / "absent.txt").ok());
}

TEST(DeliberationText, DerivesProgrammeIdsFromFileNames) {
  EXPECT_EQ(programme_id_from_file_name("deliberation-cp-2023-09-18-n2023-405.txt"),
            "deliberation-cp-2023-09-18-n2023-405");
  EXPECT_EQ(programme_id_from_file_name("/tmp/CP Séance 18 sept. 2023.TXT"),
            "cp-seance-18-sept-2023");
  EXPECT_EQ(programme_id_from_file_name("«».txt"), "deliberation");
}

TEST(DeliberationText, ReadsTerritoryCells) {
  auto keys = [](std::string_view printed) {
    std::optional<TerritoryReference> read = text_import::read_territory_cell(printed);
    return read ? read->scope.key() : std::string("?");
  };
  EXPECT_EQ(keys("Département"), "department");
  EXPECT_EQ(keys("Bouloonnais"), "boulonnais");
  EXPECT_EQ(keys("AUDOMARDOIS"), "audomarois");
  EXPECT_EQ(keys("LENS HENIN"), "henin-carvin,lens-lievin");
  EXPECT_EQ(keys("MULTI-TERRITOIRE (hors Montreuillois/Ternois)"),
            "arrageois,artois,audomarois,boulonnais,calaisis,henin-carvin,lens-lievin");
  EXPECT_EQ(keys("CCAS d'Isbergues"), "?");
  EXPECT_EQ(keys("SOLEIL"), "?");
}

// A never-seen document of the same kind: another département and phase,
// a total that does not reconcile and a garbage line inside the table.
TEST(DeliberationText, ImportsANeverSeenDocument) {
  const std::filesystem::path file = kCorpus / "deliberation-cp-2024-03-11-somme-phase1.txt";
  Result<DatasetSource> source = read_text_source(file);
  ASSERT_TRUE(source.ok()) << source.error().to_string();
  Result<DeliberationTextImport> text = load_deliberation_text(*source);
  ASSERT_TRUE(text.ok()) << text.error().to_string();
  const ProgrammeDataset& dataset = text->dataset;
  EXPECT_EQ(dataset.programme.programme.id.key(), "deliberation-cp-2024-03-11-somme-phase1");
  EXPECT_EQ(dataset.programme.programme.year, 2024);
  EXPECT_EQ(dataset.programme.programme.phase, 1);
  EXPECT_EQ(dataset.programme.deliberation_number, "2024-117");
  EXPECT_EQ(dataset.programme.programme.authority, "Département de la Somme");
  ASSERT_EQ(dataset.themes.size(), 2U);
  EXPECT_EQ(dataset.rows.size(), 6U);
  EXPECT_EQ(dataset.totals.size(), 5U);
  // Carried down: operation and territory of the row above.
  const AnnexRow* carried = dataset.find_row("t1-o1-03");
  ASSERT_NE(carried, nullptr);
  EXPECT_EQ(carried->territory.printed, "");
  EXPECT_EQ(carried->territory.scope.key(), "department");
  EXPECT_EQ(carried->organisation.printed, "Association HORIZON");
  // "Association HORIZON" folds like "Association Horizon": one organisation.
  EXPECT_EQ(carried->organisation.id, dataset.find_row("t1-o1-01")->organisation.id);
  // The total of theme 1, operation 2 is printed 30 000,00 € for 28 500,00 € of rows.
  ASSERT_EQ(text->mismatches.size(), 1U);
  EXPECT_EQ(text->mismatches[0].total_id, "t1-o2-total");
  EXPECT_EQ(text->mismatches[0].declared, parse_amount("30 000,00 €").value());
  EXPECT_EQ(text->mismatches[0].computed, parse_amount("28 500,00 €").value());
  EXPECT_EQ(text->mismatches[0].line, 29);
  // The garbage lines are listed with their line and a reason, in line
  // order with the prose's: a secretary named in no attendance list (there
  // is none) and an article of a kind the reader does not know are reported,
  // not guessed.
  ASSERT_EQ(text->unparsed.size(), 4U);
  EXPECT_EQ(text->unparsed[0].line, 8);
  EXPECT_EQ(text->unparsed[0].reason, "secrétaire absent(e) des listes");
  EXPECT_EQ(text->unparsed[1].line, 16);
  EXPECT_EQ(text->unparsed[1].reason,
            "article 1 : décision d'un type non reconnu (ni financement, ni signature, ni "
            "imputation)");
  EXPECT_EQ(text->unparsed[2].line, 23);
  EXPECT_EQ(text->unparsed[3].line, 30);
  for (const UnparsedLine& line : text->unparsed) EXPECT_FALSE(line.reason.empty());
  // No declared fact is invented: the document prints no attendance, vote,
  // budget table, description annex nor report.
  EXPECT_TRUE(dataset.session.members.empty());
  EXPECT_TRUE(dataset.session.attendance.empty());
  EXPECT_FALSE(dataset.session.secretary.has_value());
  EXPECT_FALSE(dataset.session.vote.for_votes.count.value.has_value());
  EXPECT_TRUE(dataset.deliberation.articles.empty());
  EXPECT_TRUE(dataset.budget_table.rows.empty());
  EXPECT_TRUE(dataset.report.proposed_decisions.empty());
  for (const OperationEntry& operation : dataset.operations) {
    EXPECT_EQ(operation.titles.size(), 1U) << operation.operation.id.key();  // annex 1 only
    EXPECT_FALSE(operation.max_duration.has_value());
  }
  EXPECT_EQ(static_cast<int>(text->kinds.size()), text->annex_to_line - text->annex_from_line + 1);
}

TEST(DeliberationText, RefusesTextsWithoutAnnexOrIdentity) {
  Result<DeliberationTextImport> empty = read_deliberation_text("x", "vide.txt", "");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().location().file, "vide.txt");
  const std::string no_annex =
      "DEPARTEMENT DE LA SOMME\n\nDELIBERATION DE LA COMMISSION PERMANENTE\n\nREUNION DU 11 "
      "MARS 2024\n\nAPPEL A PROJETS 2024\n\n(N°2024-117)\n\nRien d'autre.\n";
  Result<DeliberationTextImport> refused = read_deliberation_text("x", "sans-annexe.txt", no_annex);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kMissingField);
  EXPECT_NE(refused.error().message().find("REPARTITION FINANCIERE"), std::string::npos);
  Result<DeliberationTextImport> binary =
      read_deliberation_text("x", "binaire.txt", std::string_view("a\nb\xff\n", 5));
  ASSERT_FALSE(binary.ok());
  EXPECT_EQ(binary.error().location().line, 2);
  // A flipped bit in "€" makes a UTF-16 surrogate: refused at its line, not
  // quoted into an unparsed-line reason that would not be UTF-8 (fuzz finding).
  Result<DeliberationTextImport> surrogate =
      read_deliberation_text("x", "surrogate.txt", "a\nb\n\t|\tTOTAL\t80 382,40 \xED\xA2\xAC\n");
  ASSERT_FALSE(surrogate.ok());
  EXPECT_EQ(surrogate.error().location().line, 3);
  EXPECT_NE(surrogate.error().message().find("UTF-8"), std::string::npos);
}

}  // namespace
}  // namespace octroi
