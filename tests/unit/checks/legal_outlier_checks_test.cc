#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_fixtures.h"

namespace octroi {
namespace {

using namespace check_fixtures;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(LegalChecks, AgreementsAndRefusals) {
  ProgrammeDataset dataset = consistent();
  EXPECT_THAT(check_legal(dataset), IsEmpty());
  dataset.rows[0].instrument.reset();  // 10 000 €: below the threshold
  dataset.rows[1].instrument.reset();  // 20 000 €
  dataset.rows[1].amount = printed_amount(2'300'001, 11);
  EXPECT_THAT(codes(check_legal(dataset)),
              ElementsAre("legal.instrument_missing", "legal.agreement_missing"));
}

TEST(LegalChecks, ZeroRowMustReadAsARefusal) {
  ProgrammeDataset dataset = consistent();
  dataset.rows.push_back(make_row("t1-o1-03", "gamma", 0, 13));
  EXPECT_THAT(codes(check_legal(dataset)), ElementsAre("legal.refusal_not_stated"));
  dataset.rows[2].description = "Dossier refusé";
  dataset.rows[2].instrument.reset();
  EXPECT_THAT(check_legal(dataset), IsEmpty());
}

ProgrammeDataset with_places(std::int64_t last_cents) {
  ProgrammeDataset dataset = consistent();
  dataset.rows.push_back(make_row("t1-o1-03", "gamma", 1'000'000, 13));
  dataset.rows.push_back(make_row("t1-o1-04", "delta", last_cents, 14));
  const std::int64_t places[] = {50, 100, 50, 50};
  for (std::size_t i = 0; i < dataset.rows.size(); ++i) {
    dataset.rows[i].quantities = {quantity(places[i], "places")};
    dataset.rows[i].description = "places d'accompagnement";
  }
  return dataset;
}

TEST(OutlierChecks, UniformUnitAmounts) {
  EXPECT_THAT(check_outliers(with_places(1'000'000)), IsEmpty());  // 200 € a place each
}

TEST(OutlierChecks, UnitAmountFarFromPeers) {
  auto findings = check_outliers(with_places(250'000));  // 50 € a place
  ASSERT_THAT(codes(findings), ElementsAre("outliers.unit_amount"));
  EXPECT_EQ(findings[0].where.row, "t1-o1-04");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
}

}  // namespace
}  // namespace octroi
