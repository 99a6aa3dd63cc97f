#include "rules/decimal_format.h"

#include "rules/int128_math.h"

namespace octroi {
namespace {

constexpr std::string_view kNarrowNoBreakSpace = "\u202F";
constexpr std::string_view kNoBreakSpace = "\u00A0";

std::string grouped(Int128 whole) {
  std::string digits = rules_internal::to_decimal_string(whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += kNarrowNoBreakSpace;
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string format_decimal(const Decimal& value, int minimum_fraction_digits,
                           int maximum_fraction_digits) {
  Int128 numerator = value.numerator();
  Int128 denominator = value.denominator();
  auto [whole, remainder] =
      rules_internal::floor_divide(numerator < 0 ? -numerator : numerator, denominator);
  std::string fraction;
  int significant = 0;  // length of `fraction` without its trailing zeros
  while (static_cast<int>(fraction.size()) < maximum_fraction_digits &&
         (remainder != 0 || static_cast<int>(fraction.size()) < minimum_fraction_digits)) {
    auto step = rules_internal::next_digit(remainder, denominator);
    fraction += static_cast<char>('0' + step.digit);
    if (step.digit != 0) significant = static_cast<int>(fraction.size());
    remainder = step.remainder;
  }
  bool cut = remainder != 0;
  if (!cut) {
    int kept = significant > minimum_fraction_digits ? significant : minimum_fraction_digits;
    fraction.resize(static_cast<std::size_t>(kept));
  }
  std::string out = numerator < 0 ? "-" : "";
  out += grouped(whole);
  if (!fraction.empty()) out += "," + fraction;
  if (cut) out += "…";
  return out;
}

std::string format_decimal_euros(const Decimal& value) {
  return format_decimal(value, 2, 6) + std::string(kNoBreakSpace) + "€";
}

std::string format_decimal_percent(const Decimal& value) {
  Result<Decimal> percent = value.times(Decimal::from_integer(100));
  if (!percent.ok()) return format_decimal(value) + " (proportion)";
  return format_decimal(*percent) + std::string(kNoBreakSpace) + "%";
}

}  // namespace octroi
