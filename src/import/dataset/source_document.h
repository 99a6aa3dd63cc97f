// SourceDocument text: the programme's source document as the verification of
// printed texts reads it (docs/data-format.md 3.1, 3.4, 13.3): bold markers
// removed, lines numbered from 1, and the "source text" of a line range.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/printed.h"

namespace octroi::import {

class DocumentText {
 public:
  // `content` as delivered (UTF-8).
  explicit DocumentText(std::string_view content);

  // Lines of the file as delivered, counting a last line without newline.
  int line_count() const { return static_cast<int>(lines_.size()); }
  // The non-empty lines of `source`, stripped, joined by one space.
  // REQUIRES: 1 <= line <= to_line <= line_count().
  std::string source_text(const SourceLines& source) const;
  // True when `text` occurs in the document (its lines stripped and joined by one space).
  bool contains(std::string_view text) const { return whole_.find(text) != std::string::npos; }

 private:
  std::vector<std::string> lines_;  // with "**" removed
  std::string whole_;
};

// SHA-256 of `content`, lower-case hex.
std::string sha256_hex(std::string_view content);

}  // namespace octroi::import
