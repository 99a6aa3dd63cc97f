// QuantityUnit keys, plural labels, and singular labels for agreement.
#include "domain/quantity_unit.h"

#include <array>

#include "domain/enum_table.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<QuantityUnit, 11> kTable{{{
    {QuantityUnit::kPlaces, "places", "places"},
    {QuantityUnit::kPosts, "posts", "postes"},
    {QuantityUnit::kMeasures, "measures", "mesures"},
    {QuantityUnit::kFullTimeEquivalents, "full_time_equivalents", "ETP"},
    {QuantityUnit::kParticipants, "participants", "participants"},
    {QuantityUnit::kWelcomes, "welcomes", "accueils"},
    {QuantityUnit::kPersons, "persons", "personnes"},
    {QuantityUnit::kBeneficiaries, "beneficiaries", "bénéficiaires"},
    {QuantityUnit::kWomen, "women", "femmes"},
    {QuantityUnit::kHouseholds, "households", "ménages"},
    {QuantityUnit::kAccompaniments, "accompaniments", "accompagnements"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

// Singular labels, in the order of the enum.
constexpr std::array<std::string_view, 11> kSingular = {
    "place",    "poste",        "mesure", "ETP",    "participant",    "accueil",
    "personne", "bénéficiaire", "femme",  "ménage", "accompagnement",
};

}  // namespace

std::span<const QuantityUnit> all_quantity_units() { return kValues; }

std::string_view to_key(QuantityUnit unit) { return kTable.key(unit); }

std::string_view to_label(QuantityUnit unit) { return kTable.label(unit); }

std::string_view label_for(QuantityUnit unit, Quantity quantity) {
  // French agreement: plural from two (whereas English pluralises from one).
  if (quantity >= Quantity::from_units(2 * Quantity::kScale)) return to_label(unit);
  return kSingular[static_cast<std::size_t>(unit)];
}

Result<QuantityUnit> quantity_unit_from_key(std::string_view key) {
  return kTable.from_key(key, "l'unité de quantité");
}

}  // namespace octroi
