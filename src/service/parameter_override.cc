// ParameterOverride: the value of a parameter replaced for a simulation.
#include "service/parameter_override.h"

#include <fmt/format.h>

#include "money/parse.h"

namespace octroi {

namespace {

Error invalid(const ParameterOverride& override_value, std::string_view expected) {
  return Error(ErrorCode::kInvalidValue,
               fmt::format("valeur « {} » pour le paramètre « {} » : {} attendu",
                           override_value.value, override_value.name, expected));
}

Status set_value(const ParameterOverride& override_value, ParameterUnit unit,
                 ParameterEntry& entry) {
  if (unit == ParameterUnit::kRate) {
    Result<Rate> rate = parse_rate(override_value.value);
    if (!rate.ok()) {
      Result<Decimal> proportion = Decimal::parse(override_value.value);
      if (!proportion.ok()) return invalid(override_value, "un taux (65 % ou 0.65)");
      Result<Decimal> millionths = proportion->times(Decimal::from_integer(Rate::kScale));
      if (!millionths.ok() || !millionths->is_integer()) {
        return invalid(override_value, "un taux au millionième près");
      }
      rate = Rate::from_millionths(static_cast<std::int64_t>(millionths->numerator()));
    }
    entry.rate = *rate;
    entry.amount.reset();
  } else {
    Result<Amount> amount = parse_amount(override_value.value);
    if (!amount.ok()) {
      Result<Decimal> euros = Decimal::parse(override_value.value);
      if (!euros.ok()) return invalid(override_value, "un montant (5500 ou 5 500,00 €)");
      Result<Amount> exact = euros->to_amount(Rounding::kHalfUpToCent);
      if (!exact.ok() || Decimal::from_amount(*exact) != *euros) {
        return invalid(override_value, "un montant au centime près");
      }
      amount = *exact;
    }
    entry.amount = *amount;
    entry.rate.reset();
  }
  entry.printed = override_value.value;
  entry.note = "valeur simulée (octroi simulate), non enregistrée";
  return ok_status();
}

}  // namespace

Result<ParameterOverride> ParameterOverride::parse(std::string_view text) {
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos || equals == 0 || equals + 1 == text.size()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("« {} » : NOM=VALEUR attendu (segur_per_etp=5500)", text));
  }
  return ParameterOverride{std::string(text.substr(0, equals)),
                           std::string(text.substr(equals + 1))};
}

Result<ParameterSet> apply_overrides(const ParameterSet& parameters,
                                     const std::vector<ParameterOverride>& overrides,
                                     Date date_of_effect) {
  std::vector<Parameter> list;
  for (const std::string& name : parameters.names()) list.push_back(*parameters.find(name));
  for (const ParameterOverride& override_value : overrides) {
    OCTROI_TRY(ParameterValue in_force, parameters.value_at(override_value.name, date_of_effect));
    for (Parameter& parameter : list) {
      if (parameter.name != override_value.name) continue;
      for (ParameterEntry& entry : parameter.entries) {
        if (entry.start != in_force.start || entry.ends_validity) continue;
        OCTROI_TRY_STATUS(set_value(override_value, in_force.unit, entry));
      }
    }
  }
  return ParameterSet::create(std::move(list));
}

}  // namespace octroi
