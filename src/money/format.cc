#include "money/format.h"

#include <cstdint>
#include <string>

namespace octroi {
namespace {

constexpr std::string_view kNarrowNoBreakSpace = "\u202F";  // thousands separator
constexpr std::string_view kNoBreakSpace = "\u00A0";        // before "€" and "%"

// The magnitude of a value as unsigned, exact even for the smallest int64.
std::uint64_t magnitude(std::int64_t value) {
  return value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value)
                   : static_cast<std::uint64_t>(value);
}

// "1 614 364" with narrow no-break spaces between groups of three digits.
std::string grouped(std::uint64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += kNarrowNoBreakSpace;
    out += digits[i];
  }
  return out;
}

// A fixed-point value with `scale_digits` decimals, trailing zeros dropped:
// "2,05", "8,1", "1 200", "-0,5".
std::string decimal(std::int64_t value, int scale_digits) {
  std::uint64_t scale = 1;
  for (int i = 0; i < scale_digits; ++i) scale *= 10;
  std::uint64_t whole = magnitude(value);
  std::string out = value < 0 ? "-" : "";
  out += grouped(whole / scale);
  std::uint64_t fraction = whole % scale;
  if (fraction != 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, static_cast<std::size_t>(scale_digits) - digits.size(), '0');
    digits.erase(digits.find_last_not_of('0') + 1);
    out += ',';
    out += digits;
  }
  return out;
}

}  // namespace

std::string format_amount(Amount amount, CentsDisplay cents, CurrencySymbol symbol) {
  std::uint64_t whole = magnitude(amount.cents());
  std::string out = amount.is_negative() ? "-" : "";
  out += grouped(whole / 100);
  std::uint64_t remainder = whole % 100;
  if (cents == CentsDisplay::kAlways || remainder != 0) {
    out += ',';
    out += static_cast<char>('0' + remainder / 10);
    out += static_cast<char>('0' + remainder % 10);
  }
  if (symbol == CurrencySymbol::kShown) {
    out += kNoBreakSpace;
    out += "€";
  }
  return out;
}

std::string format_quantity(Quantity quantity) {
  return decimal(quantity.units(), Quantity::kScaleDigits);
}

std::string format_rate(Rate rate) {
  // A percentage has two decimals fewer than the proportion in millionths.
  std::string out = decimal(rate.millionths(), Rate::kScaleDigits - 2);
  out += kNoBreakSpace;
  out += '%';
  return out;
}

}  // namespace octroi
