// Civility keys and labels.
#include "domain/civility.h"

#include "domain/enum_table.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<Civility, 2> kTable{{{
    {Civility::kMister, "mister", "M."},
    {Civility::kMadam, "madam", "Mme"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

}  // namespace

std::span<const Civility> all_civilities() { return kValues; }

std::string_view to_key(Civility civility) { return kTable.key(civility); }

std::string_view to_label(Civility civility) { return kTable.label(civility); }

std::string_view to_full_label(Civility civility) {
  return civility == Civility::kMister ? "Monsieur" : "Madame";
}

Result<Civility> civility_from_key(std::string_view key) {
  return kTable.from_key(key, "la civilité");
}

}  // namespace octroi
