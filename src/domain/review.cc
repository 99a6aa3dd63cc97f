// Review validation.
#include "domain/review.h"

#include "domain/validation.h"

namespace octroi {

Status Review::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant du bilan"));
  return detail::require_id(award, "award", "la ligne de répartition");
}

Result<Review> Review::create(Review fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
