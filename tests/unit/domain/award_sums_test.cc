#include "domain/award_sums.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::cents;
using testing::must;

struct Row {
  const char* operation;
  const char* organisation;
  const char* territory;
  std::int64_t amount_cents;
};

// Annex 4, theme 1 (every row), and theme 2 operation 7 (with its 0,00 € row).
const Row kRows[] = {
    {"t1-o1", "ccas-isbergues", "artois", 800000},
    {"t1-o1", "aife", "department", 2597334},
    {"t1-o1", "id-formation", "department", 4992000},
    {"t1-o1", "ccas-courrieres", "henin-carvin", 256000},
    {"t1-o1", "fjep", "arrageois", 81000},
    {"t1-o1", "sivom-artois", "artois", 132000},
    {"t1-o1", "sivom-bruayais", "artois", 213000},
    {"t1-o1", "mjep", "artois", 54750},
    {"t1-o1", "passeport-forma", "artois", 122000},
    {"t1-o1", "cias-saint-omer", "audomarois", 25500},
    {"t1-o1", "cc-lumbres", "audomarois", 7000},
    {"t1-o1", "cias-desvres-samer", "boulonnais", 26000},
    {"t1-o1", "actishop", "boulonnais", 3000},
    {"t1-o1", "intermaides", "boulonnais", 21000},
    {"t1-o1", "treplin-formation", "boulonnais", 179250},
    {"t1-o1", "cias-audruicq", "calaisis", 16000},
    {"t1-o1", "cias-pays-opale", "calaisis", 44500},
    {"t1-o1", "samps", "department", 455250},
    {"t1-o1", "sauvegarde-nord", "department", 403500},
    {"t1-o1", "apage", "department", 92250},
    {"t1-o1", "aife", "department", 453125},
    {"t1-o1", "id-formation", "department", 36875},
    {"t1-o1", "sivom-wingles", "lens-lievin", 116000},
    {"t1-o1", "k-dabra", "ternois", 65250},
    {"t1-o2", "ccas-isbergues", "artois", 1000000},
    {"t1-o2", "tous-parrains", "boulonnais", 1309700},
    {"t1-o2", "aife", "department", 12141667},
    {"t1-o2", "id-formation", "department", 12825000},
    {"t1-o2", "commune-courrieres", "henin-carvin", 600000},
    {"t1-o3", "diese", "henin-carvin", 10080000},
    {"t1-o4", "tous-parrains", "boulonnais", 5866000},
    {"t1-o4", "id-formation", "henin-carvin", 4310400},
    {"t1-o5", "passeport-forma", "artois", 687500},
    {"t1-o6", "cheval-bleu", "artois,lens-lievin,henin-carvin", 11500000},
    {"t1-o7", "corif", "department", 1800000},
    {"t1-o7", "cheval-bleu", "lens-lievin", 5000000},
    {"t2-o7", "community", "audomarois", 4800000},
    {"t2-o7", "centre-social-eclate", "boulonnais", 5500000},
    {"t2-o7", "ang-elles", "artois", 0},
};

std::vector<Award> reference_awards() {
  std::vector<Award> awards;
  int row = 0;
  for (const Row& r : kRows) {
    awards.push_back(Award{.id = AwardId("row-" + std::to_string(++row)),
                           .organisation = OrganisationId(r.organisation),
                           .operation = OperationId(r.operation),
                           .territory = must(TerritoryScope::parse(r.territory)),
                           .amount = cents(r.amount_cents)});
  }
  return awards;
}

std::vector<Operation> reference_operations() {
  std::vector<Operation> operations;
  for (int number = 1; number <= 7; ++number) {
    operations.push_back(Operation{.id = OperationId("t1-o" + std::to_string(number)),
                                   .theme = ThemeId("t1"),
                                   .number = number});
  }
  operations.push_back(Operation{.id = OperationId("t2-o7"), .theme = ThemeId("t2"), .number = 7});
  return operations;
}

TEST(AwardSumsTest, OperationTotalsOfAnnexFour) {
  const std::vector<Award> awards = reference_awards();
  EXPECT_EQ(must(total_for_operation(awards, OperationId("t1-o1"))), cents(11192584));
  EXPECT_EQ(must(total_for_operation(awards, OperationId("t1-o2"))), cents(27876367));
  EXPECT_EQ(must(total_for_operation(awards, OperationId("t1-o4"))), cents(10176400));
  EXPECT_EQ(must(total_for_operation(awards, OperationId("t1-o7"))), cents(6800000));
  EXPECT_EQ(must(total_for_operation(awards, OperationId("t2-o7"))), cents(10300000));
  EXPECT_EQ(must(total_for_operation(awards, OperationId("t9-o9"))), Amount::zero());
}

// Article 1: "pour un montant total de 783 128,51 €".
TEST(AwardSumsTest, ThemeOneTotalMatchesArticleOne) {
  const std::vector<Award> awards = reference_awards();
  const std::vector<Operation> operations = reference_operations();
  EXPECT_EQ(must(total_for_theme(awards, operations, ThemeId("t1"))), cents(78312851));
  EXPECT_EQ(must(total_for_theme(awards, operations, ThemeId("t2"))), cents(10300000));
  EXPECT_EQ(must(total_of(awards)), cents(78312851 + 10300000));
}

TEST(AwardSumsTest, OrganisationTotalAcrossOperations) {
  const std::vector<Award> awards = reference_awards();
  // Le Cheval Bleu: 115 000 € (operation 6) + 50 000 € (operation 7).
  EXPECT_EQ(must(total_for_organisation(awards, OrganisationId("cheval-bleu"))), cents(16500000));
  // ID FORMATION: 49 920 + 368,75 + 128 250 + 43 104.
  EXPECT_EQ(must(total_for_organisation(awards, OrganisationId("id-formation"))),
            cents(4992000 + 36875 + 12825000 + 4310400));
}

TEST(AwardSumsTest, ThemeTotalRefusesAnAwardOfAnUnknownOperation) {
  std::vector<Award> awards = reference_awards();
  awards.back().operation = OperationId("t2-o99");
  auto total = total_for_theme(awards, reference_operations(), ThemeId("t1"));
  ASSERT_FALSE(total.ok());
  EXPECT_EQ(total.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(total.error().message().find("t2-o99"), std::string::npos);
}

TEST(AwardSumsTest, OverflowIsAnErrorNotAWrongFigure) {
  std::vector<Award> awards = reference_awards();
  awards[0].amount = cents(std::numeric_limits<std::int64_t>::max());
  auto total = total_of(awards);
  ASSERT_FALSE(total.ok());
  EXPECT_EQ(total.error().code(), ErrorCode::kAmountOverflow);
  EXPECT_TRUE(total_of(std::vector<Award>{}).ok());
}

}  // namespace
}  // namespace octroi
