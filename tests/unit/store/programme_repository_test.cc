// The ProgrammeRepository suite, run on both backends (SQLite, PostgreSQL):
// the same assertions must hold whichever database stores the programme.
#include <gtest/gtest.h>

#include "service/import_programme.h"
#include "small_dataset.h"
#include "store_backends.h"

namespace octroi {
namespace {

template <typename Backend>
class ProgrammeRepositoryTest : public testing::StoreTest<Backend> {};
TYPED_TEST_SUITE(ProgrammeRepositoryTest, testing::Backends, testing::BackendNames);

template <typename Backend>
class ImportProgrammeTest : public testing::StoreTest<Backend> {};
TYPED_TEST_SUITE(ImportProgrammeTest, testing::Backends, testing::BackendNames);

// A two-row programme built by hand: one theme, one operation, two organisations.
}  // namespace

ProgrammeDataset small_dataset() {
  ProgrammeDataset dataset;
  Programme& programme = dataset.programme.programme;
  programme.id = ProgrammeId("essai-2024-phase1");
  programme.call = "Appel à projets d'essai";
  programme.year = 2024;
  programme.phase = 1;
  programme.title = "APPEL D'ESSAI 2024 - PHASE 1";
  programme.authority = "Département d'essai";

  ThemeEntry theme;
  theme.theme.id = ThemeId("t1");
  theme.theme.number = 1;
  theme.theme.title = "Insertion";
  dataset.themes.push_back(theme);

  OperationEntry operation;
  operation.operation.id = OperationId("t1-o1");
  operation.operation.theme = ThemeId("t1");
  operation.operation.number = 1;
  operation.operation.title = "Accompagnement";
  operation.operation.budget_line = BudgetLineId("c02-446a05");
  operation.theme = 1;
  operation.budget_line.code = "C02-446A05";
  dataset.operations.push_back(operation);

  for (const char* id : {"alpha", "beta"}) {
    OrganisationEntry organisation;
    organisation.organisation.id = OrganisationId(id);
    organisation.organisation.name = std::string("Association ") + id;
    dataset.organisations.push_back(organisation);
  }

  const std::int64_t cents[] = {800000, 2597334};
  const char* organisations[] = {"alpha", "beta"};
  for (int index = 0; index < 2; ++index) {
    AnnexRow row{.award = Award{.id = AwardId(std::string("t1-o1-0") + char('1' + index)),
                                .organisation = OrganisationId(organisations[index]),
                                .operation = OperationId("t1-o1"),
                                .territory = TerritoryScope::of(Territory::kArtois),
                                .description = "50 places d'accompagnement",
                                .amount = Amount::from_cents(cents[index])},
                 .territory = TerritoryReference{
                     "Artois", TerritoryScope::of(Territory::kArtois), {"artois"}, std::nullopt}};
    row.order = index;
    row.theme = 1;
    row.operation = 1;
    row.organisation.printed = organisations[index];
    row.amount.text = "montant";
    dataset.rows.push_back(row);
  }
  return dataset;
}

DatasetSource small_source(const std::string& marker) {
  return DatasetSource{"essai/", {{"programme.yaml", "id: essai " + marker}}, "digest-" + marker};
}

namespace {

TYPED_TEST(ProgrammeRepositoryTest, SavesAndReadsTheAnnexInPrintedOrder) {
  auto repository = this->open();
  ASSERT_TRUE(repository.ok()) << repository.error().to_string();
  auto saved = (*repository)
                   ->save_programme(small_dataset(), small_source(),
                                    Stamp{"test", "2026-11-28T12:00:00Z"}, false);
  ASSERT_TRUE(saved.ok()) << saved.error().to_string();

  auto programmes = (*repository)->list_programmes();
  ASSERT_TRUE(programmes.ok());
  ASSERT_EQ(programmes->size(), 1u);
  EXPECT_EQ(programmes->front().id, "essai-2024-phase1");
  EXPECT_EQ(programmes->front().award_count, 2);
  EXPECT_EQ(programmes->front().total, Amount::from_cents(3397334));

  auto lines = (*repository)->annex_lines("essai-2024-phase1");
  ASSERT_TRUE(lines.ok()) << lines.error().to_string();
  ASSERT_EQ(lines->size(), 2u);
  EXPECT_EQ((*lines)[0].organisation, "Association alpha");
  EXPECT_EQ((*lines)[1].amount, Amount::from_cents(2597334));
  EXPECT_EQ((*lines)[0].territory, "Artois");
  EXPECT_EQ((*lines)[0].operation_title, "Accompagnement");

  auto source = (*repository)->dataset_source("essai-2024-phase1");
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(source->files.at("programme.yaml"), "id: essai a");
}

TYPED_TEST(ProgrammeRepositoryTest, AFailedSaveLeavesNothingBehind) {
  auto repository = this->open();
  ASSERT_TRUE(repository.ok());
  ProgrammeDataset broken = small_dataset();
  broken.rows[1].award.organisation = OrganisationId("unknown");  // foreign key fails on row 2
  auto saved = (*repository)->save_programme(broken, small_source(), Stamp{"test", "now"}, false);
  ASSERT_FALSE(saved.ok());
  auto programmes = (*repository)->list_programmes();
  ASSERT_TRUE(programmes.ok());
  EXPECT_TRUE(programmes->empty());
  auto lines = (*repository)->annex_lines("essai-2024-phase1");
  ASSERT_FALSE(lines.ok());
  EXPECT_EQ(lines.error().code(), ErrorCode::kNotFound);
}

TYPED_TEST(ImportProgrammeTest, RefusesTheSameDocumentTwiceUnlessReplacing) {
  auto repository = this->open();
  ASSERT_TRUE(repository.ok());
  Stamp stamp{"test", "2026-11-28T12:00:00Z"};
  auto first = import_programme(**repository, small_dataset(), small_source(), {}, stamp);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_TRUE(first->written);

  auto again = import_programme(**repository, small_dataset(), small_source(), {}, stamp);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kDuplicate);
  // Which programme holds the document and since when; how to go on
  // (--replace, a checkbox) is the caller's to say.
  EXPECT_NE(again.error().message().find("a déjà été importé comme programme « essai-2024-phase1 » "
                                         "le 28 novembre 2026 à 13:00"),
            std::string::npos)
      << again.error().message();
  EXPECT_EQ(again.error().message().find("--replace"), std::string::npos);

  // Other files under the same id: refused too, naming the id.
  auto other = import_programme(**repository, small_dataset(), small_source("b"), {}, stamp);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message().find("essai-2024-phase1"), std::string::npos);

  ImportOptions replace;
  replace.replace = true;
  auto replaced =
      import_programme(**repository, small_dataset(), small_source("b"), replace, stamp);
  ASSERT_TRUE(replaced.ok()) << replaced.error().to_string();
  EXPECT_TRUE(replaced->replaced);
  auto programmes = (*repository)->list_programmes();
  ASSERT_EQ(programmes->size(), 1u);
  EXPECT_EQ(programmes->front().digest, "digest-b");
}

TYPED_TEST(ImportProgrammeTest, DryRunWritesNothingAndAsRenames) {
  auto repository = this->open();
  ASSERT_TRUE(repository.ok());
  ImportOptions dry;
  dry.dry_run = true;
  auto outcome = import_programme(**repository, small_dataset(), small_source(), dry, {"t", "n"});
  ASSERT_TRUE(outcome.ok());
  EXPECT_FALSE(outcome->written);
  EXPECT_EQ(outcome->award_count, 2);
  EXPECT_TRUE((*repository)->list_programmes()->empty());

  ImportOptions renamed;
  renamed.programme_id = "autre-nom";
  ASSERT_TRUE(
      import_programme(**repository, small_dataset(), small_source(), renamed, {"t", "n"}).ok());
  EXPECT_TRUE((*repository)->find_programme("autre-nom")->has_value());

  ImportOptions bad_name;
  bad_name.programme_id = "Nom Invalide!";
  auto refused =
      import_programme(**repository, small_dataset(), small_source("c"), bad_name, {"t", "n"});
  ASSERT_FALSE(refused.ok());
}

}  // namespace
}  // namespace octroi
