// VariableDeclaration: a name a funding formula may use for a fact of the
// award (its places, posts, measures, ETP, declared direct costs…), with what
// it holds and how an explanation prints it ("20 mesures", "18 000,00 €").
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/quantity_unit.h"

namespace octroi {

enum class VariableKind {
  kQuantity,  // a count or a decimal quantity, printed with its unit ("8,1 ETP")
  kAmount,    // euros ("20 000,00 €")
  kRate,      // a proportion ("20 %")
  kNumber,    // a plain number ("12")
};

struct VariableDeclaration {
  std::string name;  // "measures"
  VariableKind kind = VariableKind::kNumber;
  std::string singular;     // "mesure" (quantities: below 2 in French)
  std::string plural;       // "mesures"
  std::string description;  // "mesures d'accompagnement de l'attribution"
};

// The facts of an award every formula may use: places, posts, measures, etp,
// participants, welcomes, persons, beneficiaries, women, households,
// accompaniments, diagnoses, supports, weeks, months (quantities) and
// direct_costs, external_services (amounts declared by the organisation).
std::span<const VariableDeclaration> standard_award_variables();

// The variable an award quantity binds: kMeasures -> "measures",
// kFullTimeEquivalents -> "etp".
std::string_view variable_for_unit(QuantityUnit unit);

}  // namespace octroi
