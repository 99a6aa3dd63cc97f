// The references a programme dataset makes from a printed cell or sentence to
// a canonical entity: a territory, an organisation, a member, an annex, and a
// quantity with its unit. Each keeps the text as printed beside what it means.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/id.h"
#include "domain/printed.h"
#include "domain/quantity_unit.h"
#include "domain/territory_scope.h"
#include "money/quantity.h"

namespace octroi {

// A territory cell or mention: "Bouloonnais" -> boulonnais (with a note),
// "MULTI-TERRITOIRE (hors Montreuillois/Ternois)" -> seven territories,
// "Département" -> department-wide; "" for an empty merged cell.
struct TerritoryReference {
  std::string printed{};
  TerritoryScope scope;                     // required: no default
  std::vector<std::string> canonical_keys;  // as written in the dataset ("departement", "artois")
  std::optional<std::string> note{};
};

// An organisation as printed at one place, and its entry in organisations.yaml.
struct OrganisationReference {
  std::string printed{};  // "Mamobilité62 : plateforme de mobilité FJEP"
  OrganisationId id{};    // "fjep"
  std::optional<std::string> note{};
};

// A member's name as printed at one place, and the member in session.yaml.
struct MemberReference {
  std::string printed{};  // "Mme Zohra OUAGUEF"
  MemberId member{};      // "ouaguef-zohra"
  std::optional<std::string> note{};
};

// A reference to annexes as printed: "Annexes 1 et 4" -> {1, 4}.
struct AnnexReference {
  std::string printed{};
  std::vector<int> annexes{};
  std::optional<std::string> note{};
};

// A stated quantity and what it counts: "8,10" ETP. `unit` is the dataset's
// unit key (docs/data-format.md 4.8: "places", "etp", "semaines"...);
// `domain_unit` is the QuantityUnit it maps to, when the domain has one.
struct PrintedQuantity {
  Printed<Quantity> quantity{};
  std::string unit{};
  std::optional<QuantityUnit> domain_unit{};
  std::optional<std::string> note{};
};

}  // namespace octroi
