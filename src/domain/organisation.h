// Organisation: a structure carrying awarded operations (association, CCAS,
// commune, syndicate...), as the agreements name it: "Le Cheval Bleu,
// « Association » dont le siège social se situe 29-31 rue Roger Salengro 62160
// BULLY-LES-MINES, SIRET 48054398200023, représentée par Marie-Andrée PAU,
// Présidente, dûment autorisée par délibération en date du 31 mars 2023".
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/id.h"
#include "domain/siret.h"

namespace octroi {

struct Organisation {
  OrganisationId id{};                 // "cheval-bleu"
  std::string name{};                  // "Le Cheval Bleu"
  std::string legal_form{};            // "Association" (as the agreement writes it)
  std::optional<Siret> siret{};        // absent until collected
  std::string address{};               // "29-31 rue Roger Salengro 62160 BULLY-LES-MINES"
  std::string representative_name{};   // "Marie-Andrée PAU"
  std::string representative_title{};  // "Présidente"
  // Date of the board decision empowering the representative to sign.
  std::optional<Date> representative_empowered_on{};

  // kMissingField for an empty id or name. The other fields may stay empty
  // until an agreement is drafted (checks report what a document lacks).
  Status validate() const;
  static Result<Organisation> create(Organisation fields);
};

}  // namespace octroi
