#include "domain/territory_scope.h"

#include <vector>

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(TerritoryScopeTest, DepartmentWideCoversEveryTerritory) {
  const TerritoryScope scope = TerritoryScope::department_wide();
  EXPECT_TRUE(scope.is_department_wide());
  EXPECT_FALSE(scope.is_multi_territory());
  EXPECT_FALSE(scope.single().has_value());
  EXPECT_TRUE(scope.territories().empty());
  for (Territory territory : all_territories()) EXPECT_TRUE(scope.covers(territory));
  EXPECT_EQ(scope.key(), "department");
  EXPECT_EQ(scope.label(), "Département");
}

TEST(TerritoryScopeTest, SingleTerritory) {
  const TerritoryScope scope = TerritoryScope::of(Territory::kArtois);
  EXPECT_FALSE(scope.is_department_wide());
  EXPECT_FALSE(scope.is_multi_territory());
  ASSERT_TRUE(scope.single().has_value());
  EXPECT_EQ(*scope.single(), Territory::kArtois);
  EXPECT_TRUE(scope.covers(Territory::kArtois));
  EXPECT_FALSE(scope.covers(Territory::kTernois));
  EXPECT_EQ(scope.key(), "artois");
  EXPECT_EQ(scope.label(), "Artois");
}

// "Artois Lens Liévin Hénin-Carvin" (Le Cheval Bleu, theme 1 operation 6) is three territories.
TEST(TerritoryScopeTest, ChevalBleuIsThreeTerritoriesInCanonicalOrder) {
  auto scope = TerritoryScope::parse("artois lens-lievin henin-carvin");
  ASSERT_TRUE(scope.ok());
  EXPECT_TRUE(scope->is_multi_territory());
  EXPECT_FALSE(scope->single().has_value());
  EXPECT_EQ(scope->territories(),
            (std::vector<Territory>{Territory::kArtois, Territory::kHeninCarvin,
                                    Territory::kLensLievin}));
  EXPECT_EQ(scope->key(), "artois,henin-carvin,lens-lievin");
  EXPECT_EQ(scope->label(), "Artois / Hénin-Carvin / Lens-Liévin");
  EXPECT_FALSE(scope->covers(Territory::kCalaisis));
}

TEST(TerritoryScopeTest, ParseAcceptsCommasPlusAndSpaces) {
  auto a = TerritoryScope::parse("montreuillois,ternois");
  auto b = TerritoryScope::parse(" ternois + montreuillois ");
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(testing::must(TerritoryScope::parse("department")), TerritoryScope::department_wide());
}

TEST(TerritoryScopeTest, KeyRoundTrips) {
  for (std::string_view key : {"department", "artois", "calaisis,boulonnais,montreuillois",
                               "arrageois,artois,audomarois,boulonnais,calaisis,henin-carvin,"
                               "lens-lievin,montreuillois,ternois"}) {
    auto scope = TerritoryScope::parse(key);
    ASSERT_TRUE(scope.ok()) << key;
    EXPECT_EQ(testing::must(TerritoryScope::parse(scope->key())), *scope) << key;
  }
}

TEST(TerritoryScopeTest, AllNineIsNotDepartmentWide) {
  auto nine = TerritoryScope::of(all_territories());
  ASSERT_TRUE(nine.ok());
  EXPECT_FALSE(nine->is_department_wide());
  EXPECT_NE(*nine, TerritoryScope::department_wide());
  EXPECT_EQ(nine->territories().size(), 9U);
}

TEST(TerritoryScopeTest, OfASetIgnoresOrderAndRepetition) {
  const std::vector<Territory> list = {Territory::kLensLievin, Territory::kArtois,
                                       Territory::kLensLievin};
  auto scope = TerritoryScope::of(list);
  ASSERT_TRUE(scope.ok());
  EXPECT_EQ(scope->key(), "artois,lens-lievin");
  auto empty = TerritoryScope::of(std::vector<Territory>{});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code(), ErrorCode::kInvalidValue);
}

TEST(TerritoryScopeTest, ParseRefusals) {
  struct Case {
    std::string_view keys;
    ErrorCode code;
  };
  const Case cases[] = {
      {"lens", ErrorCode::kUnknownTerritory},
      {"artois,bouloonnais", ErrorCode::kUnknownTerritory},
      {"Artois", ErrorCode::kUnknownTerritory},
      {"", ErrorCode::kInvalidValue},
      {" , ", ErrorCode::kInvalidValue},
      {"department,artois", ErrorCode::kInvalidValue},
      {"artois,artois", ErrorCode::kInvalidValue},
  };
  for (const Case& c : cases) {
    auto scope = TerritoryScope::parse(c.keys);
    ASSERT_FALSE(scope.ok()) << c.keys;
    EXPECT_EQ(scope.error().code(), c.code) << c.keys << ": " << scope.error().message();
  }
}

}  // namespace
}  // namespace octroi
