// Siret parsing: digits, count, then the keys, with La Poste's exception.
#include "domain/siret.h"

#include <fmt/format.h>

#include "domain/sirene_number.h"

namespace octroi {

namespace {

constexpr std::string_view kLaPosteSiren = "356000000";
// La Poste's head office keeps an ordinary Luhn key; its other establishments,
// numbered beyond what Luhn keys allow, use a digit sum multiple of 5 (INSEE).
constexpr int kLaPosteDigitSumDivisor = 5;

}  // namespace

Result<Siret> Siret::parse(std::string_view text) {
  OCTROI_TRY(std::string digits,
             detail::read_register_digits(text, "SIRET", kDigits, ErrorCode::kInvalidSiret));
  const std::string_view siren = std::string_view{digits}.substr(0, Siren::kDigits);
  if (!detail::luhn_valid(siren)) {
    return Error(ErrorCode::kInvalidSiret,
                 fmt::format("SIRET invalide « {} » : le SIREN {} a une clé de contrôle erronée "
                             "(formule de Luhn)",
                             detail::excerpt(text), detail::group_register_digits(siren)));
  }
  if (detail::luhn_valid(digits)) return Siret(std::move(digits));
  if (siren == kLaPosteSiren) {
    if (detail::digit_sum(digits) % kLaPosteDigitSumDivisor == 0) return Siret(std::move(digits));
    return Error(ErrorCode::kInvalidSiret,
                 fmt::format("SIRET invalide « {} » : clé de contrôle erronée (établissement de "
                             "La Poste : la somme des chiffres doit être un multiple de 5)",
                             detail::excerpt(text)));
  }
  return Error(ErrorCode::kInvalidSiret,
               fmt::format("SIRET invalide « {} » : clé de contrôle erronée (formule de Luhn)",
                           detail::excerpt(text)));
}

std::string Siret::formatted() const { return detail::group_register_digits(digits_); }

Siren Siret::siren() const { return Siren(digits_.substr(0, Siren::kDigits)); }

bool Siret::is_la_poste() const { return digits_.starts_with(kLaPosteSiren); }

}  // namespace octroi
