// French messages for the command-line errors CLI11 reports in English.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace octroi::cli {

std::string french_parse_error(const CLI::ParseError& error);

}  // namespace octroi::cli
