// Siren: the 9-digit number INSEE gives a legal person (association, commune,
// company), its last digit a Luhn key. Always valid once made: parse() is the
// only way in from text. A value type.
#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"

namespace octroi {

class Siren {
 public:
  static constexpr std::size_t kDigits = 9;

  // Accepts spaces between digit groups ("341 754 224"). kInvalidSiren, quoting
  // the text, for anything but digits and spaces, a count other than 9, or a
  // wrong Luhn key: "SIREN invalide « 12 » : 9 chiffres attendus, 2 trouvés".
  static Result<Siren> parse(std::string_view text);

  // "341754224"
  const std::string& digits() const { return digits_; }
  // "341 754 224"
  std::string formatted() const;

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const Siren&, const Siren&) = default;
  friend bool operator==(const Siren&, const Siren&) = default;

 private:
  explicit Siren(std::string digits) : digits_(std::move(digits)) {}
  friend class Siret;  // a Siret's first nine digits are a valid Siren
  std::string digits_;
};

}  // namespace octroi
