// ParameterUnit: what a parameter's value measures, with the stable keys of
// the parameter files (docs/data-format.md section 11) and French labels.
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class ParameterUnit {
  kEuro,                        // "euro": a sum of money.
  kEuroPerEtp,                  // "euro_per_etp": per full-time equivalent (Ségur valuation).
  kEuroPerPlace,                // "euro_per_place": per support place.
  kEuroPerPlacePerYear,         // "euro_per_place_per_year"
  kEuroPerMeasure,              // "euro_per_measure": per support measure.
  kEuroPerMeasurePerYear,       // "euro_per_measure_per_year"
  kEuroPerParticipantPerMonth,  // "euro_per_participant_per_month": a monthly cap.
  kEuroPerDiagnosis,            // "euro_per_diagnosis"
  kEuroPerSupport,              // "euro_per_support"
  kEuroPerWeek,                 // "euro_per_week"
  kRate,                        // "rate": a proportion, printed as a percentage ("20%").
};

std::span<const ParameterUnit> all_parameter_units();
std::string_view to_key(ParameterUnit unit);    // "euro_per_etp"
std::string_view to_label(ParameterUnit unit);  // "€ par ETP"
bool is_money(ParameterUnit unit);              // every unit but kRate
// kSchemaType, listing the accepted keys, for an unknown key.
Result<ParameterUnit> parameter_unit_from_key(std::string_view key);

}  // namespace octroi
