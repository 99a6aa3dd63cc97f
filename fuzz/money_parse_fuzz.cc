// libFuzzer target for the money parsers: no input may crash them, every
// refusal must carry a printable message and a column inside the text, and
// whatever parses must survive a round trip through the French formatting.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "money/money.h"

namespace {

using octroi::Amount;
using octroi::CentsDisplay;
using octroi::CurrencySymbol;
using octroi::Error;

void check(bool condition) {
  if (!condition) __builtin_trap();
}

// Well-formed UTF-8 with no overlong form, surrogate or code point past U+10FFFF.
bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80   ? 1
                         : lead < 0xC2 ? 0
                         : lead < 0xE0 ? 2
                         : lead < 0xF0 ? 3
                         : lead < 0xF5 ? 4
                                       : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    auto second = static_cast<unsigned char>(length > 1 ? text[i + 1] : 0);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) ||
        (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90)) {
      return false;
    }
    i += length;
  }
  return true;
}

void check_refusal(const Error& error, std::string_view text) {
  check(!error.message().empty());
  check(is_utf8(error.message()));
  check(error.message().size() < 1024);  // the text is quoted shortened
  check(error.location().column >= 1);
  check(static_cast<std::size_t>(error.location().column) <= text.size() + 1);
}

template <typename T, typename Format, typename Parse>
void check_round_trip(const octroi::Result<T>& parsed, std::string_view text, Format format,
                      Parse parse) {
  if (!parsed.ok()) {
    check_refusal(parsed.error(), text);
    return;
  }
  std::string formatted = format(*parsed);
  octroi::Result<T> again = parse(formatted);
  check(again.ok() && *again == *parsed);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);

  octroi::Result<Amount> amount = octroi::parse_amount(text);
  check_round_trip(
      amount, text, [](Amount a) { return octroi::format_amount(a); }, octroi::parse_amount);
  if (amount.ok()) {
    for (CentsDisplay cents : {CentsDisplay::kAlways, CentsDisplay::kWhenNonZero}) {
      for (CurrencySymbol symbol : {CurrencySymbol::kShown, CurrencySymbol::kHidden}) {
        octroi::Result<Amount> again =
            octroi::parse_amount(octroi::format_amount(*amount, cents, symbol));
        check(again.ok() && *again == *amount);
      }
    }
    octroi::Result<std::string> words = octroi::amount_in_words(*amount);
    check(words.ok() == !amount->is_negative());
    if (words.ok()) check(!words->empty() && is_utf8(*words));
  }

  check_round_trip(octroi::parse_quantity(text), text, octroi::format_quantity,
                   octroi::parse_quantity);
  check_round_trip(octroi::parse_rate(text), text, octroi::format_rate, octroi::parse_rate);
  return 0;
}
