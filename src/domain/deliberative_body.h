// DeliberativeBody: the assembly that holds a session and adopts its
// deliberations ("Commission Permanente du Conseil départemental").
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"

namespace octroi {

enum class DeliberativeBody {
  kStandingCommittee,    // "standing_committee": Commission Permanente, acting on powers
                         // delegated by the council (deliberation 2021-257).
  kDepartmentalCouncil,  // "departmental_council": Conseil départemental in plenary session.
};

std::span<const DeliberativeBody> all_deliberative_bodies();

// "standing_committee"
std::string_view to_key(DeliberativeBody body);
// "Commission Permanente", "Conseil départemental".
std::string_view to_label(DeliberativeBody body);

// kInvalidValue, listing the keys, for an unknown key.
Result<DeliberativeBody> deliberative_body_from_key(std::string_view key);

}  // namespace octroi
