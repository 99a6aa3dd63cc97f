// Member: an elected member of the assembly ("Mme Zohra OUAGUEF"), with the
// political group the vote tallies name, the rank the attendance lists follow
// (the president first, then the order of the assembly's table), and the
// mandates that give a seat in a body, over time. A plain aggregate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/civility.h"
#include "domain/deliberative_body.h"
#include "domain/id.h"

namespace octroi {

// A seat in one body for a period: "membre de la Commission Permanente" since
// 1 July 2021, or invited without a deliberative vote.
struct Mandate {
  DeliberativeBody body = DeliberativeBody::kStandingCommittee;
  std::optional<Date> start{};  // nullopt: since before the records
  std::optional<Date> end{};    // nullopt: still in office
  bool deliberative_vote = true;

  bool covers(Date date) const;
  friend bool operator==(const Mandate&, const Mandate&) = default;
};

struct Member {
  MemberId id{};                          // "zohra-ouaguef"
  Civility civility = Civility::kMister;  // Mme
  std::string name{};                     // "Zohra OUAGUEF" (first name, then surname in capitals)
  std::string group{};  // "Groupe Socialiste, Républicain et Citoyen"; "" if none
  int rank = 0;         // order in the attendance lists (1 = first)
  std::vector<Mandate> mandates{};

  // "Mme Zohra OUAGUEF"
  std::string display_name() const;
  // The mandate in `body` covering `date`, or nullopt.
  std::optional<Mandate> mandate_on(DeliberativeBody body, Date date) const;

  // kMissingField for an empty id or name; kInvalidValue for a negative rank
  // or a mandate that ends before it starts, or two mandates in one body that
  // overlap.
  Status validate() const;
  static Result<Member> create(Member fields);
};

}  // namespace octroi
