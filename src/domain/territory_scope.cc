// TerritoryScope: a bit set over the nine territories, 0 meaning department-wide.
#include "domain/territory_scope.h"

#include <fmt/format.h>

namespace octroi {

namespace {

bool is_separator(char c) { return c == ',' || c == '+' || c == ' ' || c == '\t'; }

}  // namespace

std::uint16_t TerritoryScope::bit(Territory territory) {
  return static_cast<std::uint16_t>(1U << static_cast<unsigned>(territory));
}

TerritoryScope TerritoryScope::of(Territory territory) { return TerritoryScope(bit(territory)); }

Result<TerritoryScope> TerritoryScope::of(std::span<const Territory> territories) {
  if (territories.empty()) {
    return Error(ErrorCode::kInvalidValue,
                 "portée territoriale vide : au moins un territoire attendu, ou le département");
  }
  std::uint16_t mask = 0;
  for (Territory territory : territories) mask = static_cast<std::uint16_t>(mask | bit(territory));
  return TerritoryScope(mask);
}

Result<TerritoryScope> TerritoryScope::parse(std::string_view keys) {
  std::uint16_t mask = 0;
  bool department = false;
  int count = 0;
  std::size_t i = 0;
  while (i < keys.size()) {
    if (is_separator(keys[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < keys.size() && !is_separator(keys[end])) ++end;
    const std::string_view key = keys.substr(i, end - i);
    i = end;
    ++count;
    if (key == kDepartmentKey) {
      department = true;
      continue;
    }
    OCTROI_TRY(Territory territory, territory_from_key(key));
    if ((mask & bit(territory)) != 0) {
      return Error(
          ErrorCode::kInvalidValue,
          fmt::format("portée territoriale « {} » : territoire « {} » donné deux fois", keys, key));
    }
    mask = static_cast<std::uint16_t>(mask | bit(territory));
  }
  if (count == 0) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("portée territoriale vide « {} » : « {} » ou des clés de territoires "
                             "attendues",
                             keys, kDepartmentKey));
  }
  if (department) {
    if (count > 1) {
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("portée territoriale « {} » : « {} » ne se combine pas avec des "
                               "territoires",
                               keys, kDepartmentKey));
    }
    return department_wide();
  }
  return TerritoryScope(mask);
}

bool TerritoryScope::is_multi_territory() const { return (mask_ & (mask_ - 1)) != 0; }

std::optional<Territory> TerritoryScope::single() const {
  if (is_department_wide() || is_multi_territory()) return std::nullopt;
  return territories().front();
}

std::vector<Territory> TerritoryScope::territories() const {
  std::vector<Territory> out;
  for (Territory territory : all_territories()) {
    if ((mask_ & bit(territory)) != 0) out.push_back(territory);
  }
  return out;
}

bool TerritoryScope::covers(Territory territory) const {
  return is_department_wide() || (mask_ & bit(territory)) != 0;
}

std::string TerritoryScope::key() const {
  if (is_department_wide()) return std::string(kDepartmentKey);
  std::string out;
  for (Territory territory : territories()) {
    if (!out.empty()) out += ',';
    out += to_key(territory);
  }
  return out;
}

std::string TerritoryScope::label() const {
  if (is_department_wide()) return "Département";
  std::string out;
  for (Territory territory : territories()) {
    if (!out.empty()) out += " / ";
    out += to_label(territory);
  }
  return out;
}

}  // namespace octroi
