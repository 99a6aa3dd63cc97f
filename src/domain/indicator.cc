// Indicator keys, labels and the command-line form.
#include "domain/indicator.h"

#include <fmt/format.h>

#include "domain/enum_table.h"
#include "money/format.h"
#include "money/parse.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<IndicatorKind, 7> kTable{{{
    {IndicatorKind::kPlaces, "places", "places d'accompagnement"},
    {IndicatorKind::kParticipantsWelcomed, "participants_welcomed", "participants accueillis"},
    {IndicatorKind::kContractsSigned, "contracts_signed", "CER contractualisés"},
    {IndicatorKind::kPositiveExits, "positive_exits", "sorties positives"},
    {IndicatorKind::kPathwayStabilisations, "pathway_stabilisations", "stabilisations de parcours"},
    {IndicatorKind::kPathwayChanges, "pathway_changes", "évolutions de parcours"},
    {IndicatorKind::kAverageSupportMonths, "average_support_months",
     "durée moyenne d'accompagnement (mois)"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

Error invalid(std::string_view text, std::string why) {
  return Error(ErrorCode::kInvalidValue,
               fmt::format("indicateur « {} » : {} (forme attendue : NOM[:TERRITOIRE]=NOMBRE, "
                           "par exemple places:lens-lievin=50)",
                           text, why));
}

}  // namespace

std::span<const IndicatorKind> all_indicator_kinds() { return kValues; }
std::string_view to_key(IndicatorKind kind) { return kTable.key(kind); }
std::string_view to_label(IndicatorKind kind) { return kTable.label(kind); }
Result<IndicatorKind> indicator_kind_from_key(std::string_view key) {
  return kTable.from_key(key, "l'indicateur");
}

Result<Indicator> Indicator::parse(std::string_view text) {
  const auto equals = text.find('=');
  if (equals == std::string_view::npos) return invalid(text, "« = » manquant");
  std::string_view name = text.substr(0, equals);
  const std::string_view number = text.substr(equals + 1);
  Indicator out;
  const auto colon = name.find(':');
  if (colon != std::string_view::npos) {
    auto territory = territory_from_key(name.substr(colon + 1));
    if (!territory.ok()) return invalid(text, territory.error().message());
    out.territory = *territory;
    name = name.substr(0, colon);
  }
  auto kind = indicator_kind_from_key(name);
  if (!kind.ok()) return invalid(text, kind.error().message());
  out.kind = *kind;
  auto value = parse_quantity(number);
  if (!value.ok()) return invalid(text, value.error().message());
  if (value->is_negative()) return invalid(text, "nombre négatif");
  out.value = *value;
  return out;
}

std::string Indicator::text() const {
  if (territory) {
    return fmt::format("{} ({}) : {}", to_label(kind), to_label(*territory),
                       format_quantity(value));
  }
  return fmt::format("{} : {}", to_label(kind), format_quantity(value));
}

Result<Quantity> total_of(std::span<const Indicator> indicators, IndicatorKind kind) {
  Quantity total = Quantity::zero();
  for (const Indicator& indicator : indicators) {
    if (indicator.kind != kind) continue;
    OCTROI_TRY(total, total.plus(indicator.value));
  }
  return total;
}

}  // namespace octroi
