// Amendment title and validation.
#include "domain/amendment.h"

#include <algorithm>
#include <fmt/format.h>

#include "domain/validation.h"

namespace octroi {

std::string Amendment::title() const {
  return fmt::format("Avenant n°{} à la convention n°{}", ordinal, agreement_number.text());
}

Status Amendment::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de l'avenant"));
  OCTROI_TRY_STATUS(detail::require_id(agreement, "agreement", "la convention modifiée"));
  OCTROI_TRY_STATUS(detail::require_text(subject, "subject", "l'objet de l'avenant"));
  OCTROI_TRY_STATUS(detail::require_at_least(ordinal, 1, "ordinal", "le numéro d'avenant"));
  for (std::size_t i = 0; i < amended_articles.size(); ++i) {
    OCTROI_TRY_STATUS(detail::require_at_least(amended_articles[i], 1, "amended_articles",
                                               "le numéro d'article modifié"));
    const auto first = amended_articles.begin();
    const auto here = first + static_cast<std::ptrdiff_t>(i);
    if (std::find(first, here, amended_articles[i]) != here) {
      return detail::invalid_field(
          "amended_articles",
          fmt::format("article {} de la convention modifié deux fois", amended_articles[i]));
    }
  }
  return terms.validate();
}

Result<Amendment> Amendment::create(Amendment fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
