// Amendment: an avenant to an agreement ("AVENANT N°1 ... Avenant à la
// convention n° 2023-00963 « Accompagnement Global »"): which agreement, its
// ordinal, the articles it replaces, and the financial terms as amended.
// A plain aggregate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/agreement_number.h"
#include "domain/agreement_terms.h"
#include "domain/id.h"

namespace octroi {

struct Amendment {
  AmendmentId id{};                           // "2023-00963-avenant-1"
  AgreementId agreement{};                    // "2023-00963"
  AgreementNumber agreement_number;           // 2023-00963 (required: no default)
  int ordinal = 1;                            // avenant n°1
  std::string subject{};                      // "Accompagnement Global"
  std::optional<Date> agreement_signed_on{};  // "signée en date du 27 juin 2023"
  std::vector<int> amended_articles{};        // 3, 4, 7, 12 (articles of the agreement replaced)
  AgreementTerms terms{};                     // the terms as amended

  // "Avenant n°1 à la convention n°2023-00963"
  std::string title() const;

  // kMissingField for an empty id, agreement or subject; kInvalidValue for an
  // ordinal below 1, an amended article below 1 or listed twice, or invalid terms.
  Status validate() const;
  static Result<Amendment> create(Amendment fields);
};

}  // namespace octroi
