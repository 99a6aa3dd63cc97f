#include "cli/text.h"

#include <cstdlib>
#include <vector>

namespace octroi::cli {
namespace {

// Decodes the next code point's start; returns the byte length of the sequence.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;  // invalid byte: one column, as a replacement would show
}

bool is_combining(std::string_view sequence) {
  // U+0300..U+036F (combining diacritical marks): 0xCC 0x80 .. 0xCD 0xAF.
  if (sequence.size() != 2) return false;
  auto first = static_cast<unsigned char>(sequence[0]);
  auto second = static_cast<unsigned char>(sequence[1]);
  return first == 0xCC || (first == 0xCD && second <= 0xAF);
}

std::vector<std::string_view> code_points(std::string_view text) {
  std::vector<std::string_view> points;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = sequence_length(static_cast<unsigned char>(text[i]));
    if (i + length > text.size()) length = text.size() - i;
    points.push_back(text.substr(i, length));
    i += length;
  }
  return points;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::string_view point : code_points(text)) {
    if (!is_combining(point)) ++width;
  }
  return width;
}

std::string fit(std::string_view text, std::size_t width, bool right_align) {
  std::size_t current = display_width(text);
  if (current > width) {
    std::string cut;
    std::size_t used = 0;
    for (std::string_view point : code_points(text)) {
      std::size_t cost = is_combining(point) ? 0 : 1;
      if (used + cost > width - 1) break;
      cut += point;
      used += cost;
    }
    cut += "…";
    return cut + std::string(width - used - 1, ' ');
  }
  std::string padding(width - current, ' ');
  return right_align ? padding + std::string(text) : std::string(text) + padding;
}

std::string current_user() {
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "octroi";
}

}  // namespace octroi::cli
