// Agreement: a convention between the département and an organisation,
// standard ("Convention type") or drafted for the case ("Convention annexe 7",
// travel expenses), with its registry number once signed and its financial
// terms. A plain aggregate.
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/agreement_number.h"
#include "domain/agreement_terms.h"
#include "domain/id.h"
#include "domain/legal_instrument.h"

namespace octroi {

struct Agreement {
  AgreementId id{};                         // "2023-01628"
  std::optional<AgreementNumber> number{};  // 2023-01628; absent in a draft ("N° XXXX")
  OrganisationId organisation{};            // "cheval-bleu"
  // kStandardAgreement or kSpecificAgreement: an amendment is an Amendment.
  LegalInstrument instrument = LegalInstrument::kStandardAgreement;
  std::string subject{};            // "accompagnement spécifique BRSA"
  std::optional<Date> signed_on{};  // 03/07/2023
  AgreementTerms terms{};

  // kMissingField for an empty id, organisation or subject; kInvalidValue for
  // an instrument other than the two agreements, or invalid terms.
  Status validate() const;
  static Result<Agreement> create(Agreement fields);
};

}  // namespace octroi
