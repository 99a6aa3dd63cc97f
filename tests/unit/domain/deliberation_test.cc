#include "domain/deliberation.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

using testing::cents;
using testing::must;

Deliberation reference_deliberation() {
  Deliberation deliberation{
      .id = DeliberationId("cp-2023-405"),
      .number = must(DeliberationNumber::parse("2023-405")),
      .session = SessionId("cp-2023-09-18"),
      .report = ReportId("rapport-70"),
      .title = "APPELS À PROJETS DES POLITIQUES D'INCLUSION DURABLE 2023-PHASE 4",
      .recitals = {"Vu le Code Général des Collectivités Territoriales et, notamment, ses articles "
                   "L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;",
                   "Vu le rapport du Président du Conseil départemental, ci-annexé ;"},
  };
  deliberation.articles = {
      {1, "De valider le financement des 7 opérations de la thématique 1", cents(78312851), 7},
      {2, "De valider le financement des 12 opérations de la thématique 2", cents(161436436), 12},
      {3, "De valider le financement des 7 opérations de la thématique 3", cents(112200000), 7},
      {4, "D'autoriser le Président du Conseil départemental à signer ...", {}, {}},
      {5, "... l'avenant n°1 à la convention n°2023-00963 « accompagnement global » ...", {}, {}},
      {6, "... l'avenant n°1 à la convention n°2023-01628 ...", {}, {}},
      {7, "... la convention relative aux frais de déplacement 2022 ...", {}, {}},
      {8, "Les dépenses ... sont imputées sur le budget départemental comme suit", {}, {}},
  };
  deliberation.vote = Vote{.for_votes = {36, {}},
                           .against_votes = {0, {}},
                           .abstain_votes = {5, {}},
                           .absent_without_proxy = {3, {}}};
  return deliberation;
}

TEST(DeliberationTest, ReferenceDeliberationIsValid) {
  auto deliberation = Deliberation::create(reference_deliberation());
  ASSERT_TRUE(deliberation.ok()) << deliberation.error().to_string();
  EXPECT_EQ(deliberation->number.text(), "2023-405");
  ASSERT_NE(deliberation->article(2), nullptr);
  EXPECT_EQ(deliberation->article(2)->operation_count, 12);
  EXPECT_EQ(deliberation->article(9), nullptr);
}

// 783 128,51 + 1 614 364,36 + 1 122 000,00 = 3 519 492,87 €.
TEST(DeliberationTest, ArticlesTotal) {
  EXPECT_EQ(must(reference_deliberation().articles_total()), cents(351949287));
}

TEST(DeliberationTest, ArticlesAreNumberedInOrder) {
  Deliberation gap = reference_deliberation();
  gap.articles.erase(gap.articles.begin() + 3);  // 1, 2, 3, 5 ...
  auto status = gap.validate();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().location().field, "articles");
  EXPECT_NE(status.error().message().find("article 4 attendu, article 5 trouvé"),
            std::string::npos);
}

TEST(DeliberationTest, RefusesEmptyTextNegativeAmountAndBadVote) {
  Deliberation empty_text = reference_deliberation();
  empty_text.articles[0].text = "";
  EXPECT_EQ(testing::error_of(empty_text.validate()).code(), ErrorCode::kMissingField);

  Deliberation negative = reference_deliberation();
  negative.articles[1].amount = cents(-1);
  EXPECT_EQ(testing::error_of(negative.validate()).code(), ErrorCode::kInvalidValue);

  Deliberation bad_vote = reference_deliberation();
  bad_vote.vote->abstain_votes.count = -5;
  EXPECT_EQ(testing::error_of(bad_vote.validate()).location().field, "abstain");

  Deliberation no_session = reference_deliberation();
  no_session.session = SessionId();
  EXPECT_EQ(testing::error_of(no_session.validate()).location().field, "session");
}

}  // namespace
}  // namespace octroi
