// Imputation parsing.
#include "domain/imputation.h"

#include <algorithm>
#include <fmt/format.h>

#include "domain/validation.h"

namespace octroi {

namespace {

constexpr std::size_t kMinimumDigits = 2;
constexpr std::size_t kMaximumDigits = 8;

bool is_code(std::string_view part) {
  return part.size() >= kMinimumDigits && part.size() <= kMaximumDigits &&
         std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

}  // namespace

Result<Imputation> Imputation::create(std::string_view nature, std::string_view function) {
  if (!is_code(nature)) {
    return detail::invalid_field(
        "nature",
        fmt::format("nature budgétaire invalide « {} » : 2 à 8 chiffres attendus", nature));
  }
  if (!is_code(function)) {
    return detail::invalid_field(
        "function",
        fmt::format("fonction budgétaire invalide « {} » : 2 à 8 chiffres attendus", function));
  }
  return Imputation(std::string(nature), std::string(function));
}

Result<Imputation> Imputation::parse(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) {
    return detail::invalid_field(
        "imputation",
        fmt::format("imputation budgétaire invalide « {} » : nature/fonction attendue (6568/93446)",
                    text));
  }
  return create(trimmed(text.substr(0, slash)), trimmed(text.substr(slash + 1)));
}

}  // namespace octroi
