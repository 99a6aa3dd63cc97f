#include "import/dataset/source_document.h"

#include <array>
#include <sodium.h>
#include <stdexcept>

namespace octroi::import {

namespace {

std::string_view strip(std::string_view line) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
  while (!line.empty() && blank(line.front())) line.remove_prefix(1);
  while (!line.empty() && blank(line.back())) line.remove_suffix(1);
  return line;
}

std::string without_bold(std::string_view line) {
  std::string result;
  result.reserve(line.size());
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '*' && i + 1 < line.size() && line[i + 1] == '*') {
      ++i;
      continue;
    }
    result += line[i];
  }
  return result;
}

}  // namespace

DocumentText::DocumentText(std::string_view content) {
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    lines_.push_back(without_bold(content.substr(start, end - start)));
    start = end + 1;
  }
  for (const std::string& line : lines_) {
    std::string_view stripped = strip(line);
    if (stripped.empty()) continue;
    if (!whole_.empty()) whole_ += ' ';
    whole_ += stripped;
  }
}

std::string DocumentText::source_text(const SourceLines& source) const {
  std::string text;
  const int last = source.to_line < source.line ? source.line : source.to_line;
  for (int line = source.line; line <= last && line <= line_count(); ++line) {
    if (line < 1) continue;
    std::string_view stripped = strip(lines_[static_cast<std::size_t>(line - 1)]);
    if (stripped.empty()) continue;
    if (!text.empty()) text += ' ';
    text += stripped;
  }
  return text;
}

std::string sha256_hex(std::string_view content) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
  crypto_hash_sha256(hash.data(), reinterpret_cast<const unsigned char*>(content.data()),
                     content.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
  return std::string(hex.data());
}

}  // namespace octroi::import
