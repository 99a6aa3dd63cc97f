#include "rules/parameter_set.h"

#include <algorithm>
#include <utility>

namespace octroi {
namespace {

Error refused(ErrorCode code, const Parameter& parameter, const std::string& message,
              const std::string& field) {
  return Error(code, "paramètre « " + parameter.name + " » : " + message,
               Location::of_field(field));
}

bool is_valid_name(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// The value of a non-null entry, checked against the parameter's unit.
Result<Decimal> entry_value(const Parameter& parameter, ParameterUnit unit,
                            const ParameterEntry& entry) {
  const std::string field = "values." + entry.start.iso();
  bool money = is_money(unit);
  if (money ? entry.rate.has_value() : entry.amount.has_value()) {
    return refused(ErrorCode::kSchemaType, parameter,
                   money ? "un taux pour une unité monétaire" : "un montant pour un taux",
                   field + ".value");
  }
  if (money && !entry.amount.has_value()) {
    return refused(ErrorCode::kSchemaMissingKey, parameter, "montant manquant", field + ".value");
  }
  if (!money && !entry.rate.has_value()) {
    return refused(ErrorCode::kSchemaMissingKey, parameter, "taux manquant", field + ".value");
  }
  Decimal value = money ? Decimal::from_amount(*entry.amount) : Decimal::from_rate(*entry.rate);
  if (value.is_negative()) {
    return refused(ErrorCode::kSchemaType, parameter, "valeur négative « " + entry.printed + " »",
                   field + ".value");
  }
  return value;
}

Status validate(const Parameter& parameter, ParameterUnit unit) {
  if (parameter.entries.empty()) {
    return refused(ErrorCode::kParameterDates, parameter, "aucune valeur datée", "values");
  }
  bool any_value = false;
  for (std::size_t i = 0; i < parameter.entries.size(); ++i) {
    const ParameterEntry& entry = parameter.entries[i];
    if (i > 0 && !(parameter.entries[i - 1].start < entry.start)) {
      return refused(ErrorCode::kParameterDates, parameter,
                     "dates d'effet non strictement croissantes : « " + entry.start.iso() +
                         " » après « " + parameter.entries[i - 1].start.iso() + " »",
                     "values." + entry.start.iso());
    }
    if (entry.ends_validity) continue;
    any_value = true;
    OCTROI_TRY(Decimal value, entry_value(parameter, unit, entry));
    (void)value;
  }
  if (!any_value) {
    return refused(ErrorCode::kParameterDates, parameter,
                   "aucune valeur : seulement des entrées « null »", "values");
  }
  return ok_status();
}

}  // namespace

Result<ParameterSet> ParameterSet::create(std::vector<Parameter> parameters) {
  ParameterSet set;
  for (Parameter& parameter : parameters) OCTROI_TRY_STATUS(set.add(std::move(parameter)));
  return set;
}

Status ParameterSet::add(Parameter parameter) {
  if (!is_valid_name(parameter.name)) {
    return refused(
        ErrorCode::kSchemaType, parameter,
        "nom invalide : lettres minuscules, chiffres et « _ », commençant par une lettre", "name");
  }
  Result<ParameterUnit> unit = parameter_unit_from_key(parameter.unit);
  if (!unit.ok()) return refused(unit.error().code(), parameter, unit.error().message(), "unit");
  OCTROI_TRY_STATUS(validate(parameter, *unit));
  if (parameters_.contains(parameter.name)) {
    return refused(ErrorCode::kDuplicate, parameter, "défini deux fois", "name");
  }
  std::string name = parameter.name;
  parameters_.emplace(std::move(name), Held{std::move(parameter), *unit});
  return ok_status();
}

const Parameter* ParameterSet::find(std::string_view name) const {
  auto found = parameters_.find(name);
  return found == parameters_.end() ? nullptr : &found->second.parameter;
}

std::optional<ParameterUnit> ParameterSet::unit_of(std::string_view name) const {
  auto found = parameters_.find(name);
  if (found == parameters_.end()) return std::nullopt;
  return found->second.unit;
}

std::vector<std::string> ParameterSet::names() const {
  std::vector<std::string> out;
  out.reserve(parameters_.size());
  for (const auto& [name, held] : parameters_) out.push_back(name);
  return out;
}

Result<ParameterValue> ParameterSet::value_at(std::string_view name, Date date) const {
  auto found = parameters_.find(name);
  if (found == parameters_.end()) {
    return Error(ErrorCode::kReferenceUnknown, "paramètre inconnu « " + std::string(name) + " »");
  }
  const Parameter& parameter = found->second.parameter;
  // The domain decides which entry is in force (and words the refusal).
  OCTROI_TRY(ParameterEntry entry, parameter.in_force_on(date));
  OCTROI_TRY(Decimal value, entry_value(parameter, found->second.unit, entry));
  ParameterValue out;
  out.name = parameter.name;
  out.value = value;
  out.unit = found->second.unit;
  out.implied = parameter.implied;
  out.printed = entry.printed;
  out.start = entry.start;
  for (const ParameterEntry& later : parameter.entries) {
    if (entry.start < later.start) {
      out.end = later.start;
      break;
    }
  }
  out.statement = entry.quote.value_or(entry.derivation.value_or(""));
  out.source = entry.source;
  out.reference = parameter.reference;
  return out;
}

}  // namespace octroi
