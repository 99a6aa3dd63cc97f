// Interest: one line of the register of members' interests — a seat or role
// a member holds in an organisation ("présidente du conseil
// d'administration", "maire de la commune dont le CCAS est financé"), for a
// period. A member with an interest in an organisation a report funds is
// "intéressé à l'affaire": recused from that report's debate and vote.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/id.h"
#include "domain/siret.h"

namespace octroi {

struct Interest {
  std::int64_t id = 0;  // given by the register; 0 before it is recorded
  MemberId member{};
  // The organisation as the programmes know it, when it is one of theirs;
  // otherwise its name (and SIRET, when known) identify it.
  std::optional<OrganisationId> organisation{};
  std::string organisation_name{};  // "CCAS d'Isbergues"
  std::optional<Siret> siret{};
  std::string role{};         // "présidente du conseil d'administration"
  Date start;                 // declared from
  std::optional<Date> end{};  // nullopt: still held
  std::string declared_by{};  // who recorded it
  std::string declared_at{};  // ISO 8601, UTC

  bool covers(Date date) const { return date >= start && !(end && date > *end); }

  // kMissingField for an empty member, organisation name or role;
  // kInvalidValue when the period ends before it starts.
  Status validate() const;
  static Result<Interest> create(Interest fields);
};

}  // namespace octroi
