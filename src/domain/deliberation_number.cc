// DeliberationNumber parsing.
#include "domain/deliberation_number.h"

#include <fmt/format.h>

#include "domain/validation.h"

namespace octroi {

namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

Result<DeliberationNumber> DeliberationNumber::parse(std::string_view text) {
  std::string_view rest = text;
  for (std::string_view prefix : {"n°", "N°"}) {
    if (rest.starts_with(prefix)) {
      rest.remove_prefix(prefix.size());
      while (rest.starts_with(' ')) rest.remove_prefix(1);
      break;
    }
  }
  constexpr std::size_t kYearDigits = 4;
  constexpr std::size_t kMaximumSequenceDigits = 5;
  const std::string_view year = rest.substr(0, kYearDigits);
  const std::string_view sequence =
      rest.size() > kYearDigits ? rest.substr(kYearDigits + 1) : std::string_view();
  const bool well_formed = rest.size() > kYearDigits + 1 && rest[kYearDigits] == '-' &&
                           all_digits(year) && all_digits(sequence) &&
                           sequence.size() <= kMaximumSequenceDigits && to_int(sequence) > 0;
  if (!well_formed) {
    return detail::invalid_field(
        "number", fmt::format("numéro de délibération invalide « {} » : forme AAAA-N attendue "
                              "(2023-405)",
                              text));
  }
  return DeliberationNumber(to_int(year), to_int(sequence), std::string(rest));
}

}  // namespace octroi
