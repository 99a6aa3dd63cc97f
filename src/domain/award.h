// Award: one row of Annex 4 (ligne de répartition): an organisation funded for
// an operation on a territory scope, with what it will do, how much it counts,
// when, the amount retained and the act that grants it. A 0,00 € row is kept:
// it records a refused application (is_refusal()).
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "calendar/period.h"
#include "domain/id.h"
#include "domain/legal_instrument.h"
#include "domain/territory_scope.h"
#include "domain/unit_quantity.h"
#include "money/amount.h"

namespace octroi {

struct Award {
  AwardId id{};                   // "t1-o6-cheval-bleu"
  OrganisationId organisation{};  // "cheval-bleu"
  OperationId operation{};        // "t1-o6"
  // Required: no default, so that a forgotten territory does not become department-wide.
  TerritoryScope territory;
  std::string description{};               // "230 places d'accompagnement"
  std::optional<UnitQuantity> quantity{};  // 230 places
  std::optional<Period> period{};          // "Opération du 01/09/2023 au 31/08/2024"
  Amount amount{};                         // montant retenu: 115 000,00 €
  LegalInstrument instrument = LegalInstrument::kStandardAgreement;
  // The annex's wording when it says more than the instrument: "Avenant annexe 6".
  std::optional<std::string> instrument_reference{};

  // kMissingField for an empty id, organisation or operation; kInvalidValue for
  // a negative amount or quantity. A zero amount is valid (see is_refusal).
  Status validate() const;
  static Result<Award> create(Award fields);

  // A 0,00 € row: the application was examined and refused ("ANG'ELLES").
  bool is_refusal() const { return amount.is_zero(); }
};

}  // namespace octroi
