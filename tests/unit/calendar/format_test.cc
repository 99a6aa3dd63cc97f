#include "calendar/format.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "calendar/parse.h"
#include "calendar_test_support.h"

namespace octroi {
namespace {

struct DateCase {
  int year;
  int month;
  int day;
  std::string_view long_form;
  std::string_view short_form;
};

// Journal stamps (UTC) in Paris time: +1 h in winter, +2 h in summer, the
// change at 01:00 UTC on the last Sundays of March and October.
TEST(FormatTest, TimestampsInParisTime) {
  EXPECT_EQ(format_timestamp("2026-11-29T07:39:57Z"), "29 novembre 2026 à 08:39");
  EXPECT_EQ(format_timestamp("2023-09-18T08:00:00Z"), "18 septembre 2023 à 10:00");
  EXPECT_EQ(format_timestamp("2026-03-29T00:59:59Z"), "29 mars 2026 à 01:59");
  EXPECT_EQ(format_timestamp("2026-03-29T01:00:00Z"), "29 mars 2026 à 03:00");
  EXPECT_EQ(format_timestamp("2026-10-25T00:59:00Z"), "25 octobre 2026 à 02:59");
  EXPECT_EQ(format_timestamp("2026-10-25T01:00:00Z"), "25 octobre 2026 à 02:00");
  EXPECT_EQ(format_timestamp("2023-12-31T23:30:00Z"), "1er janvier 2024 à 00:30");
  EXPECT_EQ(format_timestamp("2026-11-29T07:39:57.125Z"), "29 novembre 2026 à 08:39");
  // Anything else is shown as it is.
  for (std::string_view text : {"", "now", "2023-02-30T10:00:00Z", "2023-09-18 08:00:00",
                                "2023-09-18T24:00:00Z", "2023-09-18T08:00:00+02:00"}) {
    EXPECT_EQ(format_timestamp(text), text);
  }
}

TEST(FormatTest, DatesInFrench) {
  const DateCase cases[] = {
      {2023, 9, 18, "18 septembre 2023", "18/09/2023"},
      {2023, 1, 1, "1er janvier 2023", "01/01/2023"},
      {2023, 11, 1, "1er novembre 2023", "01/11/2023"},
      {2024, 2, 29, "29 février 2024", "29/02/2024"},
      {2023, 8, 15, "15 août 2023", "15/08/2023"},
      {2023, 12, 31, "31 décembre 2023", "31/12/2023"},
      {2023, 3, 2, "2 mars 2023", "02/03/2023"},
      {999, 3, 1, "1er mars 0999", "01/03/0999"},
  };
  for (const DateCase& c : cases) {
    const Date date = make_date(c.year, c.month, c.day);
    EXPECT_EQ(format_date_long(date), c.long_form);
    EXPECT_EQ(format_date_short(date), c.short_form);
  }
}

TEST(FormatTest, PeriodsInFrench) {
  const Period year_2023 = make_period(make_date(2023, 1, 1), make_date(2023, 12, 31));
  EXPECT_EQ(format_period_long(year_2023), "du 1er janvier 2023 au 31 décembre 2023");
  EXPECT_EQ(format_period_short(year_2023), "du 01/01/2023 au 31/12/2023");
  const Period operation = make_period(make_date(2023, 12, 15), make_date(2024, 12, 15));
  EXPECT_EQ(format_period_long(operation), "du 15 décembre 2023 au 15 décembre 2024");
  EXPECT_EQ(format_period_short(operation), "du 15/12/2023 au 15/12/2024");
}

TEST(FormatTest, MonthNames) {
  const std::string_view names[] = {"janvier",   "février", "mars",     "avril",
                                    "mai",       "juin",    "juillet",  "août",
                                    "septembre", "octobre", "novembre", "décembre"};
  for (int month = 1; month <= 12; ++month) EXPECT_EQ(month_name(month), names[month - 1]);
  EXPECT_THROW((void)month_name(0), std::out_of_range);
  EXPECT_THROW((void)month_name(13), std::out_of_range);
}

// Every date written is read back as the same date: two years, leap day
// included, and the ends of the calendar.
TEST(FormatTest, ParseReadsBackWhatFormatWrites) {
  std::vector<Date> dates;
  for (Date date = make_date(2023, 1, 1); date <= make_date(2024, 12, 31);
       date = date.plus_days(1)) {
    dates.push_back(date);
  }
  dates.push_back(make_date(1, 1, 1));
  dates.push_back(make_date(999, 12, 31));
  dates.push_back(make_date(9999, 12, 31));
  for (const Date& date : dates) {
    Result<Date> from_long = parse_date(format_date_long(date));
    ASSERT_TRUE(from_long.ok()) << from_long.error().message();
    EXPECT_EQ(*from_long, date);
    Result<Date> from_short = parse_date(format_date_short(date));
    ASSERT_TRUE(from_short.ok()) << from_short.error().message();
    EXPECT_EQ(*from_short, date);
  }
  const Period period = make_period(make_date(2023, 9, 1), make_date(2024, 8, 31));
  Result<Period> from_long = parse_period(format_period_long(period));
  ASSERT_TRUE(from_long.ok()) << from_long.error().message();
  EXPECT_EQ(*from_long, period);
  Result<Period> from_short = parse_period(format_period_short(period));
  ASSERT_TRUE(from_short.ok()) << from_short.error().message();
  EXPECT_EQ(*from_short, period);
}

}  // namespace
}  // namespace octroi
