#include "domain/territory.h"

#include <string>

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(TerritoryTest, NineTerritoriesWithStableKeys) {
  testing::expect_keys_round_trip(all_territories(), territory_from_key, 9,
                                  ErrorCode::kUnknownTerritory);
  EXPECT_EQ(to_key(Territory::kArrageois), "arrageois");
  EXPECT_EQ(to_key(Territory::kHeninCarvin), "henin-carvin");
  EXPECT_EQ(to_key(Territory::kLensLievin), "lens-lievin");
  EXPECT_EQ(to_key(Territory::kMontreuillois), "montreuillois");
  EXPECT_EQ(to_key(Territory::kTernois), "ternois");
}

TEST(TerritoryTest, FrenchLabels) {
  EXPECT_EQ(to_label(Territory::kHeninCarvin), "Hénin-Carvin");
  EXPECT_EQ(to_label(Territory::kLensLievin), "Lens-Liévin");
  EXPECT_EQ(to_label(Territory::kAudomarois), "Audomarois");
}

TEST(TerritoryTest, KeysAreExact) {
  for (std::string_view key : {"Artois", "lens liévin", "lens", "département", ""}) {
    auto territory = territory_from_key(key);
    ASSERT_FALSE(territory.ok()) << key;
    EXPECT_EQ(territory.error().code(), ErrorCode::kUnknownTerritory);
  }
}

TEST(TerritoryTest, LabelsAsDocumentsWriteThem) {
  struct Case {
    std::string_view label;
    Territory expected;
  };
  const Case cases[] = {
      {"Lens-Liévin", Territory::kLensLievin},   {"Lens Liévin", Territory::kLensLievin},
      {"LENS-LIEVIN", Territory::kLensLievin},   {"Hénin-Carvin", Territory::kHeninCarvin},
      {"HENIN CARVIN", Territory::kHeninCarvin}, {"ARRAGEOIS", Territory::kArrageois},
      {" Artois ", Territory::kArtois},          {"HÉNIN - CARVIN", Territory::kHeninCarvin},
  };
  for (const Case& c : cases) {
    auto territory = territory_from_label(c.label);
    ASSERT_TRUE(territory.ok()) << c.label;
    EXPECT_EQ(*territory, c.expected) << c.label;
  }
}

TEST(TerritoryTest, MisspelledLabelsAreLeftToTheImporter) {
  for (std::string_view label : {"Bouloonnais", "AUDOMARCOIS", "Lens", "Département"}) {
    auto territory = territory_from_label(label);
    ASSERT_FALSE(territory.ok()) << label;
    EXPECT_EQ(territory.error().code(), ErrorCode::kUnknownTerritory);
    EXPECT_NE(territory.error().message().find(std::string(label)), std::string::npos);
  }
}

}  // namespace
}  // namespace octroi
