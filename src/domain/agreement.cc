// Agreement validation.
#include "domain/agreement.h"

#include <fmt/format.h>

#include "domain/validation.h"

namespace octroi {

Status Agreement::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de la convention"));
  OCTROI_TRY_STATUS(detail::require_id(organisation, "organisation", "la structure"));
  OCTROI_TRY_STATUS(detail::require_text(subject, "subject", "l'objet de la convention"));
  if (instrument != LegalInstrument::kStandardAgreement &&
      instrument != LegalInstrument::kSpecificAgreement) {
    return detail::invalid_field(
        "instrument", fmt::format("une convention est « {} » ou « {} », pas « {} »",
                                  to_key(LegalInstrument::kStandardAgreement),
                                  to_key(LegalInstrument::kSpecificAgreement), to_key(instrument)));
  }
  return terms.validate();
}

Result<Agreement> Agreement::create(Agreement fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
