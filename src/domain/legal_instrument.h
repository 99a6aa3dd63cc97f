// LegalInstrument: the act through which an award is granted, the last column
// of Annex 4 ("Convention type", "Avenant annexe 5", "Convention annexe 7").
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class LegalInstrument {
  kStandardAgreement,  // "standard_agreement": the standard agreement adopted on 12 June 2023
                       // ("Convention type").
  kAmendment,          // "amendment": an amendment to an existing agreement ("Avenant annexe 5").
  kSpecificAgreement,  // "specific_agreement": an agreement drafted for the case, annexed to the
                       // deliberation ("Convention annexe 7", travel expenses).
  kNone,               // "none": no agreement (a refused row, a direct payment).
};

std::span<const LegalInstrument> all_legal_instruments();

// "standard_agreement"
std::string_view to_key(LegalInstrument instrument);
// "Convention type", "Avenant", "Convention spécifique", "Aucun".
std::string_view to_label(LegalInstrument instrument);

// kInvalidValue, listing the keys, for an unknown key.
Result<LegalInstrument> legal_instrument_from_key(std::string_view key);

}  // namespace octroi
