// Siren parsing: digits, count, Luhn key.
#include "domain/siren.h"

#include <fmt/format.h>

#include "domain/sirene_number.h"

namespace octroi {

Result<Siren> Siren::parse(std::string_view text) {
  OCTROI_TRY(std::string digits,
             detail::read_register_digits(text, "SIREN", kDigits, ErrorCode::kInvalidSiren));
  if (!detail::luhn_valid(digits)) {
    return Error(ErrorCode::kInvalidSiren,
                 fmt::format("SIREN invalide « {} » : clé de contrôle erronée (formule de Luhn)",
                             detail::excerpt(text)));
  }
  return Siren(std::move(digits));
}

std::string Siren::formatted() const { return detail::group_register_digits(digits_); }

}  // namespace octroi
