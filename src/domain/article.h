// Article: one numbered decision of a deliberation ("Article 2 : De valider le
// financement des 12 opérations de la thématique 2 ... pour un montant total
// de 1 614 364,36 €"), with the amount and operation count it states, if any.
#pragma once

#include <optional>
#include <string>

#include "money/amount.h"

namespace octroi {

struct Article {
  int number = 1;                        // 2
  std::string text{};                    // "De valider le financement des 12 opérations ..."
  std::optional<Amount> amount{};        // 1 614 364,36 €
  std::optional<int> operation_count{};  // 12

  friend bool operator==(const Article&, const Article&) = default;
};

}  // namespace octroi
