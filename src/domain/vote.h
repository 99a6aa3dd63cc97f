// Vote: the tally a deliberation records ("Pour : 36 voix (Groupe Socialiste,
// ...) Contre : 0 voix Abstention : 5 voix (...) Absents sans délégation de
// vote : 3 (...)"), each count with the political groups it came from.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

namespace octroi {

// One line of the tally: a count and the groups named after it.
struct VoteTally {
  int count = 0;
  std::vector<std::string> groups{};  // "Groupe Communiste et Républicain", "Non-inscrit"

  friend bool operator==(const VoteTally&, const VoteTally&) = default;
};

struct Vote {
  VoteTally for_votes{};             // pour
  VoteTally against_votes{};         // contre
  VoteTally abstain_votes{};         // abstention
  VoteTally absent_without_proxy{};  // absents sans délégation de vote

  // Votes cast for or against (suffrages exprimés; abstentions do not count).
  int expressed() const { return for_votes.count + against_votes.count; }
  // Every member accounted for: for + against + abstain + absent without proxy
  // (44 in the reference: 36 + 0 + 5 + 3).
  int total() const { return expressed() + abstain_votes.count + absent_without_proxy.count; }

  // kInvalidValue for a negative count, a group named twice on one line, a
  // blank group, or groups named after a zero count.
  Status validate() const;
  static Result<Vote> create(Vote fields);

  friend bool operator==(const Vote&, const Vote&) = default;
};

}  // namespace octroi
