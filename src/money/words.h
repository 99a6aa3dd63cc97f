// Amounts in words for legal text, in French (traditional spelling):
// 42 000,00 € -> "quarante-deux mille euros";
// 86 453,34 € -> "quatre-vingt-six mille quatre cent cinquante-trois euros et trente-quatre
// centimes"; 1 000 000 € -> "un million d'euros"; 1,00 € -> "un euro"; 0,50 € -> "cinquante
// centimes".
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "money/amount.h"

namespace octroi {

// kInvalidAmount for a negative amount (legal text never spells one).
Result<std::string> amount_in_words(Amount amount);

// 0..INT64_MAX in words ("quatre-vingt-onze", "deux cent mille", "trois
// milliards"), the building block; long scale beyond the milliard (billion =
// 10^12, billiard = 10^15, trillion = 10^18). Throws std::out_of_range for a
// negative value, a programming error.
std::string integer_in_words(std::int64_t value);

}  // namespace octroi
