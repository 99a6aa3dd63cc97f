#include "domain/siren.h"

#include <string>

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(SirenTest, AcceptsValidNumbers) {
  for (std::string_view text : {"341754224", "480 543 982", "356000000", " 341 754 224 "}) {
    EXPECT_TRUE(Siren::parse(text).ok()) << text;
  }
  EXPECT_EQ(testing::must(Siren::parse("480543982")).formatted(), "480 543 982");
  EXPECT_EQ(testing::must(Siren::parse("480 543 982")).digits(), "480543982");
}

TEST(SirenTest, RefusesWrongLengthCharactersAndKey) {
  struct Case {
    std::string_view text;
    std::string_view message_part;
  };
  const Case cases[] = {
      {"12", "SIREN invalide « 12 » : 9 chiffres attendus, 2 trouvés"},
      {"34175422400028", "9 chiffres attendus, 14 trouvés"},
      {"34175422A", "caractère « A » inattendu"},
      {"341754225", "SIREN invalide « 341754225 » : clé de contrôle erronée"},
      {"384577907", "clé de contrôle erronée"},
  };
  for (const Case& c : cases) {
    auto siren = Siren::parse(c.text);
    ASSERT_FALSE(siren.ok()) << c.text;
    EXPECT_EQ(siren.error().code(), ErrorCode::kInvalidSiren);
    EXPECT_NE(siren.error().message().find(c.message_part), std::string::npos)
        << siren.error().message();
  }
  EXPECT_EQ(error_code_name(ErrorCode::kInvalidSiren), "siren.invalid");
}

}  // namespace
}  // namespace octroi
