// The rules a sitting must keep, shared by the CLI, the web API and the
// documents:
//  - who must be recused from a report: the members whose register of
//    interests names an organisation the report funds, on the sitting's date;
//  - who may vote on a report: present (in the room at that point of the
//    agenda, with a deliberative vote) minus recused, plus the proxies held
//    for members who are not recused — at most one per member;
//  - the quorum: a majority of the members in office present (CGCT
//    L3121-14), unless the sitting was convened again after a first one
//    lacked it;
//  - the problems of a vote record: figures that exceed who could vote, a
//    count of absents without proxy that the attendance contradicts, no quorum.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/interest.h"
#include "domain/member.h"
#include "domain/programme_dataset.h"
#include "domain/session.h"

namespace octroi {

// An organisation a report funds.
struct FundedOrganisation {
  OrganisationId id{};
  std::string name{};
  std::optional<Siret> siret{};
};

// The organisations the awards of `dataset` fund, once each, in annex order.
std::vector<FundedOrganisation> funded_organisations(const ProgrammeDataset& dataset);

// A member who must be recused from a report, and the interest that says why.
struct RequiredRecusal {
  MemberId member{};
  Interest interest;
  FundedOrganisation organisation{};
};

// The interests in force on `date` that name one of `funded`: the same
// organisation id, the same SIRET, or the same name once folded (case,
// accents and punctuation ignored). One entry per member and organisation.
std::vector<RequiredRecusal> required_recusals(const std::vector<Interest>& interests,
                                               const std::vector<FundedOrganisation>& funded,
                                               Date date);

// The recusals recorded for `report`, then the required ones not recorded
// (they neither debate nor vote), in that order.
std::vector<Recusal> effective_recusals(const Session& session, const ReportId& report,
                                        const std::vector<RequiredRecusal>& required);

// Who may vote on the report at agenda position `position` (1-based).
struct VotingRoll {
  int in_office = 0;  // members listed with a deliberative vote
  int present = 0;    // in the room at that point, with a deliberative vote
  std::vector<MemberId> recused_present{};
  std::vector<MemberId> proxies{};  // givers whose proxy counts
  std::vector<MemberId> absent_without_proxy{};
  int able = 0;  // present - recused present + proxies
};
VotingRoll voting_roll(const Session& session, int position, const std::vector<Recusal>& recusals);

struct QuorumState {
  int in_office = 0;
  int present = 0;
  int required = 0;  // a majority of the members in office
  bool reconvened = false;
  bool met = false;  // present >= required, or a reconvened sitting
};
QuorumState quorum_at(const Session& session, int position);

// A problem of a vote record, about one of its fields ("for", "against",
// "abstain", "total", "absent_without_proxy", "quorum"), in French.
struct VoteProblem {
  std::string field{};
  std::string message{};
};
std::vector<VoteProblem> vote_problems(const Vote& vote, const VotingRoll& roll,
                                       const QuorumState& quorum);

// A mismatch between the attendance lists and the register of members.
struct RegisterProblem {
  MemberId member{};
  std::string message{};
};
// Members listed but unknown to the register, listed with a deliberative vote
// without a deliberative mandate in the body on that date (or the reverse),
// and members in office missing from the lists. Members without any recorded
// mandate in the body are taken at their listing.
std::vector<RegisterProblem> register_problems(const Session& session,
                                               const std::vector<Member>& members);

// Everything the session page and `octroi session show` say about one report.
struct AgendaItemReport {
  int position = 0;
  AgendaItem item{};
  std::vector<RequiredRecusal> required{};
  std::vector<Recusal> recusals{};                   // effective
  std::vector<MemberId> recused_without_interest{};  // recorded, not backed by the register
  VotingRoll roll{};
  QuorumState quorum{};
  std::vector<VoteProblem> problems{};
};

struct SessionReport {
  std::vector<RegisterProblem> register_problems{};
  std::vector<AgendaItemReport> items{};
};

// `funded[i]` lists the organisations the report at position i + 1 funds
// (empty when it funds none, or when the vector is shorter).
SessionReport analyse_session(const Session& session, const std::vector<Member>& members,
                              const std::vector<Interest>& interests,
                              const std::vector<std::vector<FundedOrganisation>>& funded);

}  // namespace octroi
