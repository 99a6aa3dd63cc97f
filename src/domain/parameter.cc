#include "domain/parameter.h"

#include <fmt/format.h>

namespace octroi {

Result<ParameterEntry> Parameter::in_force_on(const Date& date) const {
  const ParameterEntry* found = nullptr;
  for (const ParameterEntry& entry : entries) {
    if (entry.start <= date) found = &entry;
  }
  if (found == nullptr) {
    return Error(
        ErrorCode::kParameterNotInForce,
        fmt::format("paramètre « {} » : aucune valeur en vigueur le {} (première valeur au {})",
                    name, date.iso(), entries.empty() ? "—" : entries.front().start.iso()));
  }
  if (found->ends_validity) {
    return Error(
        ErrorCode::kParameterNotInForce,
        fmt::format("paramètre « {} » : aucune valeur en vigueur le {} (validité close le {})",
                    name, date.iso(), found->start.iso()));
  }
  return *found;
}

}  // namespace octroi
