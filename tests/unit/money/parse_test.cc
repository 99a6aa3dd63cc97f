#include "money/parse.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace octroi {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

// The three spaces French documents use between thousands.
constexpr std::string_view kSpaces[] = {" ", "\u00A0", "\u202F"};

// Replaces every '_' of `pattern` by `space`: "8_000,00_€" -> "8 000,00 €".
std::string with_spaces(std::string_view pattern, std::string_view space) {
  std::string out;
  for (char c : pattern) {
    if (c == '_') {
      out += space;
    } else {
      out += c;
    }
  }
  return out;
}

struct Accepted {
  std::string_view pattern;  // '_' stands for each kind of space in turn
  std::int64_t expected;
};

struct Refused {
  std::string_view text;
  ErrorCode code;
  int column;
  std::string_view message_part;
};

template <typename T>
void expect_refused(const Result<T>& result, const Refused& r) {
  ASSERT_FALSE(result.ok()) << "accepted « " << r.text << " »";
  EXPECT_EQ(error_code_name(result.error().code()), error_code_name(r.code));
  EXPECT_EQ(result.error().location().column, r.column) << result.error().message();
  EXPECT_NE(result.error().message().find(r.message_part), std::string::npos)
      << "message: " << result.error().message() << "\nexpected to contain: " << r.message_part;
}

TEST(ParseAmountTest, AcceptsEveryFormOfTheReferenceDocumentWithEachSpace) {
  const Accepted cases[] = {
      {"8_000,00_€", 800000},
      {"42_000_€", 4200000},
      {"86_453.34_€", 8645334},
      {"1_545_780,28", 154578028},
      {"16_137,96_€", 1613796},
      {"6_875€", 687500},
      {"63_914_€", 6391400},
      {"1_614_364,36_€", 161436436},
      {"_42_000_€_", 4200000},  // surrounding spaces are ignored
      {"12,50__€", 1250},
      {"1_234_567,89_EUR", 123456789},
      {"-1_234,00_€", -123400},
      {"92_233_720_368_547_758,07_€", kMax},
      {"-92_233_720_368_547_758,08_€", kMin},
  };
  for (std::string_view space : kSpaces) {
    for (const Accepted& c : cases) {
      std::string text = with_spaces(c.pattern, space);
      SCOPED_TRACE("« " + text + " »");
      Result<Amount> result = parse_amount(text);
      ASSERT_TRUE(result.ok()) << result.error().message();
      EXPECT_EQ(result->cents(), c.expected);
    }
  }
}

TEST(ParseAmountTest, AcceptsMachineAndOtherForms) {
  const Accepted cases[] = {
      {"1614364.36", 161436436},
      {"1.234,56", 123456},
      {"1.234.567,89 €", 123456789},
      {"0", 0},
      {"-0", 0},
      {"0,05", 5},
      {"0.5", 50},
      {"12,5", 1250},
      {"007,50", 750},
      {"-12,50 €", -1250},
      {"\u221212,50 €", -1250},  // U+2212 MINUS SIGN
      {"12EUR", 1200},
      {"12 EUR", 1200},
      {"\t42 €\t", 4200},
      {"1234567", 123456700},
      {"1 234.5", 123450},  // spaces group, the point is then the decimal mark
      {"92233720368547758.07", kMax},
  };
  for (const Accepted& c : cases) {
    SCOPED_TRACE("« " + std::string(c.pattern) + " »");
    Result<Amount> result = parse_amount(c.pattern);
    ASSERT_TRUE(result.ok()) << result.error().message();
    EXPECT_EQ(result->cents(), c.expected);
  }
}

TEST(ParseAmountTest, RefusalQuotesTheTextAndTheCharacter) {
  Result<Amount> result = parse_amount("12a");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidAmount);
  EXPECT_EQ(result.error().message(),
            "montant invalide « 12a » : caractère inattendu « a » en colonne 3");
  EXPECT_EQ(result.error().location().column, 3);
}

TEST(ParseAmountTest, RefusesWithCodeColumnAndFrenchReason) {
  const ErrorCode kInvalid = ErrorCode::kInvalidAmount;
  const ErrorCode kOverflow = ErrorCode::kAmountOverflow;
  const Refused cases[] = {
      {"", kInvalid, 1, "montant invalide «  » : texte vide"},
      {" \u00A0 ", kInvalid, 1, "texte vide"},
      {"abc", kInvalid, 1, "caractère inattendu « a » en colonne 1"},
      {"douze euros", kInvalid, 1, "« d »"},
      {"1e5", kInvalid, 2, "caractère inattendu « e » en colonne 2"},
      {"1 23,00", kInvalid, 2, "séparateur des milliers mal placé en colonne 2"},
      {"1234 567", kInvalid, 5, "séparateur des milliers mal placé en colonne 5"},
      {"1 234 56 €", kInvalid, 6, "séparateur des milliers mal placé en colonne 6"},
      {"1\u00A023,00", kInvalid, 2, "séparateur des milliers mal placé"},
      {"1.23,00", kInvalid, 2, "séparateur des milliers mal placé"},
      {"1.234", kInvalid, 2, "point ambigu en colonne 2"},
      {"-1.234 €", kInvalid, 3, "point ambigu en colonne 3"},
      {"12,345", kInvalid, 6, "trop de décimales en colonne 6 : 2 au plus"},
      {"1 234.567", kInvalid, 9, "trop de décimales"},
      {"0.125", kInvalid, 5, "trop de décimales"},  // not ambiguous: no group starts "0."
      {"1,2,3", kInvalid, 4, "deuxième marque décimale « , » en colonne 4"},
      {"1,5.3", kInvalid, 4, "deuxième marque décimale « . » en colonne 4"},
      {"1.234.567", kInvalid, 6, "deuxième marque décimale « . » en colonne 6"},
      {"1 234.567,00", kInvalid, 6, "séparateurs des milliers mélangés en colonne 6"},
      {"--5", kInvalid, 2, "caractère inattendu « - » en colonne 2"},
      {"-", kInvalid, 2, "chiffre attendu en colonne 2, à la fin du texte"},
      {"12,", kInvalid, 4, "chiffre attendu en colonne 4"},
      {",50", kInvalid, 1, "caractère inattendu « , » en colonne 1"},
      {"€", kInvalid, 1, "caractère inattendu « € » en colonne 1"},
      {"€ 12", kInvalid, 1, "« € »"},
      {"12 €€", kInvalid, 7, "caractère inattendu « € » en colonne 7"},
      {"12 € 50", kInvalid, 8, "caractère inattendu « 5 » en colonne 8"},
      {"12,50 34", kInvalid, 7, "caractère inattendu « 3 » en colonne 7"},
      {"12 EURO", kInvalid, 7, "« O »"},
      {"12 eur", kInvalid, 4, "« e »"},
      {"1 000 000,00 € TTC", kInvalid, 18, "« T » en colonne 18"},
      {"12\t34", kInvalid, 3, "caractère de contrôle 0x09"},
      {"12- ", kInvalid, 3, "« - »"},
      {"- 12", kInvalid, 2, "caractère inattendu (espace) en colonne 2"},
      {"1\u00A0\u00A0000", kInvalid, 6, "« 0 »"},
      {"12\u00A0,50", kInvalid, 5, "« , »"},
      {"\xFF", kInvalid, 1, "octet 0xFF hors UTF-8"},
      {"99999999999999999999", kOverflow, 1, "montant hors limites « 99999999999999999999 »"},
      {"92 233 720 368 547 758,08", kOverflow, 1, "montant hors limites"},
      {"-92 233 720 368 547 758,09 €", kOverflow, 1, "montant hors limites"},
      {" 100000000000000000000000000000000000000000", kOverflow, 2, "montant hors limites"},
  };
  for (const Refused& c : cases) {
    SCOPED_TRACE("« " + std::string(c.text) + " »");
    expect_refused(parse_amount(c.text), c);
  }
}

TEST(ParseAmountTest, MessageOfAnInvalidByteIsValidUtf8AndShort) {
  Result<Amount> result = parse_amount("\xFF\x01" + std::string(200, '9'));
  ASSERT_FALSE(result.ok());
  const std::string& message = result.error().message();
  EXPECT_NE(message.find("« \uFFFD\uFFFD999"), std::string::npos) << message;
  EXPECT_NE(message.find("… »"), std::string::npos) << message;
  EXPECT_LT(message.size(), 200u);
}

TEST(ParseQuantityTest, AcceptsDecimalsUpToFour) {
  const Accepted cases[] = {
      {"2,05", 20500},
      {"8,10", 81000},
      {"0,5", 5000},
      {"0.5", 5000},
      {"230", 2300000},
      {"1_200", 12000000},
      {"1.234,5678", 12345678},
      {"-0,25", -2500},
      {"_12,3456_", 123456},
      {"0.125", 1250},
      {"1234.567", 12345670},
      {"922_337_203_685_477,5807", kMax},
  };
  for (std::string_view space : kSpaces) {
    for (const Accepted& c : cases) {
      std::string text = with_spaces(c.pattern, space);
      SCOPED_TRACE("« " + text + " »");
      Result<Quantity> result = parse_quantity(text);
      ASSERT_TRUE(result.ok()) << result.error().message();
      EXPECT_EQ(result->units(), c.expected);
    }
  }
}

TEST(ParseQuantityTest, Refuses) {
  const ErrorCode kInvalid = ErrorCode::kInvalidQuantity;
  const Refused cases[] = {
      {"", kInvalid, 1, "quantité invalide «  » : texte vide"},
      {"2,05 ETP", kInvalid, 6, "caractère inattendu « E » en colonne 6"},
      {"1,23456", kInvalid, 7, "trop de décimales en colonne 7 : 4 au plus"},
      {"1.200", kInvalid, 2, "point ambigu"},
      {"deux", kInvalid, 1, "« d »"},
      {"2,05 €", kInvalid, 6, "« € »"},
      {"922 337 203 685 477,5808", ErrorCode::kQuantityOverflow, 1, "quantité hors limites"},
  };
  for (const Refused& c : cases) {
    SCOPED_TRACE("« " + std::string(c.text) + " »");
    expect_refused(parse_quantity(c.text), c);
  }
}

TEST(ParseRateTest, AcceptsPercentagesAndFractions) {
  const Accepted cases[] = {
      {"60_%", 600000},     {"60%", 600000},       {"20%", 200000},    {"12,5_%", 125000},
      {"100_%", 1000000},   {"12,3456_%", 123456}, {"0,6", 600000},    {"0.125", 125000},
      {"0,123456", 123456}, {"-5_%", -50000},      {"_60_%_", 600000}, {"1_000_%", 10000000},
  };
  for (std::string_view space : kSpaces) {
    for (const Accepted& c : cases) {
      std::string text = with_spaces(c.pattern, space);
      SCOPED_TRACE("« " + text + " »");
      Result<Rate> result = parse_rate(text);
      ASSERT_TRUE(result.ok()) << result.error().message();
      EXPECT_EQ(result->millionths(), c.expected);
    }
  }
}

TEST(ParseRateTest, Refuses) {
  const ErrorCode kInvalid = ErrorCode::kInvalidRate;
  const Refused cases[] = {
      {"", kInvalid, 1, "taux invalide «  » : texte vide"},
      {"%", kInvalid, 1, "caractère inattendu « % » en colonne 1"},
      {"60 %%", kInvalid, 5, "« % » en colonne 5"},
      {"12,34567 %", kInvalid, 8, "trop de décimales en colonne 8 : 4 au plus"},
      {"0,1234567", kInvalid, 9, "trop de décimales en colonne 9 : 6 au plus"},
      {"soixante %", kInvalid, 1, "« s »"},
      {"60 pour cent", kInvalid, 4, "« p »"},
      {"99999999999999999999 %", kInvalid, 1, "taux hors limites"},
  };
  for (const Refused& c : cases) {
    SCOPED_TRACE("« " + std::string(c.text) + " »");
    expect_refused(parse_rate(c.text), c);
  }
}

}  // namespace
}  // namespace octroi
