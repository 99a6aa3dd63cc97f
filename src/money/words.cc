#include "money/words.h"

#include <array>
#include <stdexcept>

#include "money/format.h"

namespace octroi {
namespace {

// Traditional spelling: "vingts" and "cents" take an s when they end the
// number or precede a noun (million, euros), not before the adjective "mille".
enum class FollowedBy { kNothingOrNoun, kMille };

constexpr std::array<std::string_view, 17> kUnits = {
    "zéro", "un",  "deux", "trois", "quatre", "cinq",     "six",    "sept", "huit",
    "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
constexpr std::array<std::string_view, 7> kTens = {"",         "",          "vingt",   "trente",
                                                   "quarante", "cinquante", "soixante"};

// 0..99, hyphenated: "dix-sept", "vingt et un", "soixante et onze", "quatre-vingts".
std::string below_hundred(std::int64_t value, FollowedBy followed) {
  if (value < 17) return std::string(kUnits[value]);
  if (value < 20) return "dix-" + std::string(kUnits[value - 10]);
  std::int64_t tens = value / 10;
  std::int64_t unit = value % 10;
  if (tens == 7) {
    return unit == 1 ? "soixante et onze" : "soixante-" + below_hundred(10 + unit, followed);
  }
  if (tens >= 8) {
    std::int64_t rest = value - 80;
    if (rest == 0) return followed == FollowedBy::kMille ? "quatre-vingt" : "quatre-vingts";
    return "quatre-vingt-" + below_hundred(rest, followed);  // no "et": "quatre-vingt-un"
  }
  std::string out(kTens[tens]);
  if (unit == 1) return out + " et un";
  if (unit > 0) out += "-" + std::string(kUnits[unit]);
  return out;
}

// 1..999: "cent", "deux cents", "deux cent un", no hyphen around "cent".
std::string below_thousand(std::int64_t value, FollowedBy followed) {
  std::int64_t hundreds = value / 100;
  std::int64_t rest = value % 100;
  std::string out;
  if (hundreds > 0) {
    if (hundreds > 1) out = std::string(kUnits[hundreds]) + " ";
    out += "cent";
    if (hundreds > 1 && rest == 0 && followed == FollowedBy::kNothingOrNoun) out += "s";
  }
  if (rest > 0) {
    if (!out.empty()) out += " ";
    out += below_hundred(rest, followed);
  }
  return out;
}

struct Scale {
  std::int64_t value;
  std::string_view noun;  // empty for "mille", which is invariable and takes no "un"
};

constexpr std::array<Scale, 6> kScales = {{{1'000'000'000'000'000'000, "trillion"},
                                           {1'000'000'000'000'000, "billiard"},
                                           {1'000'000'000'000, "billion"},
                                           {1'000'000'000, "milliard"},
                                           {1'000'000, "million"},
                                           {1'000, ""}}};

}  // namespace

std::string integer_in_words(std::int64_t value) {
  if (value < 0) throw std::out_of_range("integer_in_words: negative value");
  if (value == 0) return std::string(kUnits[0]);
  std::string out;
  auto append = [&out](const std::string& words) {
    if (!out.empty()) out += " ";
    out += words;
  };
  for (const Scale& scale : kScales) {
    std::int64_t count = value / scale.value % 1000;
    if (count == 0) continue;
    if (scale.noun.empty()) {
      append(count == 1 ? "mille" : below_thousand(count, FollowedBy::kMille) + " mille");
    } else {
      append(below_thousand(count, FollowedBy::kNothingOrNoun) + " " + std::string(scale.noun) +
             (count > 1 ? "s" : ""));
    }
  }
  if (value % 1000 > 0) append(below_thousand(value % 1000, FollowedBy::kNothingOrNoun));
  return out;
}

Result<std::string> amount_in_words(Amount amount) {
  if (amount.is_negative()) {
    return Error(ErrorCode::kInvalidAmount,
                 "montant négatif « " + format_amount(amount) +
                     " » : un texte juridique ne l'écrit pas en lettres");
  }
  std::int64_t euros = amount.euros_part();
  std::int64_t cents = amount.cents_part();
  std::string out;
  if (euros > 0 || cents == 0) {
    out = integer_in_words(euros);
    if (euros <= 1) {
      out += " euro";  // "zéro euro", "un euro"
    } else if (euros % 1'000'000 == 0) {
      out += " d'euros";  // "un million d'euros": the last word is a noun
    } else {
      out += " euros";
    }
  }
  if (cents > 0) {
    if (!out.empty()) out += " et ";
    out += integer_in_words(cents) + (cents == 1 ? " centime" : " centimes");
  }
  return out;
}

}  // namespace octroi
