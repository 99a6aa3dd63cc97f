// explain_programme on the reference rows: expected amounts, equations with
// the values substituted, parameters and versions, and the differences from
// the amounts retained where the document's figures do not follow its rule.
#include "service/explain_programme.h"

#include <gtest/gtest.h>

#include "service_test_support.h"

namespace octroi {
namespace {

using testing_service::dataset;
using testing_service::parameter_set;
using testing_service::plain;
using testing_service::session_date;

const AwardExplanation& find(const ProgrammeExplanation& explanation, std::string_view id) {
  for (const AwardExplanation& award : explanation.awards) {
    if (award.award_id == id) return award;
  }
  throw std::logic_error("no award " + std::string(id));
}

ProgrammeExplanation explained() {
  Result<ProgrammeExplanation> result =
      explain_programme(dataset(), parameter_set(), session_date());
  EXPECT_TRUE(result.ok()) << result.error().to_string();
  return *result;
}

std::string equation(const AwardExplanation& award) {
  EXPECT_TRUE(award.evaluation.has_value()) << award.award_id;
  return plain(award.evaluation->explanation.equation());
}

TEST(ExplainProgramme, AstreIsExact) {
  const ProgrammeExplanation explanation = explained();
  const AwardExplanation& astre = find(explanation, "t3-o1-01");
  EXPECT_EQ(equation(astre), "42 000,00 € = 20 mesures × 2 100,00 €");
  EXPECT_TRUE(astre.follows_rule());
  ASSERT_EQ(astre.evaluation->explanation.parameters.size(), 1U);
  const ParameterValue& cost = astre.evaluation->explanation.parameters[0];
  EXPECT_EQ(cost.name, "astre_cost_per_measure");
  EXPECT_EQ(plain(cost.version()), "valeur en vigueur depuis le 1er janvier 2023");
}

TEST(ExplainProgramme, AdslRowsFollowTheRuleOrShowTheirDifference) {
  const ProgrammeExplanation explanation = explained();
  EXPECT_EQ(equation(find(explanation, "t3-o3-02")),
            "110 540,00 € = 20 accompagnements × 5 000,00 € + 2 ETP × 5 270,00 €");
  EXPECT_TRUE(find(explanation, "t3-o3-02").follows_rule());
  EXPECT_TRUE(find(explanation, "t3-o3-05").follows_rule());
  EXPECT_TRUE(find(explanation, "t3-o3-06").follows_rule());
  // Accueil 9 de Cœur: 2,05 × 5 270 = 10 803,50 €, printed 10 804 €.
  const AwardExplanation& accueil = find(explanation, "t3-o3-03");
  EXPECT_EQ(equation(accueil),
            "20 803,50 € = 2 accompagnements × 5 000,00 € + 2,05 ETP × 5 270,00 €");
  EXPECT_EQ(accueil.difference, Amount::from_cents(50));
  // Habitat Insertion and APSA: ETP swapped in Annex 4 (NOTES.md A4).
  const AwardExplanation& habitat = find(explanation, "t3-o3-01");
  EXPECT_EQ(habitat.evaluation->amount, Amount::from_cents(11768700));
  EXPECT_EQ(habitat.difference, Amount::from_cents(1001300));
  const AwardExplanation& apsa = find(explanation, "t3-o3-04");
  EXPECT_EQ(apsa.evaluation->amount, Amount::from_cents(11770000));
  EXPECT_EQ(apsa.difference, Amount::from_cents(-1001300));
  ASSERT_EQ(apsa.evaluation->explanation.parameters.size(), 2U);
  EXPECT_EQ(apsa.evaluation->explanation.parameters[0].name, "adsl_cost_per_measure");
  EXPECT_TRUE(apsa.evaluation->explanation.parameters[0].implied);
  EXPECT_EQ(apsa.evaluation->explanation.parameters[1].name, "segur_per_etp");
  EXPECT_TRUE(apsa.implied);
}

TEST(ExplainProgramme, VialCountsAMissingEtpAsZeroAndSaysSo) {
  const ProgrammeExplanation explanation = explained();
  const AwardExplanation& habitat = find(explanation, "t3-o4-01");
  EXPECT_EQ(equation(habitat),
            "126 000,00 € = 18 accompagnements × 7 000,00 € + 0 ETP × 5 270,00 €");
  EXPECT_EQ(habitat.zero_filled, std::vector<std::string>{"etp"});
  EXPECT_TRUE(habitat.follows_rule());
  EXPECT_TRUE(find(explanation, "t3-o4-02").follows_rule());
  const AwardExplanation& cheval = find(explanation, "t3-o4-03");
  EXPECT_EQ(equation(cheval),
            "63 378,00 € = 8 accompagnements × 7 000,00 € + 1,4 ETP × 5 270,00 €");
  EXPECT_TRUE(cheval.zero_filled.empty());
}

TEST(ExplainProgramme, Envaul) {
  const ProgrammeExplanation explanation = explained();
  EXPECT_EQ(equation(find(explanation, "t3-o5-01")),
            "70 000,00 € = 7 accompagnements × 10 000,00 €");
  EXPECT_EQ(equation(find(explanation, "t3-o5-02")),
            "90 000,00 € = 9 accompagnements × 10 000,00 €");
}

TEST(ExplainProgramme, AmendmentAwards) {
  const ProgrammeExplanation explanation = explained();
  // Passeport Forma: 90 places at 250 € would be 22 500 €; 6 875 € retained (NOTES.md A8).
  const AwardExplanation& global = find(explanation, "t1-o5-01");
  EXPECT_EQ(equation(global), "22 500,00 € = 90 places × 250,00 €");
  EXPECT_EQ(global.difference, Amount::from_cents(-1562500));
  EXPECT_FALSE(global.implied);
  const AwardExplanation& specific = find(explanation, "t1-o6-01");
  EXPECT_EQ(equation(specific), "115 000,00 € = 230 places × 500,00 €");
  EXPECT_TRUE(specific.follows_rule());
}

TEST(ExplainProgramme, InsertionCompanyAndCounts) {
  const ProgrammeExplanation explanation = explained();
  EXPECT_EQ(equation(find(explanation, "t2-o5-01")), "18 000,00 € = 6 postes × 12 × 250,00 €");
  const AwardExplanation& coordinator = find(explanation, "t3-o2-01");
  EXPECT_FALSE(coordinator.has_rule());
  EXPECT_FALSE(coordinator.evaluation.has_value());
  EXPECT_EQ(explanation.awards.size(), 16U);
  EXPECT_EQ(explanation.with_rule, 15);
  EXPECT_EQ(explanation.following_rule, 11);
  EXPECT_EQ(explanation.differing, 4);
  EXPECT_EQ(explanation.not_evaluated, 0);
}

TEST(ExplainProgramme, FiltersByOrganisationIdOrName) {
  Result<ProgrammeExplanation> apsa =
      explain_programme(dataset(), parameter_set(), session_date(), "apsa");
  ASSERT_TRUE(apsa.ok());
  EXPECT_EQ(apsa->awards.size(), 3U);
  Result<ProgrammeExplanation> none =
      explain_programme(dataset(), parameter_set(), session_date(), "personne");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(none.error().message(), "aucune attribution pour la structure « personne »");
}

TEST(ExplainProgramme, AMissingQuantityIsReportedOnItsRowOnly) {
  ProgrammeDataset changed = dataset();
  changed.rows[3].quantities.clear();  // ASTRE without its 20 mesures
  Result<ProgrammeExplanation> result = explain_programme(changed, parameter_set(), session_date());
  ASSERT_TRUE(result.ok());
  const AwardExplanation& astre = find(*result, "t3-o1-01");
  ASSERT_TRUE(astre.error.has_value());
  EXPECT_EQ(astre.error->code(), ErrorCode::kMissingField);
  EXPECT_EQ(result->not_evaluated, 1);
}

TEST(ExplainProgramme, AFormulaNamingAnUnknownParameterIsRefused) {
  ProgrammeDataset changed = dataset();
  changed.operations[3].funding_rules[0].formula = "measures * astre_cost";
  Result<ProgrammeExplanation> result = explain_programme(changed, parameter_set(), session_date());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code(), ErrorCode::kFormulaUnknownName);
}

}  // namespace
}  // namespace octroi
