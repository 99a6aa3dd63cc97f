// DeliberativeBody keys and labels.
#include "domain/deliberative_body.h"

#include "domain/enum_table.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<DeliberativeBody, 2> kTable{{{
    {DeliberativeBody::kStandingCommittee, "standing_committee", "Commission Permanente"},
    {DeliberativeBody::kDepartmentalCouncil, "departmental_council", "Conseil départemental"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

}  // namespace

std::span<const DeliberativeBody> all_deliberative_bodies() { return kValues; }

std::string_view to_key(DeliberativeBody body) { return kTable.key(body); }

std::string_view to_label(DeliberativeBody body) { return kTable.label(body); }

Result<DeliberativeBody> deliberative_body_from_key(std::string_view key) {
  return kTable.from_key(key, "l'assemblée délibérante");
}

}  // namespace octroi
