// Text folding shared by the modules that compare or print names: the checks
// (names spelled two ways), the register of interests (an organisation named
// as the programme names it), the deliberation's capitalised headings.
#pragma once

#include <string>
#include <string_view>

namespace octroi {

// Lower-case ASCII, accents removed, apostrophes and hyphens as spaces,
// spaces collapsed: "Lens-Liévin" -> "lens lievin".
std::string fold_text(std::string_view text);

// Capitals without accents, every other character kept, as French
// administrative headings print names: "Jean-Claude Léroy" -> "JEAN-CLAUDE LEROY".
std::string upper_unaccented(std::string_view text);

}  // namespace octroi
