// Helpers shared by Siren and Siret, the numbers of INSEE's SIRENE register:
// reading digits typed with spaces between groups, the Luhn checksum, and
// the grouped display. Private to the domain module.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"

namespace octroi::detail {

// The digits of `text` without the spaces (U+0020, tab, U+00A0, U+2009, U+202F)
// staff put around and between groups ("341 754 224 00028"). `name` ("SIRET")
// and `code` shape the errors, which quote the text (its first 60 bytes when longer):
//   "SIRET invalide « 3.84578E+13 » : caractère « . » inattendu, seuls les chiffres
//    et les espaces sont admis" (with the column, 1-based in bytes, in the Location);
//   "SIRET invalide « 123 » : 14 chiffres attendus, 3 trouvés".
Result<std::string> read_register_digits(std::string_view text, std::string_view name,
                                         std::size_t expected_digits, ErrorCode code);

// Luhn (mod 10): from the right, every second digit doubled (minus 9 above 9),
// the total a multiple of 10. REQUIRES: digits holds only '0'..'9'.
bool luhn_valid(std::string_view digits);

// The plain sum of the digits (La Poste's establishments). REQUIRES: only '0'..'9'.
int digit_sum(std::string_view digits);

// "341 754 224" for a SIREN, "341 754 224 00028" for a SIRET: the SIREN in
// groups of three, then the establishment number (NIC) in one group.
std::string group_register_digits(std::string_view digits);

// The text as error messages quote it: whole, or its first 60 bytes and "…".
std::string excerpt(std::string_view text);

}  // namespace octroi::detail
