#include "money/words.h"

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string_view>

#include <gtest/gtest.h>

namespace octroi {
namespace {

struct WordsCase {
  std::int64_t cents;
  std::string_view expected;
};

TEST(AmountInWordsTest, TraditionalFrenchSpelling) {
  const WordsCase cases[] = {
      {0, "zéro euro"},
      {100, "un euro"},
      {2100, "vingt et un euros"},
      {7100, "soixante et onze euros"},
      {8000, "quatre-vingts euros"},
      {8100, "quatre-vingt-un euros"},
      {9100, "quatre-vingt-onze euros"},
      {10000, "cent euros"},
      {20000, "deux cents euros"},
      {20100, "deux cent un euros"},
      {100000, "mille euros"},
      {200000, "deux mille euros"},
      {100000000, "un million d'euros"},
      {250000000, "deux millions cinq cent mille euros"},
      {4200000, "quarante-deux mille euros"},
      {8645334,
       "quatre-vingt-six mille quatre cent cinquante-trois euros et trente-quatre centimes"},
      {161436436,
       "un million six cent quatorze mille trois cent soixante-quatre euros et trente-six "
       "centimes"},
      {50, "cinquante centimes"},
      {1, "un centime"},
      {101, "un euro et un centime"},
      {200, "deux euros"},
      {1700, "dix-sept euros"},
      {7000, "soixante-dix euros"},
      {7700, "soixante-dix-sept euros"},
      {9900, "quatre-vingt-dix-neuf euros"},
      {18000, "cent quatre-vingts euros"},
      {8000000, "quatre-vingt mille euros"},
      {20000000, "deux cent mille euros"},
      {2100000, "vingt et un mille euros"},
      {100100000, "un million mille euros"},
      {8000000000, "quatre-vingts millions d'euros"},
      {20000000000, "deux cents millions d'euros"},
      {100000000000, "un milliard d'euros"},
      {100000000050, "un milliard d'euros et cinquante centimes"},
      {527000, "cinq mille deux cent soixante-dix euros"},
      {1080400, "dix mille huit cent quatre euros"},
  };
  for (const WordsCase& c : cases) {
    SCOPED_TRACE(testing::Message() << c.cents << " cents");
    Result<std::string> words = amount_in_words(Amount::from_cents(c.cents));
    ASSERT_TRUE(words.ok()) << words.error().message();
    EXPECT_EQ(*words, c.expected);
  }
}

TEST(AmountInWordsTest, RefusesANegativeAmount) {
  Result<std::string> words = amount_in_words(Amount::from_cents(-100));
  ASSERT_FALSE(words.ok());
  EXPECT_EQ(words.error().code(), ErrorCode::kInvalidAmount);
  EXPECT_NE(words.error().message().find("montant négatif"), std::string::npos);
}

TEST(AmountInWordsTest, SpellsTheLargestAmount) {
  Result<std::string> words =
      amount_in_words(Amount::from_cents(std::numeric_limits<std::int64_t>::max()));
  ASSERT_TRUE(words.ok());
  EXPECT_EQ(
      *words,
      "quatre-vingt-douze billiards deux cent trente-trois billions sept cent vingt milliards "
      "trois cent soixante-huit millions cinq cent quarante-sept mille sept cent "
      "cinquante-huit euros et sept centimes");
}

TEST(IntegerInWordsTest, BuildingBlock) {
  EXPECT_EQ(integer_in_words(0), "zéro");
  EXPECT_EQ(integer_in_words(16), "seize");
  EXPECT_EQ(integer_in_words(31), "trente et un");
  EXPECT_EQ(integer_in_words(61), "soixante et un");
  EXPECT_EQ(integer_in_words(1001), "mille un");
  EXPECT_EQ(integer_in_words(999999999999),
            "neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions "
            "neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf");
  EXPECT_EQ(integer_in_words(std::numeric_limits<std::int64_t>::max()).substr(0, 14),
            "neuf trillions");
  EXPECT_THROW((void)integer_in_words(-1), std::out_of_range);
}

}  // namespace
}  // namespace octroi
