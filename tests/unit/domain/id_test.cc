#include "domain/id.h"

#include <type_traits>
#include <unordered_set>

#include <gtest/gtest.h>

namespace octroi {
namespace {

TEST(IdTest, ParsesTheReadableKeysOfDatasets) {
  for (std::string_view key :
       {"pas-de-calais-2023-phase4", "cheval-bleu", "2023-00963", "t1-o6", "c02-446a05", "a_b.c"}) {
    auto id = ProgrammeId::parse(key);
    ASSERT_TRUE(id.ok()) << key;
    EXPECT_EQ(id->key(), key);
  }
}

TEST(IdTest, RefusesKeysOutsideTheGrammar) {
  for (std::string_view key : {"", "Cheval Bleu", "cheval bleu", "-leading", "ça", "UPPER"}) {
    auto id = OperationId::parse(key);
    ASSERT_FALSE(id.ok()) << key;
    EXPECT_EQ(id.error().code(), ErrorCode::kInvalidValue);
  }
  EXPECT_FALSE(AwardId::parse(std::string(129, 'a')).ok());
  EXPECT_TRUE(AwardId::parse(std::string(128, 'a')).ok());
}

TEST(IdTest, MessageNamesWhatTheIdIdentifies) {
  auto id = OperationId::parse("Opération 6");
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().message().rfind("identifiant d'opération invalide « Opération 6 »", 0), 0U)
      << id.error().message();
}

TEST(IdTest, DistinctTagsAreDistinctTypes) {
  static_assert(!std::is_same_v<AwardId, OrganisationId>);
  static_assert(!std::is_convertible_v<AwardId, OrganisationId>);
  static_assert(!std::is_convertible_v<std::string, AwardId>);  // explicit constructor
  EXPECT_TRUE(AwardId().empty());
  EXPECT_FALSE(AwardId("x").empty());
}

TEST(IdTest, ComparesAndHashesByKey) {
  EXPECT_EQ(MemberId("leroy"), MemberId("leroy"));
  EXPECT_NE(MemberId("leroy"), MemberId("ouaguef"));
  EXPECT_LT(MemberId("a"), MemberId("b"));
  std::unordered_set<MemberId> ids{MemberId("leroy"), MemberId("leroy"), MemberId("ouaguef")};
  EXPECT_EQ(ids.size(), 2U);
}

}  // namespace
}  // namespace octroi
