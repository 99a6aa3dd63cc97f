#include "money/parse.h"

#include <limits>
#include <string>

#include "money/format.h"
#include "money/number_text.h"

namespace octroi {
namespace {

using money_internal::NumberText;
using money_internal::Refusal;

// What is being parsed: the French noun of its messages and its error codes.
struct Subject {
  std::string_view noun;  // "montant"
  ErrorCode invalid;
  ErrorCode overflow;
};

constexpr Subject kAmountSubject{"montant", ErrorCode::kInvalidAmount, ErrorCode::kAmountOverflow};
constexpr Subject kQuantitySubject{"quantité", ErrorCode::kInvalidQuantity,
                                   ErrorCode::kQuantityOverflow};
constexpr Subject kRateSubject{"taux", ErrorCode::kInvalidRate, ErrorCode::kInvalidRate};

Location at_offset(std::size_t offset) {
  Location location;
  location.column = static_cast<int>(offset + 1);
  return location;
}

// "montant invalide « 12a » : caractère inattendu « a » en colonne 3".
Error refused(const Subject& subject, std::string_view text, const Refusal& refusal) {
  return Error(subject.invalid,
               std::string(subject.noun) + " invalide " + money_internal::quoted(text) + " : " +
                   refusal.reason,
               at_offset(refusal.offset));
}

// "montant hors limites « 99999999999999999999 » : de … à …".
Error out_of_range(const Subject& subject, std::string_view text, const NumberText& number,
                   const std::string& limits) {
  return Error(
      subject.overflow,
      std::string(subject.noun) + " hors limites " + money_internal::quoted(text) + " : " + limits,
      at_offset(number.begin));
}

Refusal too_many_decimals(const NumberText& number, std::size_t most) {
  std::size_t offset = number.decimals_offset + most;
  return Refusal{"trop de décimales en colonne " + std::to_string(offset + 1) + " : " +
                     std::to_string(most) + " au plus",
                 offset};
}

// The number of `text` with surrounding spaces ignored; `end` is set to the
// end of the trimmed text, for the caller to read what follows the number.
std::variant<NumberText, Refusal> read_trimmed(std::string_view text, std::size_t& end) {
  auto [begin, trimmed_end] = money_internal::trimmed_bounds(text);
  end = trimmed_end;
  if (begin == end) return Refusal{"texte vide", 0};
  return money_internal::read_number(text.substr(0, end), begin);
}

// Refuses anything but spaces between `offset` and `end`.
std::optional<Refusal> nothing_after(std::string_view text, std::size_t offset, std::size_t end) {
  offset = money_internal::skip_spaces(text.substr(0, end), offset);
  if (offset == end) return std::nullopt;
  return Refusal{money_internal::unexpected_at(text, offset), offset};
}

std::string amount_limits() {
  constexpr auto kLimits = std::numeric_limits<std::int64_t>();
  return "les montants vont de " + format_amount(Amount::from_cents(kLimits.min())) + " à " +
         format_amount(Amount::from_cents(kLimits.max()));
}

}  // namespace

Result<Amount> parse_amount(std::string_view text) {
  const Subject& subject = kAmountSubject;
  std::size_t end = 0;
  auto read = read_trimmed(text, end);
  if (auto* refusal = std::get_if<Refusal>(&read)) return refused(subject, text, *refusal);
  const NumberText& number = std::get<NumberText>(read);
  if (number.decimals > 2) return refused(subject, text, too_many_decimals(number, 2));
  std::size_t offset = money_internal::skip_spaces(text.substr(0, end), number.end);
  for (std::string_view symbol : {"€", "EUR"}) {
    if (text.substr(offset, end - offset).starts_with(symbol)) {
      offset += symbol.size();
      break;
    }
  }
  if (auto refusal = nothing_after(text, offset, end)) return refused(subject, text, *refusal);
  std::optional<std::int64_t> cents = money_internal::scaled_value(number, 2);
  if (!cents) return out_of_range(subject, text, number, amount_limits());
  return Amount::from_cents(*cents);
}

Result<Quantity> parse_quantity(std::string_view text) {
  const Subject& subject = kQuantitySubject;
  std::size_t end = 0;
  auto read = read_trimmed(text, end);
  if (auto* refusal = std::get_if<Refusal>(&read)) return refused(subject, text, *refusal);
  const NumberText& number = std::get<NumberText>(read);
  const auto most = static_cast<std::size_t>(Quantity::kScaleDigits);
  if (number.decimals > most) return refused(subject, text, too_many_decimals(number, most));
  if (auto refusal = nothing_after(text, number.end, end)) return refused(subject, text, *refusal);
  std::optional<std::int64_t> units = money_internal::scaled_value(number, Quantity::kScaleDigits);
  if (!units) {
    constexpr auto kLimits = std::numeric_limits<std::int64_t>();
    return out_of_range(subject, text, number,
                        "les quantités vont de " +
                            format_quantity(Quantity::from_units(kLimits.min())) + " à " +
                            format_quantity(Quantity::from_units(kLimits.max())));
  }
  return Quantity::from_units(*units);
}

Result<Rate> parse_rate(std::string_view text) {
  const Subject& subject = kRateSubject;
  std::size_t end = 0;
  auto read = read_trimmed(text, end);
  if (auto* refusal = std::get_if<Refusal>(&read)) return refused(subject, text, *refusal);
  const NumberText& number = std::get<NumberText>(read);
  std::size_t offset = money_internal::skip_spaces(text.substr(0, end), number.end);
  const bool percent = offset < end && text[offset] == '%';
  if (percent) offset += 1;
  // A percentage has two decimals fewer than the proportion in millionths.
  const int scale_digits = percent ? Rate::kScaleDigits - 2 : Rate::kScaleDigits;
  const auto most = static_cast<std::size_t>(scale_digits);
  if (number.decimals > most) return refused(subject, text, too_many_decimals(number, most));
  if (auto refusal = nothing_after(text, offset, end)) return refused(subject, text, *refusal);
  std::optional<std::int64_t> millionths = money_internal::scaled_value(number, scale_digits);
  if (!millionths) {
    constexpr auto kLimits = std::numeric_limits<std::int64_t>();
    return out_of_range(subject, text, number,
                        "les taux vont de " + format_rate(Rate::from_millionths(kLimits.min())) +
                            " à " + format_rate(Rate::from_millionths(kLimits.max())));
  }
  return Rate::from_millionths(*millionths);
}

}  // namespace octroi
