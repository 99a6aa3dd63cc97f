// ParameterValue: the value of a parameter on a date of effect, exact, with
// what an explanation must cite: the version used (its start, and its end when
// a later entry exists), the printed form, the sentence or derivation it comes
// from and the legal reference (the parameter file's, see domain/parameter.h).
#pragma once

#include <optional>
#include <string>

#include "calendar/date.h"
#include "domain/parameter.h"
#include "rules/decimal.h"
#include "rules/parameter_unit.h"

namespace octroi {

struct ParameterValue {
  std::string name;  // "segur_per_etp"
  Decimal value;     // in euros (5270), or a proportion for ParameterUnit::kRate (0.2)
  ParameterUnit unit = ParameterUnit::kEuro;
  bool implied = false;             // status implied (a derivation) or stated (a quote)
  std::string printed;              // "5 270 €", as the parameter file writes it
  Date start = Date::from_days(0);  // first day of the version used
  std::optional<Date> end;          // first day of the next entry (a new value or a null)
  std::string statement;            // the quote (stated) or the derivation (implied)
  ParameterSource source;           // where the value is printed
  ParameterReference reference;     // the parameter's legal source

  // "5 270,00 €" or "20 %".
  std::string formatted() const;
  // "valeur en vigueur depuis le 1er janvier 2023", or "… du 1er janvier 2022
  // au 30 juin 2022" when a later entry exists.
  std::string version() const;
  // "pas-de-calais-2023-phase4, l. 795" or "…, l. 805-811".
  std::string source_text() const;
};

}  // namespace octroi
