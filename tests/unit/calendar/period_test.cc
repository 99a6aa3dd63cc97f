#include "calendar/period.h"

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "calendar_test_support.h"

namespace octroi {
namespace {

struct Span {
  int start_year, start_month, start_day;
  int end_year, end_month, end_day;

  Period period() const {
    return make_period(make_date(start_year, start_month, start_day),
                       make_date(end_year, end_month, end_day));
  }
};

TEST(PeriodTest, CreateRefusesAnEndBeforeTheStart) {
  Result<Period> period = Period::create(make_date(2023, 12, 31), make_date(2023, 1, 1));
  ASSERT_FALSE(period.ok());
  EXPECT_EQ(period.error().code(), ErrorCode::kInvalidPeriod);
  EXPECT_EQ(period.error().message(),
            "période invalide : la fin (1er janvier 2023) précède le début (31 décembre 2023)");
}

TEST(PeriodTest, CreateAcceptsASingleDay) {
  Result<Period> period = Period::create(make_date(2023, 9, 18), make_date(2023, 9, 18));
  ASSERT_TRUE(period.ok());
  EXPECT_EQ(period->start(), make_date(2023, 9, 18));
  EXPECT_EQ(period->end(), make_date(2023, 9, 18));
  EXPECT_EQ(period->length_in_days(), 1);
}

TEST(PeriodTest, LengthInDaysIncludesBothEnds) {
  struct Case {
    Span span;
    std::int64_t days;
  };
  const Case cases[] = {
      {{2023, 1, 1, 2023, 12, 31}, 365},  {{2024, 1, 1, 2024, 12, 31}, 366},
      {{2022, 1, 1, 2022, 6, 30}, 181},   {{2023, 9, 1, 2024, 8, 31}, 366},
      {{2023, 9, 18, 2023, 9, 18}, 1},    {{2023, 2, 28, 2023, 3, 1}, 2},
      {{1, 1, 1, 9999, 12, 31}, 3652059},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.span.period().length_in_days(), c.days) << testing::PrintToString(c.span.period());
  }
}

TEST(PeriodTest, WholeMonths) {
  struct Case {
    Span span;
    int months;
  };
  const Case cases[] = {
      // The examples of period.h.
      {{2023, 1, 1, 2023, 12, 31}, 12},
      {{2023, 9, 1, 2024, 8, 31}, 12},
      {{2023, 12, 15, 2024, 12, 15}, 12},
      {{2023, 9, 1, 2023, 12, 1}, 3},
      // One day short of a month, exactly a month, a single day.
      {{2023, 1, 1, 2023, 12, 30}, 11},
      {{2023, 1, 1, 2023, 1, 31}, 1},
      {{2023, 1, 1, 2023, 1, 30}, 0},
      {{2023, 9, 18, 2023, 9, 18}, 0},
      {{2022, 1, 1, 2022, 6, 30}, 6},
      {{2023, 11, 1, 2024, 10, 31}, 12},
      {{2023, 12, 1, 2024, 11, 30}, 12},
      // Clamping: 31/01 + 1 month is 29/02/2024, so a month runs to 28/02.
      {{2024, 1, 31, 2024, 2, 28}, 1},
      {{2024, 1, 31, 2024, 2, 27}, 0},
      // 31/01/2023 + 1 month is 28/02/2023: as defined, 31/01-27/02 counts as one month.
      {{2023, 1, 31, 2023, 2, 27}, 1},
      {{2023, 1, 31, 2023, 2, 26}, 0},
      // Up to the last day a Date can hold.
      {{9999, 12, 1, 9999, 12, 31}, 1},
      {{1, 1, 1, 9999, 12, 31}, 119988},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.span.period().whole_months(), c.months) << testing::PrintToString(c.span.period());
  }
}

TEST(PeriodTest, ExceedsMonths) {
  struct Case {
    Span span;
    int months;
    bool exceeds;
  };
  const Case cases[] = {
      {{2023, 12, 15, 2024, 12, 15}, 12, true},  // the example of period.h
      {{2023, 12, 15, 2024, 12, 14}, 12, false}, {{2023, 1, 1, 2023, 12, 31}, 12, false},
      {{2023, 1, 1, 2024, 1, 1}, 12, true},      {{2023, 9, 1, 2024, 8, 31}, 12, false},
      {{2023, 9, 1, 2023, 12, 1}, 3, true},      {{2023, 9, 1, 2023, 11, 30}, 3, false},
      {{2023, 9, 1, 2023, 11, 30}, 2, true},     {{2023, 9, 18, 2023, 9, 18}, 0, true},
      {{9999, 12, 1, 9999, 12, 31}, 1, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.span.period().exceeds_months(c.months), c.exceeds)
        << testing::PrintToString(c.span.period()) << " exceeds " << c.months;
  }
}

TEST(PeriodTest, ContainsAndOverlaps) {
  const Period year_2023 = Span{2023, 1, 1, 2023, 12, 31}.period();
  EXPECT_TRUE(year_2023.contains(make_date(2023, 1, 1)));
  EXPECT_TRUE(year_2023.contains(make_date(2023, 12, 31)));
  EXPECT_FALSE(year_2023.contains(make_date(2022, 12, 31)));
  EXPECT_FALSE(year_2023.contains(make_date(2024, 1, 1)));
  EXPECT_TRUE(year_2023.contains(Span{2023, 3, 1, 2023, 12, 31}.period()));
  EXPECT_FALSE(year_2023.contains(Span{2023, 3, 1, 2024, 1, 1}.period()));
  EXPECT_TRUE(year_2023.overlaps(Span{2023, 12, 31, 2024, 6, 30}.period()));
  EXPECT_FALSE(year_2023.overlaps(Span{2024, 1, 1, 2024, 6, 30}.period()));
  EXPECT_TRUE(year_2023.overlaps(Span{2020, 1, 1, 2023, 1, 1}.period()));
}

TEST(PeriodTest, Equality) {
  const Period year_2023 = Span{2023, 1, 1, 2023, 12, 31}.period();
  EXPECT_EQ(year_2023, (Span{2023, 1, 1, 2023, 12, 31}.period()));
  EXPECT_NE(year_2023, (Span{2023, 1, 2, 2023, 12, 31}.period()));
  EXPECT_NE(year_2023, (Span{2023, 1, 1, 2024, 1, 1}.period()));
}

}  // namespace
}  // namespace octroi
