// AgreementNumber parsing and display.
#include "domain/agreement_number.h"

#include <fmt/format.h>

namespace octroi {

namespace {

constexpr std::size_t kYearDigits = 4;
constexpr std::size_t kSequenceDigits = 5;

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The value of `digits` when it is exactly `count` ASCII digits, else -1.
int digits_value(std::string_view digits, std::size_t count) {
  if (digits.size() != count) return -1;
  int value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

Result<AgreementNumber> AgreementNumber::parse(std::string_view text) {
  std::string_view rest = trimmed(text);
  for (std::string_view prefix : {"n°", "N°"}) {
    if (rest.starts_with(prefix)) {
      rest = trimmed(rest.substr(prefix.size()));
      break;
    }
  }
  const auto hyphen = rest.find('-');
  const int year =
      hyphen == std::string_view::npos ? -1 : digits_value(rest.substr(0, hyphen), kYearDigits);
  const int sequence = hyphen == std::string_view::npos
                           ? -1
                           : digits_value(rest.substr(hyphen + 1), kSequenceDigits);
  if (year < 0 || sequence <= 0) {
    return Error(ErrorCode::kInvalidAgreementNumber,
                 fmt::format("numéro de convention invalide « {} » : forme AAAA-NNNNN attendue "
                             "(2023-00963){}",
                             text, sequence == 0 ? ", numéro 00000 exclu" : ""));
  }
  return AgreementNumber(year, sequence);
}

std::string AgreementNumber::text() const { return fmt::format("{:04}-{:05}", year_, sequence_); }

}  // namespace octroi
