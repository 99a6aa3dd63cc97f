// The values of the after-the-vote part: agreement states and the moves they
// allow, indicators and their keys, a tranche's default review date (31 March
// of the following year), and what an agreement file refuses.
#include <gtest/gtest.h>

#include "domain/agreement_file.h"
#include "domain/agreement_status.h"
#include "domain/funding_tranche.h"
#include "domain/indicator.h"

namespace octroi {
namespace {

Date day(int year, int month, int day_of_month) {
  return Date::create(year, month, day_of_month).value();
}

TEST(AgreementStatus, KeysLabelsAndMoves) {
  for (AgreementStatus status : all_agreement_statuses()) {
    EXPECT_EQ(agreement_status_from_key(to_key(status)).value(), status);
  }
  EXPECT_EQ(to_label(AgreementStatus::kAmended), "modifiée par avenant");
  EXPECT_FALSE(agreement_status_from_key("signee").ok());
  using enum AgreementStatus;
  EXPECT_TRUE(can_move(kDraft, kSent));
  EXPECT_TRUE(can_move(kDraft, kSigned));
  EXPECT_TRUE(can_move(kSent, kSigned));
  EXPECT_TRUE(can_move(kSigned, kAmended));
  EXPECT_TRUE(can_move(kAmended, kAmended));
  EXPECT_TRUE(can_move(kAmended, kClosed));
  EXPECT_FALSE(can_move(kSigned, kSent));
  EXPECT_FALSE(can_move(kDraft, kAmended));
  EXPECT_FALSE(can_move(kSent, kClosed));
  EXPECT_FALSE(can_move(kClosed, kAmended));
  EXPECT_FALSE(can_move(kSigned, kDraft));
  EXPECT_TRUE(is_in_force(kAmended));
  EXPECT_FALSE(is_in_force(kClosed));
}

TEST(Indicator, KeysRoundTripAndTotalsAddUp) {
  for (IndicatorKind kind : all_indicator_kinds()) {
    EXPECT_EQ(indicator_kind_from_key(to_key(kind)).value(), kind);
  }
  std::vector<Indicator> indicators = {Indicator::parse("places:lens-lievin=90").value(),
                                       Indicator::parse("places:artois=90").value(),
                                       Indicator::parse("places:henin-carvin=50").value(),
                                       Indicator::parse("positive_exits=12,5").value()};
  EXPECT_EQ(total_of(indicators, IndicatorKind::kPlaces).value(),
            Quantity::from_integer(230).value());
  EXPECT_EQ(total_of(indicators, IndicatorKind::kPositiveExits).value(),
            Quantity::from_units(125000));
  EXPECT_EQ(indicators[0].text(), "places d'accompagnement (Lens-Liévin) : 90");
}

TEST(FundingTranche, ReviewIsDueOn31MarchOfTheFollowingYear) {
  const Period year_2024 = Period::create(day(2024, 1, 1), day(2024, 12, 31)).value();
  EXPECT_EQ(default_review_due(year_2024), day(2025, 3, 31));
  FundingTranche tranche{.key = "2024", .period = year_2024, .review_due = day(2023, 12, 31)};
  EXPECT_FALSE(tranche.validate().ok());
  tranche.review_due = day(2025, 3, 31);
  EXPECT_TRUE(tranche.validate().ok());
  tranche.quantitative_share = Rate::from_percent(101);
  EXPECT_FALSE(tranche.validate().ok());
}

TEST(AgreementFile, RefusesDuplicateTranchesUnknownReviewsAndUnnumberedSignatures) {
  const Period year_2023 = Period::create(day(2023, 1, 1), day(2023, 12, 31)).value();
  AgreementFile file;
  file.programme = "p";
  file.award = AwardId("t1-o6-01");
  file.organisation = OrganisationId("cheval-bleu");
  file.budget_line = "C02-446A05";
  file.tranches = {
      FundingTranche{.key = "2023", .period = year_2023, .review_due = day(2024, 3, 31)}};
  EXPECT_TRUE(file.validate().ok());
  file.tranches.push_back(file.tranches[0]);
  EXPECT_NE(file.validate().error().message().find("tranche 2023 en double"), std::string::npos);
  file.tranches.pop_back();
  file.reviews = {ReviewReport{.tranche = "2024", .received_on = day(2025, 3, 1)}};
  EXPECT_NE(file.validate().error().message().find("bilan d'une tranche inconnue « 2024 »"),
            std::string::npos);
  file.reviews.clear();
  file.status = AgreementStatus::kSigned;
  EXPECT_FALSE(file.validate().ok());
  file.number = AgreementNumber::parse("2023-01628").value();
  file.signed_on = day(2023, 7, 3);
  EXPECT_TRUE(file.validate().ok());
  EXPECT_EQ(file.title(), "convention n°2023-01628");
}

}  // namespace
}  // namespace octroi
