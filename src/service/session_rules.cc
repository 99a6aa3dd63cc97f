// Recusals, voting roll, quorum and vote problems (see session_rules.h).
#include "service/session_rules.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

#include "base/text.h"
#include "calendar/format.h"

namespace octroi {

std::vector<FundedOrganisation> funded_organisations(const ProgrammeDataset& dataset) {
  std::vector<FundedOrganisation> funded;
  std::set<std::string> seen;
  for (const AnnexRow& row : dataset.rows) {
    const std::string& key = row.award.organisation.key();
    if (!seen.insert(key).second) continue;
    FundedOrganisation organisation{.id = row.award.organisation, .name = key, .siret = {}};
    if (const OrganisationEntry* entry = dataset.find_organisation(key)) {
      organisation.name = entry->organisation.name;
      organisation.siret = entry->organisation.siret;
    }
    funded.push_back(std::move(organisation));
  }
  return funded;
}

namespace {

bool names(const Interest& interest, const FundedOrganisation& organisation) {
  if (interest.organisation && *interest.organisation == organisation.id) return true;
  if (interest.siret && organisation.siret && *interest.siret == *organisation.siret) return true;
  const std::string folded = fold_text(interest.organisation_name);
  return !folded.empty() && folded == fold_text(organisation.name);
}

}  // namespace

std::vector<RequiredRecusal> required_recusals(const std::vector<Interest>& interests,
                                               const std::vector<FundedOrganisation>& funded,
                                               Date date) {
  std::vector<RequiredRecusal> required;
  std::set<std::pair<std::string, std::string>> seen;
  for (const Interest& interest : interests) {
    if (!interest.covers(date)) continue;
    for (const FundedOrganisation& organisation : funded) {
      if (!names(interest, organisation)) continue;
      if (!seen.insert({interest.member.key(), organisation.id.key()}).second) continue;
      required.push_back({interest.member, interest, organisation});
    }
  }
  return required;
}

std::vector<Recusal> effective_recusals(const Session& session, const ReportId& report,
                                        const std::vector<RequiredRecusal>& required) {
  std::vector<Recusal> recusals;
  std::set<MemberId> seen;
  for (const Recusal& recusal : session.recusals) {
    if (recusal.report == report && seen.insert(recusal.member).second) {
      recusals.push_back(recusal);
    }
  }
  for (const RequiredRecusal& entry : required) {
    if (seen.insert(entry.member).second) {
      recusals.push_back({.report = report, .member = entry.member, .took_part_in_debate = false});
    }
  }
  return recusals;
}

VotingRoll voting_roll(const Session& session, int position, const std::vector<Recusal>& recusals) {
  std::set<MemberId> recused;
  for (const Recusal& recusal : recusals) recused.insert(recusal.member);
  std::map<MemberId, bool> proxy_counts;  // giver -> counts
  for (const Proxy& proxy : session.proxies) {
    bool counts = recused.count(proxy.giver) == 0;
    if (counts && !proxy.holder.key().empty()) {
      const SessionMember* holder = session.member(proxy.holder);
      counts = holder != nullptr && holder->attendance == Attendance::kPresent &&
               holder->in_room_at(position);
    }
    proxy_counts[proxy.giver] = counts;
  }
  VotingRoll roll;
  for (const SessionMember& entry : session.members) {
    if (!has_deliberative_vote(entry.attendance)) continue;
    ++roll.in_office;
    if (entry.attendance == Attendance::kPresent && entry.in_room_at(position)) {
      ++roll.present;
      if (recused.count(entry.member) != 0) roll.recused_present.push_back(entry.member);
      continue;
    }
    auto proxy = proxy_counts.find(entry.member);
    if (proxy != proxy_counts.end() && proxy->second) {
      roll.proxies.push_back(entry.member);
    } else {
      roll.absent_without_proxy.push_back(entry.member);
    }
  }
  roll.able = roll.present - static_cast<int>(roll.recused_present.size()) +
              static_cast<int>(roll.proxies.size());
  return roll;
}

QuorumState quorum_at(const Session& session, int position) {
  QuorumState quorum;
  for (const SessionMember& entry : session.members) {
    if (!has_deliberative_vote(entry.attendance)) continue;
    ++quorum.in_office;
    if (entry.attendance == Attendance::kPresent && entry.in_room_at(position)) ++quorum.present;
  }
  quorum.required = quorum.in_office / 2 + 1;
  quorum.reconvened = session.reconvened_from.has_value();
  quorum.met = quorum.reconvened || quorum.present >= quorum.required;
  return quorum;
}

namespace {

std::string roll_text(const VotingRoll& roll) {
  return fmt::format(
      "{} présent{} avec voix délibérative, moins {} intéressé{} à l'affaire, plus "
      "{} délégation{} de vote",
      roll.present, roll.present > 1 ? "s" : "", roll.recused_present.size(),
      roll.recused_present.size() > 1 ? "s" : "", roll.proxies.size(),
      roll.proxies.size() > 1 ? "s" : "");
}

std::string voices(int count) { return fmt::format("{} voix", count); }

}  // namespace

std::vector<VoteProblem> vote_problems(const Vote& vote, const VotingRoll& roll,
                                       const QuorumState& quorum) {
  std::vector<VoteProblem> problems;
  const int cast = vote.for_votes.count + vote.against_votes.count + vote.abstain_votes.count;
  if (cast > roll.able) {
    problems.push_back(
        {"total",
         fmt::format("Le vote compte {} ({} pour, {} contre, {} abstention{}) alors que "
                     "{} élu{} au plus pouvai{}t voter : {}.",
                     voices(cast), vote.for_votes.count, vote.against_votes.count,
                     vote.abstain_votes.count, vote.abstain_votes.count > 1 ? "s" : "", roll.able,
                     roll.able > 1 ? "s" : "", roll.able > 1 ? "en" : "", roll_text(roll))});
  }
  const std::pair<const char*, const VoteTally*> tallies[] = {
      {"for", &vote.for_votes}, {"against", &vote.against_votes}, {"abstain", &vote.abstain_votes}};
  const char* labels[] = {"Pour", "Contre", "Abstention"};
  for (std::size_t index = 0; index < 3; ++index) {
    if (tallies[index].second->count > roll.able) {
      problems.push_back(
          {tallies[index].first,
           fmt::format("« {} : {} » dépasse les {} élus qui pouvaient voter.", labels[index],
                       voices(tallies[index].second->count), roll.able)});
    }
  }
  const int absent = static_cast<int>(roll.absent_without_proxy.size());
  if (vote.absent_without_proxy.count != absent) {
    problems.push_back(
        {"absent_without_proxy",
         fmt::format("« Absents sans délégation de vote : {} » alors que la feuille de présence en "
                     "compte {}.",
                     vote.absent_without_proxy.count, absent)});
  }
  if (!quorum.met) {
    problems.push_back(
        {"quorum",
         fmt::format("Quorum non atteint : {} présent{} sur {} membres en exercice, il en "
                     "faut {} (CGCT L3121-14) ; la séance doit être convoquée à nouveau "
                     "trois jours au moins plus tard.",
                     quorum.present, quorum.present > 1 ? "s" : "", quorum.in_office,
                     quorum.required)});
  }
  return problems;
}

std::vector<RegisterProblem> register_problems(const Session& session,
                                               const std::vector<Member>& members) {
  std::vector<RegisterProblem> problems;
  std::map<MemberId, const Member*> by_id;
  for (const Member& member : members) by_id[member.id] = &member;
  for (const SessionMember& entry : session.members) {
    auto found = by_id.find(entry.member);
    if (found == by_id.end()) {
      problems.push_back({entry.member, fmt::format("« {} » est inscrit à la séance mais pas au "
                                                    "registre des élus.",
                                                    entry.member.key())});
      continue;
    }
    const Member& member = *found->second;
    const bool has_body_mandate =
        std::any_of(member.mandates.begin(), member.mandates.end(),
                    [&](const Mandate& mandate) { return mandate.body == session.body; });
    if (!has_body_mandate) continue;
    const std::optional<Mandate> mandate = member.mandate_on(session.body, session.date);
    const bool votes = has_deliberative_vote(entry.attendance);
    if (!mandate) {
      problems.push_back(
          {entry.member, fmt::format("{} n'a pas de mandat à la {} le {}.", member.display_name(),
                                     to_label(session.body), format_date_long(session.date))});
    } else if (mandate->deliberative_vote != votes) {
      problems.push_back(
          {entry.member,
           fmt::format("{} est inscrit{} « {} » alors que son mandat {} voix délibérative.",
                       member.display_name(), member.civility == Civility::kMadam ? "e" : "",
                       to_label(entry.attendance),
                       mandate->deliberative_vote ? "donne" : "ne donne pas")});
    }
  }
  for (const Member& member : members) {
    const std::optional<Mandate> mandate = member.mandate_on(session.body, session.date);
    if (mandate && session.member(member.id) == nullptr) {
      problems.push_back({member.id, fmt::format("{}, en exercice à la {} le {}, ne figure sur "
                                                 "aucune liste de présence.",
                                                 member.display_name(), to_label(session.body),
                                                 format_date_long(session.date))});
    }
  }
  return problems;
}

SessionReport analyse_session(const Session& session, const std::vector<Member>& members,
                              const std::vector<Interest>& interests,
                              const std::vector<std::vector<FundedOrganisation>>& funded) {
  SessionReport report;
  report.register_problems = register_problems(session, members);
  for (std::size_t index = 0; index < session.agenda.size(); ++index) {
    AgendaItemReport item;
    item.position = static_cast<int>(index) + 1;
    item.item = session.agenda[index];
    if (index < funded.size()) {
      item.required = required_recusals(interests, funded[index], session.date);
    }
    item.recusals = effective_recusals(session, item.item.report, item.required);
    for (const Recusal& recusal : session.recusals) {
      if (recusal.report != item.item.report) continue;
      const bool backed =
          std::any_of(item.required.begin(), item.required.end(),
                      [&](const auto& entry) { return entry.member == recusal.member; });
      if (!backed) item.recused_without_interest.push_back(recusal.member);
    }
    item.roll = voting_roll(session, item.position, item.recusals);
    item.quorum = quorum_at(session, item.position);
    if (item.item.vote) item.problems = vote_problems(*item.item.vote, item.roll, item.quorum);
    report.items.push_back(std::move(item));
  }
  return report;
}

}  // namespace octroi
