// Amounts in words for legal text, in French (traditional spelling):
// 42 000,00 € -> "quarante-deux mille euros";
// 86 453,34 € -> "quatre-vingt-six mille quatre cent cinquante-trois euros et trente-quatre
// centimes"; 1 000 000 € -> "un million d'euros"; 1,00 € -> "un euro"; 0,50 € -> "cinquante
// centimes".
#pragma once

#include <string>

#include "base/result.h"
#include "money/amount.h"

namespace octroi {

// kInvalidAmount for a negative amount (legal text never spells one).
Result<std::string> amount_in_words(Amount amount);

// 0..999 999 999 999 in words ("quatre-vingt-onze"), the building block.
std::string integer_in_words(std::int64_t value);

}  // namespace octroi
