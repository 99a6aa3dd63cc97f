// UnitQuantity: a quantity with what it counts, as Annex 4 states it ("50
// places d'accompagnement", "8,10 ETP"). A plain aggregate.
#pragma once

#include <string>

#include "base/result.h"
#include "domain/quantity_unit.h"
#include "money/quantity.h"

namespace octroi {

struct UnitQuantity {
  Quantity value{};
  QuantityUnit unit = QuantityUnit::kPlaces;

  // kInvalidValue for a negative value (a zero is allowed: a refused row).
  Status validate() const;
  // "50 places", "1 place", "8,1 ETP", "0,5 ETP" (money's French quantity format).
  std::string to_string() const;

  friend bool operator==(const UnitQuantity&, const UnitQuantity&) = default;
};

}  // namespace octroi
