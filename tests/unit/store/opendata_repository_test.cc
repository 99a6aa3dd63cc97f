// OpendataRepository on both backends: an import is all or nothing, a file
// is refused the second time unless replaced, and each import is journaled.
#include <gtest/gtest.h>

#include "store_backends.h"

namespace octroi {
namespace {

using testing::BackendNames;
using testing::Backends;
using testing::StoreTest;

OpendataAward award(int line, std::int64_t cents) {
  OpendataAward award;
  award.line = line;
  award.attributing_name = "Département du Pas-de-Calais";
  award.attributing_siret = "22620001200012";
  award.agreement_date = "2023-07-03";
  award.beneficiary_name = "Le Cheval Bleu";
  award.beneficiary_siret = "48054398200023";
  award.purpose = "230 places d'accompagnement";
  award.amount = Amount::from_cents(cents);
  award.nature = "aide en numéraire";
  award.payment_terms = "échelonné";
  award.payment_start = "2024-01-01";
  award.payment_end = "2024-12-31";
  award.percentage = "1.00";
  return award;
}

template <typename Backend>
class OpendataRepositoryTest : public StoreTest<Backend> {};
TYPED_TEST_SUITE(OpendataRepositoryTest, Backends, BackendNames);

TYPED_TEST(OpendataRepositoryTest, ImportOnceThenReplace) {
  auto repository = store::open_opendata_repository(this->backend_.url());
  ASSERT_TRUE(repository.ok()) << repository.error().to_string();
  const Stamp stamp{"marie", "2026-01-02T03:04:05Z"};
  {
    auto import = (*repository)->begin_import("a.csv", OpendataImportMode::kRefuseDuplicate, stamp);
    ASSERT_TRUE(import.ok()) << import.error().to_string();
    ASSERT_TRUE((*import)->add(award(2, 11'500'000)).ok());
    ASSERT_TRUE((*import)->add(award(3, 4'780'020)).ok());
    auto committed = (*import)->commit("abc");
    ASSERT_TRUE(committed.ok()) << committed.error().to_string();
    EXPECT_EQ(committed->rows, 2);
    EXPECT_EQ(committed->total, Amount::from_cents(16'280'020));
  }
  {
    auto import = (*repository)->begin_import("b.csv", OpendataImportMode::kRefuseDuplicate, stamp);
    ASSERT_TRUE(import.ok());
    ASSERT_TRUE((*import)->add(award(2, 100)).ok());
    auto refused = (*import)->commit("abc");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::kDuplicate);
    EXPECT_NE(refused.error().message().find("« a.csv »"), std::string::npos);
  }
  {
    // Abandoned: destroyed without commit, nothing stays.
    auto import = (*repository)->begin_import("c.csv", OpendataImportMode::kRefuseDuplicate, stamp);
    ASSERT_TRUE(import.ok());
    ASSERT_TRUE((*import)->add(award(2, 100)).ok());
  }
  auto files = (*repository)->files();
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 1U);
  auto rows = this->backend_.count("SELECT COUNT(*) FROM opendata_awards");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(*rows, 2);
  {
    auto import = (*repository)->begin_import("a2.csv", OpendataImportMode::kReplace, stamp);
    ASSERT_TRUE(import.ok());
    ASSERT_TRUE((*import)->add(award(2, 100)).ok());
    auto replaced = (*import)->commit("abc");
    ASSERT_TRUE(replaced.ok()) << replaced.error().to_string();
    auto awards = (*repository)->awards(replaced->id);
    ASSERT_TRUE(awards.ok());
    ASSERT_EQ(awards->size(), 1U);
    EXPECT_EQ((*awards)[0].amount, Amount::from_cents(100));
    EXPECT_EQ((*awards)[0].payment_end, "2024-12-31");
    EXPECT_EQ((*awards)[0].beneficiary_name, "Le Cheval Bleu");
  }
  auto found = (*repository)->find_file("abc");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->file_name, "a2.csv");
  auto entries =
      this->backend_.count("SELECT COUNT(*) FROM journal WHERE entity = 'opendata_file'");
  ASSERT_TRUE(entries.ok());
  EXPECT_EQ(*entries, 2);  // import, replace
  auto journal = store::verify_journal(this->backend_.url());
  ASSERT_TRUE(journal.ok());
  EXPECT_TRUE(journal->intact());
}

}  // namespace
}  // namespace octroi
