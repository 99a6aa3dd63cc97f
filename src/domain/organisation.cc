// Organisation validation.
#include "domain/organisation.h"

#include "domain/validation.h"

namespace octroi {

Status Organisation::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de la structure"));
  return detail::require_text(name, "name", "le nom de la structure");
}

Result<Organisation> Organisation::create(Organisation fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
