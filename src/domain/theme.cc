// Theme validation.
#include "domain/theme.h"

#include "domain/validation.h"

namespace octroi {

Status Theme::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de la thématique"));
  OCTROI_TRY_STATUS(detail::require_id(programme, "programme", "le programme"));
  OCTROI_TRY_STATUS(detail::require_text(title, "title", "le titre de la thématique"));
  return detail::require_at_least(number, 1, "number", "le numéro de thématique");
}

Result<Theme> Theme::create(Theme fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
