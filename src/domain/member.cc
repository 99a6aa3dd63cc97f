// Member display, mandates and validation.
#include "domain/member.h"

#include <fmt/format.h>

#include "calendar/format.h"
#include "domain/validation.h"

namespace octroi {

bool Mandate::covers(Date date) const {
  if (start && date < *start) return false;
  return !(end && date > *end);
}

std::string Member::display_name() const { return std::string(to_label(civility)) + " " + name; }

std::optional<Mandate> Member::mandate_on(DeliberativeBody body, Date date) const {
  for (const Mandate& mandate : mandates) {
    if (mandate.body == body && mandate.covers(date)) return mandate;
  }
  return std::nullopt;
}

namespace {

bool overlap(const Mandate& left, const Mandate& right) {
  const bool left_ends_first = left.end && right.start && *left.end < *right.start;
  const bool right_ends_first = right.end && left.start && *right.end < *left.start;
  return !left_ends_first && !right_ends_first;
}

}  // namespace

Status Member::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de l'élu"));
  OCTROI_TRY_STATUS(detail::require_text(name, "name", "le nom de l'élu"));
  OCTROI_TRY_STATUS(detail::require_at_least(rank, 0, "rank", "le rang de l'élu"));
  for (std::size_t index = 0; index < mandates.size(); ++index) {
    const Mandate& mandate = mandates[index];
    if (mandate.start && mandate.end && *mandate.end < *mandate.start) {
      return detail::invalid_field(
          "mandates",
          fmt::format("mandat de « {} » : fin le {} avant le début le {}", id.key(),
                      format_date_long(*mandate.end), format_date_long(*mandate.start)));
    }
    for (std::size_t other = 0; other < index; ++other) {
      if (mandates[other].body == mandate.body && overlap(mandates[other], mandate)) {
        return detail::invalid_field(
            "mandates", fmt::format("« {} » a deux mandats qui se chevauchent à la {}", id.key(),
                                    to_label(mandate.body)));
      }
    }
  }
  return ok_status();
}

Result<Member> Member::create(Member fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
