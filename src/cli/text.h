// Helpers for the terminal output of the CLI: display width of UTF-8 text
// (one column per code point, combining marks none), padding and truncation.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace octroi::cli {

std::size_t display_width(std::string_view text);
// Pads on the right (or left when `right_align`) to `width` columns; truncates
// with "…" when longer.
std::string fit(std::string_view text, std::size_t width, bool right_align = false);
// The login of whoever runs the command (USER, else "octroi").
std::string current_user();

}  // namespace octroi::cli
