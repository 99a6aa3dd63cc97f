#include "calendar/parse.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "calendar_test_support.h"

namespace octroi {
namespace {

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// The text as a message quotes it: without surrounding ASCII spaces.
std::string quoted(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\n");
  if (begin == std::string_view::npos) return "« »";
  const std::size_t end = text.find_last_not_of(" \t\n");
  return "« " + std::string(text.substr(begin, end - begin + 1)) + " »";
}

TEST(ParseDateTest, ReadsEveryFormOfTheReferenceDocuments) {
  struct Case {
    std::string_view text;
    std::string_view iso;
  };
  const Case cases[] = {
      {"01/09/23", "2023-09-01"},
      {"01/09/2023", "2023-09-01"},
      {"1/9/2023", "2023-09-01"},
      {"18/09/2023", "2023-09-18"},
      {"04/09/23", "2023-09-04"},
      {"01/01/00", "2000-01-01"},
      {"31/12/99", "2099-12-31"},
      {"1er janvier 2023", "2023-01-01"},
      {"1^{er} novembre 2023", "2023-11-01"},
      {"1 er janvier 2023", "2023-01-01"},
      {"1ER JANVIER 2023", "2023-01-01"},
      {"1ᵉʳ juillet 2023", "2023-07-01"},
      {"1 janvier 2023", "2023-01-01"},
      {"01 septembre 2022", "2022-09-01"},
      {"31 décembre 2024", "2024-12-31"},
      {"31 decembre 2024", "2024-12-31"},
      {"31 DÉCEMBRE 2024", "2024-12-31"},
      {"31 DECEMBRE 2024", "2024-12-31"},
      {"31 Décembre 2024", "2024-12-31"},
      {"28 février 2023", "2023-02-28"},
      {"28 fevrier 2023", "2023-02-28"},
      {"28 FÉVRIER 2023", "2023-02-28"},
      {"15 août 2023", "2023-08-15"},
      {"15 aout 2023", "2023-08-15"},
      {"15 AOÛT 2023", "2023-08-15"},
      {"13 Juillet 2023", "2023-07-13"},
      {"3 mars 2023", "2023-03-03"},
      {"30 avril 2023", "2023-04-30"},
      {"15 mai 2023", "2023-05-15"},
      {"12 juin 2023", "2023-06-12"},
      {"18 septembre 2023", "2023-09-18"},
      {"31 octobre 2024", "2024-10-31"},
      {"30 novembre 2024", "2024-11-30"},
      {"2023-09-18", "2023-09-18"},
      {"2024-02-29", "2024-02-29"},
      {"  18/09/2023  ", "2023-09-18"},
      {"\t18/09/2023\n", "2023-09-18"},
      {"1\u00A0er\u00A0janvier\u00A02023", "2023-01-01"},  // no-break spaces
      {"31\u202Fdécembre\u202F2024", "2024-12-31"},        // narrow no-break spaces
      {"\u00A018 septembre 2023\u202F", "2023-09-18"},
      {"18   septembre   2023", "2023-09-18"},
      // Leap years: 2024 and 2000 are leap years.
      {"29/02/2024", "2024-02-29"},
      {"29 février 2000", "2000-02-29"},
      {"29/02/00", "2000-02-29"},
      {"0999-03-01", "0999-03-01"},
      {"1er mars 0999", "0999-03-01"},
  };
  for (const Case& c : cases) {
    Result<Date> date = parse_date(c.text);
    ASSERT_TRUE(date.ok()) << c.text << ": " << date.error().message();
    EXPECT_EQ(date->iso(), c.iso) << c.text;
  }
}

TEST(ParseDateTest, RefusesImpossibleDatesQuotingThem) {
  struct Case {
    std::string_view text;
    std::string_view message;
    int column;
  };
  const Case cases[] = {
      {"31/11/2024", "date impossible « 31/11/2024 » : novembre 2024 n'a que 30 jours", 1},
      {"29/02/2023",
       "date impossible « 29/02/2023 » : février 2023 n'a que 28 jours (2023 n'est pas bissextile)",
       1},
      {"29/02/1900",
       "date impossible « 29/02/1900 » : février 1900 n'a que 28 jours (1900 n'est pas bissextile)",
       1},
      {"2023-02-29",
       "date impossible « 2023-02-29 » : février 2023 n'a que 28 jours (2023 n'est pas bissextile)",
       9},
      {"31 novembre 2024", "date impossible « 31 novembre 2024 » : novembre 2024 n'a que 30 jours",
       1},
      {"30 février 2024", "date impossible « 30 février 2024 » : février 2024 n'a que 29 jours", 1},
      {"31/04/23", "date impossible « 31/04/23 » : avril 2023 n'a que 30 jours", 1},
      {"31 juin 2023", "date impossible « 31 juin 2023 » : juin 2023 n'a que 30 jours", 1},
      {"  31/09/2023", "date impossible « 31/09/2023 » : septembre 2023 n'a que 30 jours", 3},
  };
  for (const Case& c : cases) {
    Result<Date> date = parse_date(c.text);
    ASSERT_FALSE(date.ok()) << c.text;
    EXPECT_EQ(date.error().code(), ErrorCode::kImpossibleDate) << c.text;
    EXPECT_EQ(date.error().message(), c.message);
    EXPECT_EQ(date.error().location().column, c.column) << c.text;
  }
}

TEST(ParseDateTest, RefusesMalformedDatesQuotingThemAndPointingAtTheFault) {
  struct Case {
    std::string_view text;
    std::string_view reason;  // what the message says after the quoted text
    int column;               // 0: no column
  };
  const Case cases[] = {
      {"", "aucune date", 0},
      {"   ", "aucune date", 0},
      {"00/01/2023", "jour 0 inexistant", 1},
      {"32/01/2023", "jour 32 inexistant", 1},
      {"01/13/2023", "mois 13 inexistant", 4},
      {"01/00/2023", "mois 0 inexistant", 4},
      {"01/01/0000", "année 0 inexistante", 7},
      {"0000-01-01", "année 0 inexistante", 1},
      {"1er brumaire 2023", "mois inconnu « brumaire »", 5},
      {"1 décembr 2023", "mois inconnu « décembr »", 3},
      {"2023-9-18x", "mois sur deux chiffres attendu", 6},
      {"2023-09-18x", "caractères inattendus « x » après la date", 11},
      {"2023-09", "« - » attendu après le mois", 8},
      {"23-09-18", "séparateur « - » inconnu : « / » attendu (JJ/MM/AAAA ou AAAA-MM-JJ)", 3},
      {"202-09-18", "année sur quatre chiffres attendue avant « - »", 1},
      {"abc", "la date doit commencer par des chiffres", 1},
      {"le 18 septembre 2023", "la date doit commencer par des chiffres", 1},
      {"2er janvier 2023", "« er » ne suit que le chiffre 1", 2},
      {"1erjanvier 2023", "espace attendue entre le jour et le mois", 2},
      {"1^{er}janvier 2023", "espace attendue après « er »", 7},
      {"18septembre 2023", "espace attendue entre le jour et le mois", 3},
      {"18 septembre2023", "espace attendue entre le mois et l'année", 13},
      {"18 septembre", "année attendue après le mois", 13},
      {"18 septembre 23", "année sur quatre chiffres attendue", 14},
      {"18", "mois attendu après le jour", 3},
      {"18 9 2023", "mois en lettres attendu après le jour", 4},
      {"180/09/2023", "jour sur un ou deux chiffres attendu", 1},
      {"18/090/2023", "mois sur un ou deux chiffres attendu", 4},
      {"18/09", "« / » puis l'année attendus après le mois", 6},
      {"18/09/202", "année sur deux ou quatre chiffres attendue", 7},
      {"18/09/2023 x", "caractères inattendus « x » après la date", 12},
      {"18.09.2023", "séparateur « . » inconnu : « / » attendu", 3},
      {"18-09-2023", "séparateur « - » inconnu : « / » attendu", 3},
      {"1 décembre 2024x", "caractères inattendus « x » après la date", 16},
      {"18/", "mois en chiffres attendu après « / »", 4},
  };
  for (const Case& c : cases) {
    Result<Date> date = parse_date(c.text);
    ASSERT_FALSE(date.ok()) << c.text;
    EXPECT_EQ(date.error().code(), ErrorCode::kInvalidDate) << c.text;
    const std::string opening = "date invalide " + quoted(c.text) + " : ";
    EXPECT_EQ(date.error().message().rfind(opening, 0), 0u) << date.error().message();
    EXPECT_TRUE(contains(date.error().message(), c.reason)) << date.error().message();
    EXPECT_EQ(date.error().location().column, c.column) << c.text;
  }
}

TEST(ParseDateTest, MessagesStayValidUtf8) {
  Result<Date> date = parse_date("18 \xFF\xFE 2023");
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(date.error().message(),
            "date invalide « 18 \uFFFD\uFFFD 2023 » : mois inconnu « \uFFFD\uFFFD »");
}

TEST(ParseDateTest, LongTextsAreCutInMessages) {
  const std::string text = "1 " + std::string(200, 'x') + " 2023";
  Result<Date> date = parse_date(text);
  ASSERT_FALSE(date.ok());
  EXPECT_LT(date.error().message().size(), 200u);
  EXPECT_TRUE(contains(date.error().message(), "…")) << date.error().message();
}

TEST(ParsePeriodTest, ReadsEveryFormOfTheReferenceDocuments) {
  struct Case {
    std::string_view text;
    std::string_view start;
    std::string_view end;
  };
  const Case cases[] = {
      {"du 01/12/2023 au 30/11/2024", "2023-12-01", "2024-11-30"},
      {"01/01/2022 au 30/06/2022", "2022-01-01", "2022-06-30"},
      {"du 1er janvier au 31 décembre 2023", "2023-01-01", "2023-12-31"},
      {"du 1^{er} juillet au 31 décembre 2023", "2023-07-01", "2023-12-31"},
      {"du 1^{er} septembre 2023 au 31 décembre 2024", "2023-09-01", "2024-12-31"},
      {"du 1^{er} novembre 2023 au 31 octobre 2024", "2023-11-01", "2024-10-31"},
      {"sur la période du 1er janvier au 31 décembre 2023", "2023-01-01", "2023-12-31"},
      {"sur la période du 1^{er} janvier 2023 au 31 décembre 2023", "2023-01-01", "2023-12-31"},
      {"pour la période du 01/01/2022 au 30/06/2022", "2022-01-01", "2022-06-30"},
      {"la période du 01/01/2024 au 31/12/2024", "2024-01-01", "2024-12-31"},
      {"période du 1^{er} décembre 2023 au 30 novembre 2024", "2023-12-01", "2024-11-30"},
      {"Opérations du 15/12/2023 au 15/12/2024", "2023-12-15", "2024-12-15"},
      {"Opération du 01/09/2023 au 31/08/2024", "2023-09-01", "2024-08-31"},
      {"opération du 01/09/23 au 31/08/24", "2023-09-01", "2024-08-31"},
      {"opération du 04/09/23 au 28/06/24", "2023-09-04", "2024-06-28"},
      {"OPERATION DU 01/09/23 AU 01/12/23", "2023-09-01", "2023-12-01"},
      {"allant du 1^{er} septembre 2023 au 31 août 2024", "2023-09-01", "2024-08-31"},
      {"Du 15 mai au 15 mai 2023", "2023-05-15", "2023-05-15"},
      // The start takes the year before the end's when it would fall after it.
      {"du 1er novembre au 31 octobre 2024", "2023-11-01", "2024-10-31"},
      {"du 01/09 au 31/08/2024", "2023-09-01", "2024-08-31"},
      {"du 29 février au 31 mars 2024", "2024-02-29", "2024-03-31"},
      {"du 1er janvier 2023 au 31/12/2023", "2023-01-01", "2023-12-31"},
      {"  du\u00A001/01/2023\u202Fau\u00A031/12/2023 ", "2023-01-01", "2023-12-31"},
      {"2023-01-01 au 2023-12-31", "2023-01-01", "2023-12-31"},
  };
  for (const Case& c : cases) {
    Result<Period> period = parse_period(c.text);
    ASSERT_TRUE(period.ok()) << c.text << ": " << period.error().message();
    EXPECT_EQ(period->start().iso(), c.start) << c.text;
    EXPECT_EQ(period->end().iso(), c.end) << c.text;
  }
}

TEST(ParsePeriodTest, RefusesBadPeriodsSayingWhichEndIsWrong) {
  struct Case {
    std::string_view text;
    ErrorCode code;
    std::string_view message;  // a part of the message
    int column;
  };
  const Case cases[] = {
      {"du 01/12/2023 au 31/11/2024", ErrorCode::kImpossibleDate,
       "fin de la période « du 01/12/2023 au 31/11/2024 » : date impossible « 31/11/2024 » : "
       "novembre 2024 n'a que 30 jours",
       18},
      {"du 31/11/2023 au 31/12/2023", ErrorCode::kImpossibleDate,
       "début de la période « du 31/11/2023 au 31/12/2023 » : date impossible « 31/11/2023 » : "
       "novembre 2023 n'a que 30 jours",
       4},
      {"du 30 février au 31 mars 2023", ErrorCode::kImpossibleDate,
       "début de la période « du 30 février au 31 mars 2023 » : date impossible « 30 février » : "
       "février 2023 n'a que 28 jours",
       4},
      {"du 31/12/2023 au 01/01/2023", ErrorCode::kInvalidPeriod,
       "période invalide « du 31/12/2023 au 01/01/2023 » : la fin (1er janvier 2023) précède le "
       "début (31 décembre 2023)",
       18},
      {"du 01/01/2023 31/12/2023", ErrorCode::kInvalidPeriod,
       "période invalide « du 01/01/2023 31/12/2023 » : « au » attendu entre les deux dates", 1},
      {"n'importe quoi", ErrorCode::kInvalidPeriod, "« au » attendu", 1},
      {"", ErrorCode::kInvalidPeriod, "période invalide « » : aucune période", 0},
      {"du au 31/12/2023", ErrorCode::kInvalidPeriod, "date de début manquante avant « au »", 4},
      {"du 01/01/2023 au", ErrorCode::kInvalidPeriod, "date de fin manquante après « au »", 17},
      {"du 01/01/2023 au 15/06/2023 au 31/12/2023", ErrorCode::kInvalidPeriod,
       "un seul « au » attendu", 29},
      {"du 01/01/2023 au 31 décembre", ErrorCode::kInvalidDate,
       "fin de la période « du 01/01/2023 au 31 décembre » : date invalide « 31 décembre » : année "
       "attendue après le mois",
       29},
      {"du 1er brumaire au 31 décembre 2023", ErrorCode::kInvalidDate,
       "début de la période « du 1er brumaire au 31 décembre 2023 » : date invalide « 1er "
       "brumaire » : mois inconnu « brumaire »",
       8},
      {"du 32/01/2023 au 31/12/2023", ErrorCode::kInvalidDate, "début de la période", 4},
      {"du 01/01/2023 au 31/13/2023", ErrorCode::kInvalidDate, "fin de la période", 21},
      {"du 01/01/2023 au xx", ErrorCode::kInvalidDate, "fin de la période", 18},
  };
  for (const Case& c : cases) {
    Result<Period> period = parse_period(c.text);
    ASSERT_FALSE(period.ok()) << c.text;
    EXPECT_EQ(period.error().code(), c.code) << c.text << ": " << period.error().message();
    EXPECT_TRUE(contains(period.error().message(), c.message)) << period.error().message();
    EXPECT_EQ(period.error().location().column, c.column) << c.text;
  }
}

}  // namespace
}  // namespace octroi
