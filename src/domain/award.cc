// Award validation.
#include "domain/award.h"

#include "domain/validation.h"

namespace octroi {

Status Award::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de la ligne de répartition"));
  OCTROI_TRY_STATUS(detail::require_id(organisation, "organisation", "la structure"));
  OCTROI_TRY_STATUS(detail::require_id(operation, "operation", "l'opération"));
  OCTROI_TRY_STATUS(detail::require_not_negative(amount, "amount", "le montant retenu"));
  if (quantity) OCTROI_TRY_STATUS(quantity->validate());
  if (instrument_reference) {
    OCTROI_TRY_STATUS(detail::require_text(*instrument_reference, "instrument_reference",
                                           "la référence de l'acte"));
  }
  return ok_status();
}

Result<Award> Award::create(Award fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
