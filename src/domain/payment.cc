// Payment validation.
#include "domain/payment.h"

#include "domain/validation.h"

namespace octroi {

Status Payment::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant du paiement"));
  OCTROI_TRY_STATUS(detail::require_id(award, "award", "la ligne de répartition"));
  return detail::require_not_negative(amount, "amount", "le paiement");
}

Result<Payment> Payment::create(Payment fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
