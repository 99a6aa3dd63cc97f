#include "domain/siret.h"

#include <string>

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

struct Refused {
  std::string text;
  std::string message_part;
};

// Numbers from the reference agreements, and La Poste's.
TEST(SiretTest, AcceptsValidNumbersWithOrWithoutSpaces) {
  for (std::string_view text :
       {"34175422400028",                    // Passeport Forma
        "48054398200023",                    // Le Cheval Bleu
        "341 754 224 00028",                 // grouped as documents print it
        "341754224 00028",                   // SIREN then NIC
        "  48054398200023  ",                // pasted with spaces around
        "480\u00A0543\u00A0982\u00A000023",  // no-break spaces from a word processor
        "480\u202F543\u202F982\u202F00023",  // narrow no-break spaces
        "341\t754\t224\t00028"}) {
    auto siret = Siret::parse(text);
    EXPECT_TRUE(siret.ok()) << text << ": " << (siret.ok() ? "" : siret.error().message());
  }
}

TEST(SiretTest, ExposesDigitsSirenNicAndFormattedForm) {
  auto siret = Siret::parse("341 754 224 00028");
  ASSERT_TRUE(siret.ok());
  EXPECT_EQ(siret->digits(), "34175422400028");
  EXPECT_EQ(siret->formatted(), "341 754 224 00028");
  EXPECT_EQ(siret->siren().digits(), "341754224");
  EXPECT_EQ(siret->siren().formatted(), "341 754 224");
  EXPECT_EQ(siret->nic(), "00028");
  EXPECT_FALSE(siret->is_la_poste());
}

TEST(SiretTest, LaPosteHeadOfficePassesLuhn) {
  auto siret = Siret::parse("35600000000048");
  ASSERT_TRUE(siret.ok());
  EXPECT_TRUE(siret->is_la_poste());
  EXPECT_EQ(siret->formatted(), "356 000 000 00048");
}

TEST(SiretTest, LaPosteEstablishmentsUseADigitSumMultipleOfFive) {
  // 3+5+6+9+7+5 = 35: valid although its Luhn key is wrong.
  EXPECT_TRUE(Siret::parse("35600000009075").ok());
  // 3+5+6+9+9 = 32: refused, with La Poste's rule in the message.
  auto refused = Siret::parse("35600000009090");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message().find("La Poste"), std::string::npos);
  // The digit-sum rule applies to La Poste only: 500... sums to 5 but fails Luhn.
  EXPECT_FALSE(Siret::parse("50000000000000").ok());
}

TEST(SiretTest, RefusesWithFrenchMessagesQuotingTheText) {
  const Refused cases[] = {
      {"123", "SIRET invalide « 123 » : 14 chiffres attendus, 3 trouvés"},
      {"", "SIRET invalide «  » : 14 chiffres attendus, aucun trouvé"},
      {"3", "14 chiffres attendus, 1 trouvé"},
      {"341754224000280", "14 chiffres attendus, 15 trouvés"},
      {"3.84578E+13", "SIRET invalide « 3.84578E+13 » : caractère « . » inattendu"},
      {"3417542240002A", "caractère « A » inattendu"},
      {"34175-422400028", "caractère « - » inattendu"},
      {"34175422400028\n", "caractère « U+000A » inattendu"},
      {"3417542240002\xFF", "caractère « octet 0xFF » inattendu"},
      {"34175422400029", "SIRET invalide « 34175422400029 » : clé de contrôle erronée"},
      // Luhn-valid as a whole but its SIREN is not: real SIRENs always carry a key.
      {"38457790700027", "le SIREN 384 577 907 a une clé de contrôle erronée"},
  };
  for (const Refused& refused : cases) {
    auto siret = Siret::parse(refused.text);
    ASSERT_FALSE(siret.ok()) << refused.text;
    EXPECT_EQ(siret.error().code(), ErrorCode::kInvalidSiret) << refused.text;
    EXPECT_NE(siret.error().message().find(refused.message_part), std::string::npos)
        << refused.text << " -> " << siret.error().message();
  }
}

TEST(SiretTest, BadCharacterErrorCarriesItsColumn) {
  auto siret = Siret::parse("3.84578E+13");
  ASSERT_FALSE(siret.ok());
  EXPECT_EQ(siret.error().location().column, 2);
  auto letter = Siret::parse("341 754 224 0002A");
  ASSERT_FALSE(letter.ok());
  EXPECT_EQ(letter.error().location().column, 17);
}

TEST(SiretTest, LongTextsAreQuotedShortened) {
  const std::string pasted(500, '1');
  auto siret = Siret::parse(pasted);
  ASSERT_FALSE(siret.ok());
  EXPECT_NE(siret.error().message().find("500 trouvés"), std::string::npos);
  EXPECT_LT(siret.error().message().size(), 200U);
}

TEST(SiretTest, ErrorCodeNameIsStable) {
  EXPECT_EQ(error_code_name(ErrorCode::kInvalidSiret), "siret.invalid");
}

TEST(SiretTest, EqualityIsOnDigits) {
  EXPECT_EQ(testing::must(Siret::parse("341 754 224 00028")),
            testing::must(Siret::parse("34175422400028")));
  EXPECT_NE(testing::must(Siret::parse("34175422400028")),
            testing::must(Siret::parse("48054398200023")));
}

}  // namespace
}  // namespace octroi
