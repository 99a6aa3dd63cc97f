// UnitQuantity validation and display.
#include "domain/unit_quantity.h"

#include <fmt/format.h>

#include "domain/validation.h"
#include "money/format.h"

namespace octroi {

Status UnitQuantity::validate() const {
  if (value.is_negative()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("quantité négative : {} {}", format_quantity(value), to_label(unit)),
                 detail::at_field("quantity"));
  }
  return ok_status();
}

std::string UnitQuantity::to_string() const {
  return fmt::format("{} {}", format_quantity(value), label_for(unit, value));
}

}  // namespace octroi
