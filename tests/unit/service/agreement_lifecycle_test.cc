// Agreement lifecycle: a draft from an award (Cheval Bleu's agreement as its
// amendment restates it before the change: 40 000 € for 2023, number
// 2023-01628), signature, the amendment from the dataset (2024: 115 000 €,
// places per territory, documents kept until 31/12/2034, history of what it
// replaced), the advances at 60 % (24 000 € of 40 000 €, 69 000 € of
// 115 000 €), and the moves each status refuses.
#include "service/agreement_lifecycle.h"

#include <gtest/gtest.h>

#include "after_vote_test_support.h"

namespace octroi {
namespace {

using testing_service::after_vote_dataset;
using testing_service::cheval_bleu_amended;
using testing_service::iso;
using testing_service::parameter_set;
using testing_service::session_date;
using testing_service::whole_euros;

constexpr const char* kProgramme = "pas-de-calais-2023-phase4";

TEST(AgreementLifecycle, DraftOfAnAmendedAwardIsTheAgreementBeforeTheAmendment) {
  auto file = draft_agreement(after_vote_dataset(), kProgramme, "t1-o6-01", Rate::from_percent(60),
                              session_date(), iso("2023-09-20"));
  ASSERT_TRUE(file.ok()) << file.error().to_string();
  EXPECT_EQ(file->status, AgreementStatus::kDraft);
  ASSERT_TRUE(file->number.has_value());
  EXPECT_EQ(file->number->text(), "2023-01628");
  EXPECT_EQ(file->subject, "accompagnement spécifique BRSA");
  EXPECT_EQ(file->budget_line, "C02-446A05");
  ASSERT_EQ(file->tranches.size(), 1U);
  const FundingTranche& tranche = file->tranches[0];
  EXPECT_EQ(tranche.key, "2023");
  EXPECT_EQ(tranche.amount, whole_euros(40000));
  EXPECT_EQ(tranche.quantitative_share, Rate::from_percent(50));
  EXPECT_EQ(tranche.review_due, iso("2024-03-31"));
  EXPECT_EQ(total_of(tranche.targets, IndicatorKind::kPlaces).value(),
            Quantity::from_integer(100).value());
  EXPECT_EQ(advance_of(tranche, file->advance_rate).value(), whole_euros(24000));
}

TEST(AgreementLifecycle, AmendmentAddsThe2024TrancheAndKeepsItsHistory) {
  const AgreementFile file = cheval_bleu_amended();
  EXPECT_EQ(file.status, AgreementStatus::kAmended);
  ASSERT_EQ(file.tranches.size(), 2U);
  EXPECT_EQ(file.tranches[0].key, "2023");
  EXPECT_EQ(file.tranches[0].amount, whole_euros(40000));
  EXPECT_EQ(file.tranches[1].key, "2024");
  EXPECT_EQ(file.tranches[1].amount, whole_euros(115000));
  EXPECT_EQ(file.tranches[1].review_due, iso("2025-03-31"));
  EXPECT_EQ(file.tranches[1].targets.size(), 3U);
  EXPECT_EQ(total_of(file.tranches[1].targets, IndicatorKind::kPlaces).value(),
            Quantity::from_integer(230).value());
  EXPECT_EQ(file.total().value(), whole_euros(155000));
  ASSERT_TRUE(file.retention_until.has_value());
  EXPECT_EQ(*file.retention_until, iso("2034-12-31"));
  ASSERT_EQ(file.amendments.size(), 1U);
  const AmendmentEntry& entry = file.amendments[0];
  EXPECT_EQ(entry.ordinal, 1);
  EXPECT_EQ(entry.signed_on, iso("2023-10-02"));
  EXPECT_EQ(entry.replaced_articles, (std::vector<int>{3, 4, 7, 12}));
  EXPECT_EQ(entry.before.size(), 1U);
  EXPECT_EQ(entry.after.size(), 2U);
  EXPECT_FALSE(entry.retention_before.has_value());
  EXPECT_EQ(entry.retention_after, iso("2034-12-31"));
  // The advances the amendment prints, at the agreement's rate.
  EXPECT_EQ(advance_of(file.tranches[1], file.advance_rate).value(), whole_euros(69000));
  EXPECT_EQ(advance_of(file.tranches[0], file.advance_rate).value(), whole_euros(24000));
}

TEST(AgreementLifecycle, AnAmendmentIsAppliedOnce) {
  AgreementFile file = cheval_bleu_amended();
  Status again = amend_from_dataset(file, after_vote_dataset(), iso("2023-11-02"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kDuplicate);
  EXPECT_NE(again.error().message().find("avenant n°1"), std::string::npos);
}

TEST(AgreementLifecycle, StandardAwardDraftHasNoNumberUntilSigned) {
  auto file = draft_agreement(after_vote_dataset(), kProgramme, "soliha", Rate::from_percent(60),
                              session_date(), iso("2023-09-20"));
  ASSERT_TRUE(file.ok()) << file.error().to_string();
  EXPECT_FALSE(file->number.has_value());
  EXPECT_EQ(file->award.key(), "t3-o1-01");
  EXPECT_EQ(file->budget_line, "C02-428B04");
  ASSERT_EQ(file->tranches.size(), 1U);
  EXPECT_EQ(file->tranches[0].amount, whole_euros(42000));
  EXPECT_EQ(file->tranches[0].review_due, iso("2024-03-31"));
  EXPECT_EQ(file->title(), "projet de convention t3-o1-01");
  ASSERT_TRUE(send_agreement(*file, iso("2023-09-25")).ok());
  ASSERT_TRUE(sign_agreement(*file, iso("2023-10-05"), std::nullopt).ok());
  EXPECT_EQ(file->status, AgreementStatus::kSigned);
  // Numbering is the store's, in the same transaction: still none here.
  EXPECT_FALSE(file->validate().ok());
}

TEST(AgreementLifecycle, RefusesMovesItsStatusDoesNotAllow) {
  AgreementFile file = cheval_bleu_amended();
  Status send = send_agreement(file, iso("2023-12-01"));
  ASSERT_FALSE(send.ok());
  EXPECT_NE(send.error().message().find("impossible de passer de l'état « modifiée par avenant » "
                                        "à l'état « envoyée »"),
            std::string::npos);
  Status close = close_agreement(file, iso("2025-06-01"));
  ASSERT_FALSE(close.ok());
  EXPECT_NE(close.error().message().find("la tranche 2023 n'est pas soldée (bilan non reçu)"),
            std::string::npos);

  auto draft = draft_agreement(after_vote_dataset(), kProgramme, "t3-o1-01", Rate::from_percent(60),
                               session_date(), iso("2023-09-20"));
  ASSERT_TRUE(draft.ok());
  Status review =
      record_review(*draft, ReviewReport{.tranche = "2023", .received_on = iso("2024-03-01")});
  ASSERT_FALSE(review.ok());
  EXPECT_NE(review.error().message().find("convention signée"), std::string::npos);
}

TEST(AgreementLifecycle, UnknownOrAmbiguousAwardsAreNamed) {
  auto unknown = draft_agreement(after_vote_dataset(), kProgramme, "personne",
                                 Rate::from_percent(60), session_date(), iso("2023-09-20"));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(unknown.error().message().find("« personne »"), std::string::npos);
  auto several = draft_agreement(after_vote_dataset(), kProgramme, "apsa", Rate::from_percent(60),
                                 session_date(), iso("2023-09-20"));
  ASSERT_FALSE(several.ok());
  EXPECT_NE(several.error().message().find("t3-o3-04, t3-o4-02, t3-o5-02"), std::string::npos);
}

TEST(AgreementLifecycle, ReviewOfAnUnknownTrancheListsTheTranches) {
  AgreementFile file = cheval_bleu_amended();
  Status review =
      record_review(file, ReviewReport{.tranche = "2025", .received_on = iso("2026-03-01")});
  ASSERT_FALSE(review.ok());
  EXPECT_NE(review.error().message().find("tranche « 2025 » inconnue (tranches : 2023, 2024)"),
            std::string::npos);
}

TEST(AgreementLifecycle, AdvanceRateComesFromTheParameter) {
  auto rate = advance_rate_on(parameter_set(), session_date());
  ASSERT_TRUE(rate.ok()) << rate.error().to_string();
  EXPECT_EQ(*rate, Rate::from_percent(60));
}

}  // namespace
}  // namespace octroi
