// Shared field checks and their French messages.
#include "domain/validation.h"

#include <fmt/format.h>

#include "money/format.h"

namespace octroi::detail {

Location at_field(std::string_view field) { return Location::of_field(std::string(field)); }

Error invalid_field(std::string_view field, std::string message) {
  return Error(ErrorCode::kInvalidValue, std::move(message), at_field(field));
}

Status require_text(std::string_view text, std::string_view field, std::string_view what) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error(ErrorCode::kMissingField, fmt::format("champ obligatoire vide : {}", what),
                 at_field(field));
  }
  return ok_status();
}

Status require_not_negative(Amount amount, std::string_view field, std::string_view what) {
  if (amount.is_negative()) {
    return invalid_field(
        field, fmt::format("montant négatif interdit pour {} : {}", what, format_amount(amount)));
  }
  return ok_status();
}

Status require_at_least(long long value, long long minimum, std::string_view field,
                        std::string_view what) {
  if (value < minimum) {
    return invalid_field(field, fmt::format("{} doit être au moins {} : {}", what, minimum, value));
  }
  return ok_status();
}

}  // namespace octroi::detail
