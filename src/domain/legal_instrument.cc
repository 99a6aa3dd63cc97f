// LegalInstrument keys and labels.
#include "domain/legal_instrument.h"

#include "domain/enum_table.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<LegalInstrument, 4> kTable{{{
    {LegalInstrument::kStandardAgreement, "standard_agreement", "Convention type"},
    {LegalInstrument::kAmendment, "amendment", "Avenant"},
    {LegalInstrument::kSpecificAgreement, "specific_agreement", "Convention spécifique"},
    {LegalInstrument::kNone, "none", "Aucun"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

}  // namespace

std::span<const LegalInstrument> all_legal_instruments() { return kValues; }

std::string_view to_key(LegalInstrument instrument) { return kTable.key(instrument); }

std::string_view to_label(LegalInstrument instrument) { return kTable.label(instrument); }

Result<LegalInstrument> legal_instrument_from_key(std::string_view key) {
  return kTable.from_key(key, "l'instrument juridique");
}

}  // namespace octroi
