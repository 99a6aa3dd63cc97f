// Member display and validation.
#include "domain/member.h"

#include "domain/validation.h"

namespace octroi {

std::string Member::display_name() const { return std::string(to_label(civility)) + " " + name; }

Status Member::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de l'élu"));
  return detail::require_text(name, "name", "le nom de l'élu");
}

Result<Member> Member::create(Member fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
