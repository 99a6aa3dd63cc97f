// libFuzzer target for the money parsers: no input may crash them, every
// refusal must carry a printable message and a column inside the text, and
// whatever parses must survive a round trip through the French formatting.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "money/money.h"

namespace {

using octroi::Amount;
using octroi::CentsDisplay;
using octroi::CurrencySymbol;
using octroi::Error;

using octroi::fuzz::check;
using octroi::fuzz::is_utf8;

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
