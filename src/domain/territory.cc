// Territory keys and labels, and the loose reading of labels.
#include "domain/territory.h"

#include <string>

#include "domain/enum_table.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<Territory, 9> kTable{{{
    {Territory::kArrageois, "arrageois", "Arrageois"},
    {Territory::kArtois, "artois", "Artois"},
    {Territory::kAudomarois, "audomarois", "Audomarois"},
    {Territory::kBoulonnais, "boulonnais", "Boulonnais"},
    {Territory::kCalaisis, "calaisis", "Calaisis"},
    {Territory::kHeninCarvin, "henin-carvin", "Hénin-Carvin"},
    {Territory::kLensLievin, "lens-lievin", "Lens-Liévin"},
    {Territory::kMontreuillois, "montreuillois", "Montreuillois"},
    {Territory::kTernois, "ternois", "Ternois"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

constexpr std::string_view kWhat = "le territoire";

// "Hénin  CARVIN" -> "henin-carvin": ASCII lowercase, é/è/ê/ë (either case)
// as e, runs of spaces and hyphens as one hyphen, outer ones dropped.
std::string normalise_label(std::string_view label) {
  std::string out;
  bool pending_hyphen = false;
  std::size_t i = 0;
  while (i < label.size()) {
    const auto byte = static_cast<unsigned char>(label[i]);
    if (byte == ' ' || byte == '-' || byte == '\t') {
      pending_hyphen = !out.empty();
      ++i;
      continue;
    }
    if (pending_hyphen) out += '-';
    pending_hyphen = false;
    // U+00C8..U+00CB (È É Ê Ë) and U+00E8..U+00EB (è é ê ë) are C3 88..8B / C3 A8..AB.
    if (byte == 0xC3 && i + 1 < label.size()) {
      const auto next = static_cast<unsigned char>(label[i + 1]);
      if ((next >= 0x88 && next <= 0x8B) || (next >= 0xA8 && next <= 0xAB)) {
        out += 'e';
        i += 2;
        continue;
      }
    }
    out += (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte - 'A' + 'a') : label[i];
    ++i;
  }
  return out;
}

}  // namespace

std::span<const Territory> all_territories() { return kValues; }

std::string_view to_key(Territory territory) { return kTable.key(territory); }

std::string_view to_label(Territory territory) { return kTable.label(territory); }

Result<Territory> territory_from_key(std::string_view key) {
  return kTable.from_key(key, kWhat, ErrorCode::kUnknownTerritory);
}

Result<Territory> territory_from_label(std::string_view label) {
  if (auto found = kTable.find_key(normalise_label(label))) return *found;
  return Error(ErrorCode::kUnknownTerritory,
               "territoire inconnu « " + std::string(label) +
                   " » ; attendu : Arrageois, Artois, Audomarois, Boulonnais, Calaisis, "
                   "Hénin-Carvin, Lens-Liévin, Montreuillois, Ternois");
}

}  // namespace octroi
