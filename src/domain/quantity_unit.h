// QuantityUnit: what an award's quantity counts ("50 places d'accompagnement",
// "8 postes", "1,40 ETP", "900 accueils"), with stable keys and French labels.
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"
#include "money/quantity.h"

namespace octroi {

enum class QuantityUnit {
  kPlaces,               // "places": places d'accompagnement (support places).
  kPosts,                // "posts": postes (integration posts in a work-integration structure).
  kMeasures,             // "measures": mesures d'accompagnement social (ASTRE).
  kFullTimeEquivalents,  // "full_time_equivalents": ETP (a post, or Ségur pay valuation).
  kParticipants,         // "participants": participants to an action.
  kWelcomes,             // "welcomes": accueils (each reception of a person).
  kPersons,              // "persons": personnes.
  kBeneficiaries,        // "beneficiaries": bénéficiaires (of the RSA, mostly).
  kWomen,                // "women": femmes (actions for women only).
  kHouseholds,           // "households": ménages (housing support).
  kAccompaniments,       // "accompaniments": accompagnements (housing follow-ups, ADSL/MLI).
};

std::span<const QuantityUnit> all_quantity_units();

// "full_time_equivalents"
std::string_view to_key(QuantityUnit unit);
// The plural label, as table headers write it: "places", "ETP", "accueils".
std::string_view to_label(QuantityUnit unit);
// The label agreeing with `quantity` in French: singular below 2 ("1 place",
// "0,5 ETP", "1,5 place"), plural from 2 ("2 places").
std::string_view label_for(QuantityUnit unit, Quantity quantity);

// kInvalidValue, listing the keys, for an unknown key.
Result<QuantityUnit> quantity_unit_from_key(std::string_view key);

}  // namespace octroi
