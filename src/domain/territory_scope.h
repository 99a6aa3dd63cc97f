// TerritoryScope: where an award applies. Either the whole département (rows
// marked "Département" in Annex 4) or a non-empty set of territories: one
// ("Artois"), or several ("Artois Lens Liévin Hénin-Carvin", "MULTI-TERRITOIRE
// (MONTREUILLOIS/TERNOIS)"). A set of all nine is not the same as department-wide:
// the first names nine local operators' areas, the second one département-level
// operator. A value type.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/territory.h"

namespace octroi {

class TerritoryScope {
 public:
  // The key of the department-wide scope.
  static constexpr std::string_view kDepartmentKey = "department";

  static TerritoryScope department_wide() { return TerritoryScope(0); }
  static TerritoryScope of(Territory territory);
  // A set: order and repetitions do not matter. kInvalidValue when empty.
  static Result<TerritoryScope> of(std::span<const Territory> territories);

  // The form key() writes: "department", or territory keys separated by
  // commas, '+' or spaces ("artois", "artois,lens-lievin,henin-carvin",
  // "montreuillois + ternois"). kUnknownTerritory for an unknown key;
  // kInvalidValue for an empty text, "department" mixed with territories,
  // or a key given twice.
  static Result<TerritoryScope> parse(std::string_view keys);

  bool is_department_wide() const { return mask_ == 0; }
  // Two or more territories.
  bool is_multi_territory() const;
  // The territory of a one-territory scope; nullopt otherwise.
  std::optional<Territory> single() const;
  // In the order of all_territories(); empty when department-wide.
  std::vector<Territory> territories() const;
  // True when the scope includes `territory` (always, when department-wide).
  bool covers(Territory territory) const;

  // "department", "artois", "artois,henin-carvin,lens-lievin" (canonical order).
  std::string key() const;
  // "Département", "Artois", "Artois / Hénin-Carvin / Lens-Liévin".
  std::string label() const;

  friend bool operator==(const TerritoryScope&, const TerritoryScope&) = default;

 private:
  explicit TerritoryScope(std::uint16_t mask) : mask_(mask) {}
  static std::uint16_t bit(Territory territory);
  // One bit per territory, in enum order; 0 means department-wide.
  std::uint16_t mask_;
};

}  // namespace octroi
