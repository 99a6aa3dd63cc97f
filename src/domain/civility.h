// Civility: the title before a member's or representative's name ("M.", "Mme").
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class Civility {
  kMister,  // "mister": Monsieur, written "M." before a name.
  kMadam,   // "madam": Madame, written "Mme" before a name.
};

std::span<const Civility> all_civilities();

// "mister"
std::string_view to_key(Civility civility);
// The abbreviation used before a name: "M.", "Mme".
std::string_view to_label(Civility civility);
// In full: "Monsieur", "Madame".
std::string_view to_full_label(Civility civility);

// kInvalidValue, listing the keys, for an unknown key.
Result<Civility> civility_from_key(std::string_view key);

}  // namespace octroi
