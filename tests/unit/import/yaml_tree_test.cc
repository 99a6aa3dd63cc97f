// The YAML subset reader: nodes with their 1-based positions, and the
// constructs the format refuses (docs/data-format.md section 2).
#include "import/dataset/yaml_tree.h"

#include <string>

#include <gtest/gtest.h>

namespace octroi::import {
namespace {

TEST(YamlTree, KeepsKeysInOrderWithTheirPositions) {
  Result<YamlNode> root = parse_yaml("a: 1\nb:\n  - \"x\"\n  - {c: ~}\nd: é\n", "f.yaml");
  ASSERT_TRUE(root.ok()) << root.error().to_string();
  ASSERT_TRUE(root->is_mapping());
  ASSERT_EQ(root->entries.size(), 3U);
  EXPECT_EQ(root->entries[0].first.value, "a");
  EXPECT_TRUE(root->entries[0].second.plain);
  const YamlNode* b = root->find("b");
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(b->items.size(), 2U);
  EXPECT_FALSE(b->items[0].plain);
  EXPECT_EQ(b->items[0].line, 3);
  EXPECT_EQ(b->items[0].column, 5);
  EXPECT_TRUE(b->items[1].find("c")->is_null());
  EXPECT_EQ(root->find("d")->value, "é");
}

TEST(YamlTree, CountsColumnsInCharacters) {
  Result<YamlNode> root = parse_yaml("{é: 1, è: \"x\"}", "f.yaml");
  ASSERT_TRUE(root.ok());
  EXPECT_EQ(root->find("è")->column, 11);
}

TEST(YamlTree, ReadsAnEmptyTextAsNull) {
  Result<YamlNode> root = parse_yaml("", "f.yaml");
  ASSERT_TRUE(root.ok());
  EXPECT_TRUE(root->is_null());
}

TEST(YamlTree, RefusesWhatTheSubsetExcludes) {
  const std::pair<const char*, const char*> cases[] = {
      {"a: &x 1\nb: *x\n", "ancre"},
      {"a: !!str 1\n", "étiquette"},
      {"a: |\n  x\n", "bloc de texte"},
      {"a: >\n  x\n", "bloc de texte"},
      {"a: 1\n---\nb: 2\n", "un seul document"},
      {"? [a]\n: 1\n", "une clé doit être un texte"},
      {"\xEF\xBB\xBF"
       "a: 1\n",
       "BOM"},
      {"a: b: c\n", "YAML illisible"},
      {"a: [1, 2\n", "YAML illisible"},
  };
  for (const auto& [text, message] : cases) {
    Result<YamlNode> root = parse_yaml(text, "f.yaml");
    ASSERT_FALSE(root.ok()) << text;
    EXPECT_EQ(root.error().code(), ErrorCode::kYamlSyntax) << text;
    EXPECT_NE(root.error().message().find(message), std::string::npos)
        << text << " : " << root.error().message();
    EXPECT_EQ(root.error().location().file, "f.yaml");
  }
}

TEST(YamlTree, BoundsNestingBeforeYamlCppRecursesTooDeep) {
  for (const std::string& text : {std::string(100000, '['), std::string(100000, '{'), [] {
                                    std::string s;
                                    for (int i = 0; i < 5000; ++i) s += "- ";
                                    return s + "x\n";
                                  }()}) {
    Result<YamlNode> root = parse_yaml(text, "f.yaml");
    ASSERT_FALSE(root.ok());
    EXPECT_EQ(root.error().code(), ErrorCode::kYamlSyntax);
  }
  std::string nested;
  for (int i = 0; i < kMaxYamlDepth - 1; ++i) nested += "[";
  for (int i = 0; i < kMaxYamlDepth - 1; ++i) nested += "]";
  EXPECT_TRUE(parse_yaml(nested, "f.yaml").ok());
}

TEST(YamlTree, RefusesAnOversizedText) {
  Result<YamlNode> root = parse_yaml(std::string(kMaxYamlBytes + 1, ' '), "f.yaml");
  ASSERT_FALSE(root.ok());
  EXPECT_NE(root.error().message().find("trop volumineux"), std::string::npos);
}

}  // namespace
}  // namespace octroi::import
