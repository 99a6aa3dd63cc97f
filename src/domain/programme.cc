// Programme validation.
#include "domain/programme.h"

#include <fmt/format.h>

#include "domain/validation.h"

namespace octroi {

Status Programme::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant du programme"));
  OCTROI_TRY_STATUS(detail::require_text(call, "call", "l'appel à projets"));
  OCTROI_TRY_STATUS(detail::require_text(title, "title", "le titre du programme"));
  OCTROI_TRY_STATUS(detail::require_text(authority, "authority", "la collectivité"));
  if (year < kEarliestYear || year > kLatestYear) {
    return detail::invalid_field("year", fmt::format("année du programme hors de {}-{} : {}",
                                                     kEarliestYear, kLatestYear, year));
  }
  return detail::require_at_least(phase, 1, "phase", "la phase");
}

Result<Programme> Programme::create(Programme fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
