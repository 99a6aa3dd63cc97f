#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_fixtures.h"

namespace octroi {
namespace {

using namespace check_fixtures;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;
using ::testing::IsEmpty;

Printed<Period> period(int start_year, int start_month, int start_day, int end_year, int end_month,
                       int end_day) {
  auto value = Period::create(*Date::create(start_year, start_month, start_day),
                              *Date::create(end_year, end_month, end_day));
  return Printed<Period>{"du ... au ...", *value};
}

TEST(DateChecks, PeriodWithinMaximumAndProgramme) {
  ProgrammeDataset dataset = consistent();
  dataset.operations[0].max_duration = MaxDuration{Printed<int>{"12 mois", 12}, "", {5, 5}};
  dataset.rows[0].period = period(2023, 9, 1, 2024, 8, 31);
  EXPECT_THAT(check_dates(dataset), IsEmpty());
}

TEST(DateChecks, ImpossibleDate) {
  ProgrammeDataset dataset = consistent();
  dataset.rows[0].period = Printed<Period>{"du 01/12/2023 au 31/11/2024", std::nullopt, true};
  auto findings = check_dates(dataset);
  ASSERT_THAT(codes(findings), ElementsAre("dates.impossible_date"));
  EXPECT_EQ(findings[0].values[0].printed, "31/11/2024");
}

TEST(DateChecks, StartAfterEnd) {
  ProgrammeDataset dataset = consistent();
  dataset.rows[0].period = Printed<Period>{"du 01/12/2024 au 30/11/2023", std::nullopt, true};
  EXPECT_THAT(codes(check_dates(dataset)), ElementsAre("dates.start_after_end"));
}

TEST(DateChecks, PeriodLongerThanTheMaximum) {
  ProgrammeDataset dataset = consistent();
  dataset.operations[0].max_duration = MaxDuration{Printed<int>{"12 mois", 12}, "", {5, 5}};
  dataset.rows[0].period = period(2023, 12, 15, 2024, 12, 15);
  EXPECT_THAT(codes(check_dates(dataset)), ElementsAre("dates.period_exceeds_maximum"));
}

TEST(DateChecks, PeriodOutsideTheProgramme) {
  ProgrammeDataset dataset = consistent();
  dataset.rows[0].period = period(2026, 1, 1, 2026, 12, 31);
  EXPECT_THAT(codes(check_dates(dataset)), ElementsAre("dates.outside_programme"));
}

}  // namespace
}  // namespace octroi
