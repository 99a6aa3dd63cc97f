// Operation validation.
#include "domain/operation.h"

#include "domain/validation.h"

namespace octroi {

Status Operation::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de l'opération"));
  OCTROI_TRY_STATUS(detail::require_id(theme, "theme", "la thématique"));
  OCTROI_TRY_STATUS(detail::require_text(title, "title", "le titre de l'opération"));
  OCTROI_TRY_STATUS(detail::require_id(budget_line, "budget_line", "la ligne budgétaire"));
  OCTROI_TRY_STATUS(detail::require_at_least(number, 1, "number", "le numéro d'opération"));
  if (funding_rule) {
    OCTROI_TRY_STATUS(detail::require_text(*funding_rule, "funding_rule", "la règle de calcul"));
  }
  if (max_duration_months) {
    OCTROI_TRY_STATUS(detail::require_at_least(*max_duration_months, 1, "max_duration_months",
                                               "la durée maximale (en mois)"));
  }
  return ok_status();
}

Result<Operation> Operation::create(Operation fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
