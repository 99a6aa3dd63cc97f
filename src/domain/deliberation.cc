// Deliberation queries and validation.
#include "domain/deliberation.h"

#include <fmt/format.h>

#include "domain/validation.h"

namespace octroi {

const Article* Deliberation::article(int wanted) const {
  for (const Article& candidate : articles) {
    if (candidate.number == wanted) return &candidate;
  }
  return nullptr;
}

Result<Amount> Deliberation::articles_total() const {
  Amount total = Amount::zero();
  for (const Article& candidate : articles) {
    if (!candidate.amount) continue;
    OCTROI_TRY(total, total.plus(*candidate.amount));
  }
  return total;
}

Status Deliberation::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de la délibération"));
  OCTROI_TRY_STATUS(detail::require_id(session, "session", "la séance"));
  OCTROI_TRY_STATUS(detail::require_text(title, "title", "le titre de la délibération"));
  for (const std::string& recital : recitals) {
    OCTROI_TRY_STATUS(detail::require_text(recital, "recitals", "le visa"));
  }
  int expected = 1;
  for (const Article& candidate : articles) {
    if (candidate.number != expected) {
      return detail::invalid_field(
          "articles", fmt::format("article {} attendu, article {} trouvé : les articles sont "
                                  "numérotés 1, 2, 3... dans l'ordre",
                                  expected, candidate.number));
    }
    const std::string what = fmt::format("le texte de l'article {}", candidate.number);
    OCTROI_TRY_STATUS(detail::require_text(candidate.text, "articles", what));
    if (candidate.amount) {
      OCTROI_TRY_STATUS(detail::require_not_negative(
          *candidate.amount, "articles", fmt::format("l'article {}", candidate.number)));
    }
    if (candidate.operation_count) {
      OCTROI_TRY_STATUS(detail::require_at_least(
          *candidate.operation_count, 0, "articles",
          fmt::format("le nombre d'opérations de l'article {}", candidate.number)));
    }
    ++expected;
  }
  if (vote) OCTROI_TRY_STATUS(vote->validate());
  return ok_status();
}

Result<Deliberation> Deliberation::create(Deliberation fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
