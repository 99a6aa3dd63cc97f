#include "rules/formula/bindings.h"

#include "rules/formula/variable.h"

namespace octroi {

Bindings& Bindings::set(const std::string& name, Decimal value) {
  values_.insert_or_assign(name, value);
  return *this;
}

Bindings& Bindings::set_quantity(const std::string& name, Quantity quantity) {
  return set(name, Decimal::from_quantity(quantity));
}

Bindings& Bindings::set_amount(const std::string& name, Amount amount) {
  return set(name, Decimal::from_amount(amount));
}

Bindings& Bindings::set_unit_quantity(const UnitQuantity& quantity) {
  return set_quantity(std::string(variable_for_unit(quantity.unit)), quantity.value);
}

const Decimal* Bindings::find(std::string_view name) const {
  auto found = values_.find(name);
  return found == values_.end() ? nullptr : &found->second;
}

}  // namespace octroi
