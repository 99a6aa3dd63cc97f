// Siret: the 14-digit number INSEE gives an establishment: its SIREN (9
// digits) then its NIC (5 digits). The whole number and its SIREN carry Luhn
// keys, except La Poste's establishments (SIREN 356 000 000), whose digits sum
// to a multiple of 5 instead. Always valid once made. A value type.
#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"
#include "domain/siren.h"

namespace octroi {

class Siret {
 public:
  static constexpr std::size_t kDigits = 14;

  // Accepts spaces between digit groups ("341 754 224 00028", "34175422400028").
  // kInvalidSiret, quoting the text, for:
  //  - any character but digits and spaces (a spreadsheet's "3.84578E+13"),
  //    with the column in the error's Location;
  //  - a count other than 14: "SIRET invalide « 123 » : 14 chiffres attendus, 3 trouvés";
  //  - a wrong key: "... : clé de contrôle erronée (formule de Luhn)", or the SIREN's key.
  static Result<Siret> parse(std::string_view text);

  // "34175422400028"
  const std::string& digits() const { return digits_; }
  // "341 754 224 00028"
  std::string formatted() const;
  // The first nine digits.
  Siren siren() const;
  // The establishment number, the last five digits: "00028".
  std::string nic() const { return digits_.substr(Siren::kDigits); }
  // An establishment of La Poste (SIREN 356 000 000), checked by its digit sum.
  bool is_la_poste() const;

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const Siret&, const Siret&) = default;
  friend bool operator==(const Siret&, const Siret&) = default;

 private:
  explicit Siret(std::string digits) : digits_(std::move(digits)) {}
  std::string digits_;
};

}  // namespace octroi
