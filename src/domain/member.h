// Member: an elected member of the assembly ("Mme Zohra OUAGUEF"), with the
// political group the vote tallies name. A plain aggregate.
#pragma once

#include <string>

#include "base/result.h"
#include "domain/civility.h"
#include "domain/id.h"

namespace octroi {

struct Member {
  MemberId id{};                          // "zohra-ouaguef"
  Civility civility = Civility::kMister;  // Mme
  std::string name{};                     // "Zohra OUAGUEF" (first name, then surname in capitals)
  std::string group{};  // "Groupe Socialiste, Républicain et Citoyen"; "" if none

  // "Mme Zohra OUAGUEF"
  std::string display_name() const;

  // kMissingField for an empty id or name.
  Status validate() const;
  static Result<Member> create(Member fields);
};

}  // namespace octroi
