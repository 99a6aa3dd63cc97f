// ParameterOverride: "segur_per_etp=5500" from `octroi simulate --set`, and the
// ParameterSet it gives: the same parameters with the value in force on the
// date of effect replaced. Nothing is saved; the files are untouched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "rules/rules.h"

namespace octroi {

struct ParameterOverride {
  std::string name;   // "segur_per_etp"
  std::string value;  // as typed: "5500", "5 500,00 €", "65%", "0.65"

  // "NAME=VALUE"; kInvalidValue without "=" or with an empty side.
  static Result<ParameterOverride> parse(std::string_view text);
};

// kReferenceUnknown for an unknown name; kInvalidValue for a value that is not
// an amount (money units, exact to the cent) or a rate (60 %, 0.6);
// kParameterNotInForce when no value is in force on `date_of_effect`.
Result<ParameterSet> apply_overrides(const ParameterSet& parameters,
                                     const std::vector<ParameterOverride>& overrides,
                                     Date date_of_effect);

}  // namespace octroi
