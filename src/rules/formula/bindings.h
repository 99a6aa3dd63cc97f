// Bindings: the facts of one award a formula is evaluated on (its quantities
// and the costs its organisation declared), by variable name. A value type.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "domain/unit_quantity.h"
#include "money/amount.h"
#include "money/quantity.h"
#include "rules/decimal.h"

namespace octroi {

class Bindings {
 public:
  // Each setter replaces an earlier value of the same name.
  Bindings& set(const std::string& name, Decimal value);
  Bindings& set_quantity(const std::string& name, Quantity quantity);
  Bindings& set_amount(const std::string& name, Amount amount);
  // An award quantity under its variable: 20 mesures -> measures = 20.
  Bindings& set_unit_quantity(const UnitQuantity& quantity);

  // nullptr when the name is not bound.
  const Decimal* find(std::string_view name) const;

 private:
  std::map<std::string, Decimal, std::less<>> values_;
};

}  // namespace octroi
