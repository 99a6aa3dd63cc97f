#include "calendar/date.h"

#include <cstdint>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "calendar_test_support.h"

namespace octroi {
namespace {

struct YearMonthDay {
  int year;
  int month;
  int day;
};

TEST(DateTest, CreateKeepsTheDayItIsGiven) {
  const YearMonthDay cases[] = {
      {2023, 9, 18}, {2024, 2, 29}, {2000, 2, 29}, {1, 1, 1}, {9999, 12, 31}, {2023, 12, 31},
  };
  for (const YearMonthDay& c : cases) {
    Result<Date> date = Date::create(c.year, c.month, c.day);
    ASSERT_TRUE(date.ok()) << c.year << "-" << c.month << "-" << c.day;
    EXPECT_EQ(date->year(), c.year);
    EXPECT_EQ(date->month(), c.month);
    EXPECT_EQ(date->day(), c.day);
  }
}

TEST(DateTest, CreateRefusesDaysAbsentFromTheirMonth) {
  struct Case {
    YearMonthDay date;
    std::string message;
  };
  const Case cases[] = {
      {{2024, 11, 31}, "date impossible « 31/11/2024 » : novembre 2024 n'a que 30 jours"},
      {{2023, 2, 29},
       "date impossible « 29/02/2023 » : février 2023 n'a que 28 jours (2023 n'est pas "
       "bissextile)"},
      {{1900, 2, 29},
       "date impossible « 29/02/1900 » : février 1900 n'a que 28 jours (1900 n'est pas "
       "bissextile)"},
      {{2024, 2, 30}, "date impossible « 30/02/2024 » : février 2024 n'a que 29 jours"},
      {{2023, 4, 31}, "date impossible « 31/04/2023 » : avril 2023 n'a que 30 jours"},
      {{2023, 6, 31}, "date impossible « 31/06/2023 » : juin 2023 n'a que 30 jours"},
      {{2023, 9, 31}, "date impossible « 31/09/2023 » : septembre 2023 n'a que 30 jours"},
  };
  for (const Case& c : cases) {
    Result<Date> date = Date::create(c.date.year, c.date.month, c.date.day);
    ASSERT_FALSE(date.ok()) << c.message;
    EXPECT_EQ(date.error().code(), ErrorCode::kImpossibleDate);
    EXPECT_EQ(date.error().message(), c.message);
  }
}

TEST(DateTest, CreateRefusesDaysMonthsAndYearsOutOfRange) {
  struct Case {
    YearMonthDay date;
    std::string part;  // what the message must name
  };
  const Case cases[] = {
      {{2023, 1, 0}, "jour 0"},   {{2023, 1, 32}, "jour 32"}, {{2023, 0, 1}, "mois 0"},
      {{2023, 13, 1}, "mois 13"}, {{0, 1, 1}, "année 0"},     {{10000, 1, 1}, "année 10000"},
      {{-5, 1, 1}, "année -5"},
  };
  for (const Case& c : cases) {
    Result<Date> date = Date::create(c.date.year, c.date.month, c.date.day);
    ASSERT_FALSE(date.ok()) << c.part;
    EXPECT_EQ(date.error().code(), ErrorCode::kInvalidDate) << c.part;
    EXPECT_NE(date.error().message().find(c.part), std::string::npos) << date.error().message();
  }
}

TEST(DateTest, LeapYearsFollowTheGregorianRule) {
  struct Case {
    int year;
    bool leap;
  };
  const Case cases[] = {{2024, true},  {2023, false}, {1900, false}, {2000, true},
                        {2100, false}, {1600, true},  {4, true},     {2022, false},
                        {1800, false}, {2200, false}, {2400, true}};
  for (const Case& c : cases) EXPECT_EQ(Date::is_leap_year(c.year), c.leap) << c.year;
}

TEST(DateTest, DaysInMonth) {
  struct Case {
    int year;
    int month;
    int days;
  };
  const Case cases[] = {{2023, 1, 31}, {2023, 2, 28}, {2024, 2, 29},  {1900, 2, 28},
                        {2000, 2, 29}, {2023, 4, 30}, {2023, 6, 30},  {2023, 7, 31},
                        {2023, 8, 31}, {2023, 9, 30}, {2023, 11, 30}, {2023, 12, 31}};
  for (const Case& c : cases) {
    EXPECT_EQ(Date::days_in_month(c.year, c.month), c.days) << c.year << "-" << c.month;
  }
  EXPECT_THROW((void)Date::days_in_month(2023, 0), std::out_of_range);
  EXPECT_THROW((void)Date::days_in_month(2023, 13), std::out_of_range);
}

TEST(DateTest, DaysSinceEpochAndBack) {
  struct Case {
    YearMonthDay date;
    std::int64_t days;
  };
  const Case cases[] = {{{1970, 1, 1}, 0},     {{1969, 12, 31}, -1}, {{2023, 9, 18}, 19618},
                        {{2000, 1, 1}, 10957}, {{1, 1, 1}, -719162}, {{9999, 12, 31}, 2932896}};
  for (const Case& c : cases) {
    const Date date = make_date(c.date.year, c.date.month, c.date.day);
    EXPECT_EQ(date.days_since_epoch(), c.days) << date.iso();
    EXPECT_EQ(Date::from_days(c.days), date) << c.days;
  }
  EXPECT_THROW((void)Date::from_days(-719163), std::out_of_range);
  EXPECT_THROW((void)Date::from_days(2932897), std::out_of_range);
}

TEST(DateTest, DayOfWeekIsIso) {
  struct Case {
    YearMonthDay date;
    int weekday;
  };
  const Case cases[] = {{{2023, 9, 18}, 1}, {{2023, 9, 17}, 7},  {{2000, 1, 1}, 6},
                        {{1, 1, 1}, 1},     {{9999, 12, 31}, 5}, {{2024, 2, 29}, 4}};
  for (const Case& c : cases) {
    const Date date = make_date(c.date.year, c.date.month, c.date.day);
    EXPECT_EQ(date.day_of_week(), c.weekday) << date.iso();
  }
}

TEST(DateTest, PlusDaysCrossesMonthsYearsAndLeapDays) {
  struct Case {
    YearMonthDay from;
    std::int64_t days;
    YearMonthDay to;
  };
  const Case cases[] = {
      {{2023, 9, 18}, 0, {2023, 9, 18}}, {{2023, 9, 30}, 1, {2023, 10, 1}},
      {{2023, 12, 31}, 1, {2024, 1, 1}}, {{2024, 2, 28}, 1, {2024, 2, 29}},
      {{2023, 2, 28}, 1, {2023, 3, 1}},  {{2024, 1, 1}, -1, {2023, 12, 31}},
      {{2023, 1, 1}, 365, {2024, 1, 1}}, {{2024, 1, 1}, 365, {2024, 12, 31}},
  };
  for (const Case& c : cases) {
    const Date from = make_date(c.from.year, c.from.month, c.from.day);
    EXPECT_EQ(from.plus_days(c.days), make_date(c.to.year, c.to.month, c.to.day))
        << from.iso() << " + " << c.days;
  }
  EXPECT_THROW((void)make_date(9999, 12, 31).plus_days(1), std::out_of_range);
  EXPECT_THROW((void)make_date(1, 1, 1).plus_days(-1), std::out_of_range);
  EXPECT_THROW((void)make_date(2023, 1, 1).plus_days(INT64_MAX), std::out_of_range);
}

TEST(DateTest, PlusMonthsClampsToTheLastDayOfTheMonth) {
  struct Case {
    YearMonthDay from;
    int months;
    YearMonthDay to;
  };
  const Case cases[] = {
      {{2024, 1, 31}, 1, {2024, 2, 29}},    {{2023, 1, 31}, 1, {2023, 2, 28}},
      {{2023, 3, 31}, -1, {2023, 2, 28}},   {{2023, 10, 31}, 1, {2023, 11, 30}},
      {{2023, 9, 18}, 12, {2024, 9, 18}},   {{2023, 12, 15}, 1, {2024, 1, 15}},
      {{2024, 2, 29}, 12, {2025, 2, 28}},   {{2024, 2, 29}, 48, {2028, 2, 29}},
      {{2023, 1, 15}, -13, {2021, 12, 15}}, {{2023, 9, 18}, 0, {2023, 9, 18}},
      {{2023, 8, 31}, 1, {2023, 9, 30}},    {{1, 1, 31}, 1, {1, 2, 28}},
  };
  for (const Case& c : cases) {
    const Date from = make_date(c.from.year, c.from.month, c.from.day);
    EXPECT_EQ(from.plus_months(c.months), make_date(c.to.year, c.to.month, c.to.day))
        << from.iso() << " + " << c.months << " months";
  }
  EXPECT_THROW((void)make_date(9999, 12, 1).plus_months(1), std::out_of_range);
  EXPECT_THROW((void)make_date(1, 1, 1).plus_months(-1), std::out_of_range);
  EXPECT_THROW((void)make_date(2023, 1, 1).plus_months(INT32_MIN), std::out_of_range);
}

TEST(DateTest, LastDayOfMonth) {
  EXPECT_EQ(make_date(2024, 2, 3).last_day_of_month(), make_date(2024, 2, 29));
  EXPECT_EQ(make_date(2023, 2, 3).last_day_of_month(), make_date(2023, 2, 28));
  EXPECT_EQ(make_date(2023, 11, 30).last_day_of_month(), make_date(2023, 11, 30));
  EXPECT_EQ(make_date(2023, 12, 1).last_day_of_month(), make_date(2023, 12, 31));
}

TEST(DateTest, IsoHasFourDigitYears) {
  EXPECT_EQ(make_date(2023, 9, 18).iso(), "2023-09-18");
  EXPECT_EQ(make_date(999, 3, 1).iso(), "0999-03-01");
}

TEST(DateTest, OrderFollowsTheCalendar) {
  EXPECT_LT(make_date(2023, 12, 31), make_date(2024, 1, 1));
  EXPECT_LT(make_date(2023, 1, 31), make_date(2023, 2, 1));
  EXPECT_GT(make_date(2023, 9, 18), make_date(2023, 9, 17));
  EXPECT_EQ(make_date(2023, 9, 18), make_date(2023, 9, 18));
  EXPECT_NE(make_date(2023, 9, 18), make_date(2024, 9, 18));
}

}  // namespace
}  // namespace octroi
