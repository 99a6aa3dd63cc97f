// Interest validation.
#include "domain/interest.h"

#include <fmt/format.h>

#include "calendar/format.h"
#include "domain/validation.h"

namespace octroi {

Status Interest::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(member, "member", "l'élu"));
  OCTROI_TRY_STATUS(
      detail::require_text(organisation_name, "organisation", "l'organisme de l'intérêt déclaré"));
  OCTROI_TRY_STATUS(detail::require_text(role, "role", "la fonction exercée dans l'organisme"));
  if (end && *end < start) {
    return detail::invalid_field(
        "end", fmt::format("l'intérêt déclaré finit le {} avant de commencer le {}",
                           format_date_long(*end), format_date_long(start)));
  }
  return ok_status();
}

Result<Interest> Interest::create(Interest fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
