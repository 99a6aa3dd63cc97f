#include "rules/parameter_unit.h"

#include <array>
#include <string>

namespace octroi {
namespace {

struct UnitEntry {
  ParameterUnit unit;
  std::string_view key;
  std::string_view label;
};

constexpr std::array<UnitEntry, 11> kUnits = {{
    {ParameterUnit::kEuro, "euro", "€"},
    {ParameterUnit::kEuroPerEtp, "euro_per_etp", "€ par ETP"},
    {ParameterUnit::kEuroPerPlace, "euro_per_place", "€ par place"},
    {ParameterUnit::kEuroPerPlacePerYear, "euro_per_place_per_year", "€ par place et par an"},
    {ParameterUnit::kEuroPerMeasure, "euro_per_measure", "€ par mesure"},
    {ParameterUnit::kEuroPerMeasurePerYear, "euro_per_measure_per_year", "€ par mesure et par an"},
    {ParameterUnit::kEuroPerParticipantPerMonth, "euro_per_participant_per_month",
     "€ par participant et par mois"},
    {ParameterUnit::kEuroPerDiagnosis, "euro_per_diagnosis", "€ par diagnostic"},
    {ParameterUnit::kEuroPerSupport, "euro_per_support", "€ par accompagnement"},
    {ParameterUnit::kEuroPerWeek, "euro_per_week", "€ par semaine"},
    {ParameterUnit::kRate, "rate", "taux"},
}};

constexpr bool in_order() {
  for (std::size_t i = 0; i < kUnits.size(); ++i) {
    if (static_cast<std::size_t>(kUnits[i].unit) != i) return false;
  }
  return true;
}
static_assert(in_order(), "kUnits must list the units in the order of the enum");

constexpr std::array<ParameterUnit, kUnits.size()> kAllUnits = [] {
  std::array<ParameterUnit, kUnits.size()> out{};
  for (std::size_t i = 0; i < kUnits.size(); ++i) out[i] = kUnits[i].unit;
  return out;
}();

}  // namespace

std::span<const ParameterUnit> all_parameter_units() { return kAllUnits; }

std::string_view to_key(ParameterUnit unit) { return kUnits[static_cast<std::size_t>(unit)].key; }

std::string_view to_label(ParameterUnit unit) {
  return kUnits[static_cast<std::size_t>(unit)].label;
}

bool is_money(ParameterUnit unit) { return unit != ParameterUnit::kRate; }

Result<ParameterUnit> parameter_unit_from_key(std::string_view key) {
  std::string accepted;
  for (const UnitEntry& entry : kUnits) {
    if (entry.key == key) return entry.unit;
    if (!accepted.empty()) accepted += ", ";
    accepted += entry.key;
  }
  return Error(ErrorCode::kSchemaType, "unité de paramètre inconnue « " + std::string(key) +
                                           " » ; unités admises : " + accepted);
}

}  // namespace octroi
