// Vote validation.
#include "domain/vote.h"

#include <fmt/format.h>
#include <set>

#include "domain/validation.h"

namespace octroi {

namespace {

Status check_tally(const VoteTally& tally, std::string_view field, std::string_view what) {
  if (tally.count < 0) {
    return detail::invalid_field(field, fmt::format("{} : nombre négatif ({})", what, tally.count));
  }
  if (tally.count == 0 && !tally.groups.empty()) {
    return detail::invalid_field(field, fmt::format("{} : 0 voix mais des groupes nommés", what));
  }
  std::set<std::string> seen;
  for (const std::string& group : tally.groups) {
    OCTROI_TRY_STATUS(detail::require_text(group, field, "le nom du groupe"));
    if (!seen.insert(group).second) {
      return detail::invalid_field(field,
                                   fmt::format("{} : groupe « {} » nommé deux fois", what, group));
    }
  }
  return ok_status();
}

}  // namespace

Status Vote::validate() const {
  OCTROI_TRY_STATUS(check_tally(for_votes, "for", "Pour"));
  OCTROI_TRY_STATUS(check_tally(against_votes, "against", "Contre"));
  OCTROI_TRY_STATUS(check_tally(abstain_votes, "abstain", "Abstention"));
  return check_tally(absent_without_proxy, "absent_without_proxy",
                     "Absents sans délégation de vote");
}

Result<Vote> Vote::create(Vote fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
