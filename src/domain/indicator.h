// Indicator: one named quantity of an agreement's targets or of a review
// (bilan): participants welcomed, contracts (CER) signed, positive exits,
// places achieved…, optionally for one territory ("60 places pour le
// territoire de Lens-Liévin"). A typed list, not free text, so settlement
// and totals read them without parsing. A plain aggregate.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/territory.h"
#include "money/quantity.h"

namespace octroi {

enum class IndicatorKind {
  kPlaces,                 // "places": places d'accompagnement (target or achieved)
  kParticipantsWelcomed,   // "participants_welcomed": participant.es accueilli.es
  kContractsSigned,        // "contracts_signed": CER contractualisés
  kPositiveExits,          // "positive_exits": sorties positives / dynamiques
  kPathwayStabilisations,  // "pathway_stabilisations": stabilisations de parcours
  kPathwayChanges,         // "pathway_changes": évolutions de parcours
  kAverageSupportMonths,   // "average_support_months": durée moyenne d'accompagnement (mois)
};

std::span<const IndicatorKind> all_indicator_kinds();
std::string_view to_key(IndicatorKind kind);
std::string_view to_label(IndicatorKind kind);
// kInvalidValue, listing the keys, for an unknown key.
Result<IndicatorKind> indicator_kind_from_key(std::string_view key);

struct Indicator {
  IndicatorKind kind = IndicatorKind::kPlaces;
  std::optional<Territory> territory{};  // absent: the whole agreement
  Quantity value{};

  // "places:lens-lievin=50" or "contracts_signed=120": the command-line form.
  // kInvalidValue quoting the text (unknown kind, territory or number).
  static Result<Indicator> parse(std::string_view text);
  // "places réalisées (Lens-Liévin) : 50"
  std::string text() const;

  friend bool operator==(const Indicator&, const Indicator&) = default;
};

// The sum of the indicators of `kind` (every territory).
Result<Quantity> total_of(std::span<const Indicator> indicators, IndicatorKind kind);

}  // namespace octroi
