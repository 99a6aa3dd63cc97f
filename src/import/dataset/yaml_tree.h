// YamlNode: a YAML document read into plain values, restricted to the subset
// of docs/data-format.md section 2 (no anchors, aliases, tags, block scalars
// or multiple documents), with the 1-based line and column of
// every node. Parsing is bounded: input size and nesting depth are limited so
// that hostile input cannot exhaust memory or overflow the stack.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"

namespace octroi::import {

struct YamlNode {
  enum class Kind { kNull, kScalar, kSequence, kMapping };

  Kind kind = Kind::kNull;
  std::string value{};                                   // scalars only
  bool plain = true;                                     // a plain (unquoted) scalar
  int line = 0;                                          // 1-based
  int column = 0;                                        // 1-based, in characters
  std::vector<YamlNode> items{};                         // sequences
  std::vector<std::pair<YamlNode, YamlNode>> entries{};  // mappings, in file order

  bool is_null() const { return kind == Kind::kNull; }
  bool is_scalar() const { return kind == Kind::kScalar; }
  bool is_sequence() const { return kind == Kind::kSequence; }
  bool is_mapping() const { return kind == Kind::kMapping; }
  // The value under `key` of a mapping, or nullptr.
  const YamlNode* find(std::string_view key) const;
};

// Limits of the parser (a dataset file is a few dozen kilobytes, nested a few levels).
inline constexpr std::size_t kMaxYamlBytes = std::size_t{4} * 1024 * 1024;
inline constexpr int kMaxYamlDepth = 64;

// The single document of `text` (an empty text is a null node). kYamlSyntax,
// with `file`, line and column, for a syntax error, an anchor, alias or tag,
// a block scalar, a second document, a key that is not a scalar, a
// byte-order mark, a text over kMaxYamlBytes or nested deeper than
// kMaxYamlDepth. Duplicated keys are kept, in order: the readers refuse them
// where they know what the keys mean (Fields::open; parameter dates).
Result<YamlNode> parse_yaml(std::string_view text, const std::string& file);

}  // namespace octroi::import
