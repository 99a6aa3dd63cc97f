// Territory: the nine territories of the Pas-de-Calais département, each with
// a stable key (stored by YAML and SQL) and its French label. Department-wide
// and multi-territory scopes are TerritoryScope (territory_scope.h).
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class Territory {
  kArrageois,      // "arrageois": Arrageois (around Arras).
  kArtois,         // "artois": Artois (Béthune, Bruay, Lillers).
  kAudomarois,     // "audomarois": Audomarois (Saint-Omer, Lumbres).
  kBoulonnais,     // "boulonnais": Boulonnais (Boulogne-sur-Mer, Desvres).
  kCalaisis,       // "calaisis": Calaisis (Calais, Audruicq).
  kHeninCarvin,    // "henin-carvin": Hénin-Carvin.
  kLensLievin,     // "lens-lievin": Lens-Liévin.
  kMontreuillois,  // "montreuillois": Montreuillois (Montreuil, Berck).
  kTernois,        // "ternois": Ternois (Saint-Pol-sur-Ternoise).
};

// The nine territories, in the order above (the département's usual order).
std::span<const Territory> all_territories();

// "henin-carvin"
std::string_view to_key(Territory territory);
// "Hénin-Carvin"
std::string_view to_label(Territory territory);

// Exactly a key: "lens-lievin". kUnknownTerritory, listing the keys, otherwise.
Result<Territory> territory_from_key(std::string_view key);

// A label as documents write it, read loosely: case, accents on e, and the
// spaces or hyphens between words do not matter ("Lens Liévin", "HENIN CARVIN",
// "Hénin-Carvin", "ARRAGEOIS"). Misspellings ("Bouloonnais") are refused with
// kUnknownTerritory: correcting them is the importer's business.
Result<Territory> territory_from_label(std::string_view label);

}  // namespace octroi
