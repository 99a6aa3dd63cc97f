// Deliberation text generated from a recorded session (see session_text.h).
#include "service/session_text.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>

#include "base/text.h"
#include "calendar/format.h"

namespace octroi {
namespace {

using MemberIndex = std::map<MemberId, const Member*>;

MemberIndex index_members(const std::vector<Member>& members) {
  MemberIndex index;
  for (const Member& member : members) index[member.id] = &member;
  return index;
}

// "M. Jean-Claude LEROY"; the bare id when the register does not know the member.
std::string display(const MemberIndex& index, const MemberId& id) {
  auto found = index.find(id);
  return found == index.end() ? id.key() : found->second->display_name();
}

std::string join(const std::vector<std::string>& parts, std::string_view separator,
                 std::string_view last_separator) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += i + 1 == parts.size() ? last_separator : separator;
    text += parts[i];
  }
  return text;
}

std::string body_heading(DeliberativeBody body) {
  switch (body) {
    case DeliberativeBody::kStandingCommittee:
      return "DELIBERATION DE LA COMMISSION PERMANENTE\nDU CONSEIL DEPARTEMENTAL";
    case DeliberativeBody::kDepartmentalCouncil:
      return "DELIBERATION DU CONSEIL DEPARTEMENTAL";
  }
  return {};
}

// The heading of an attendance list, plural or singular.
std::string list_heading(Attendance attendance, std::size_t count) {
  switch (attendance) {
    case Attendance::kPresent:
      return count > 1 ? "Étaient présents :" : "Était présent(e) :";
    case Attendance::kExcused:
      return "Excusé(s) :";
    case Attendance::kAbsent:
      return "Absent(s) :";
    case Attendance::kNonVotingPresent:
      return "Assistant également sans voix délibérative :";
    case Attendance::kNonVotingExcused:
      return "Excusé(s) sans voix délibérative :";
  }
  return {};
}

// Rank order, then the order of the session's list for members of equal or no rank.
std::vector<const SessionMember*> ranked(const Session& session, const MemberIndex& index,
                                         Attendance attendance) {
  std::vector<const SessionMember*> listed;
  for (const SessionMember& entry : session.members) {
    if (entry.attendance == attendance) listed.push_back(&entry);
  }
  auto rank = [&](const SessionMember* entry) {
    auto found = index.find(entry->member);
    return found == index.end() || found->second->rank == 0 ? 1 << 30 : found->second->rank;
  };
  std::stable_sort(listed.begin(), listed.end(),
                   [&](const auto* left, const auto* right) { return rank(left) < rank(right); });
  return listed;
}

std::string agenda_reference(const Session& session, int position) {
  const AgendaItem& item = session.agenda[static_cast<std::size_t>(position - 1)];
  return item.number.empty() ? fmt::format("point {}", position)
                             : fmt::format("rapport n°{}", item.number);
}

// "intéressés", "intéressée", ... for the members it qualifies.
std::string agreed(std::string_view stem, const std::vector<const Member*>& members) {
  const bool all_women = std::all_of(members.begin(), members.end(), [](const Member* member) {
    return member->civility == Civility::kMadam;
  });
  std::string word(stem);
  if (all_women) word += "e";
  if (members.size() > 1) word += "s";
  return word;
}

}  // namespace

std::string addressed_names(const std::vector<const Member*>& members) {
  std::vector<std::string> women;
  std::vector<std::string> men;
  for (const Member* member : members) {
    (member->civility == Civility::kMadam ? women : men).push_back(member->name);
  }
  std::vector<std::string> groups;
  if (!women.empty()) {
    groups.push_back(std::string(women.size() > 1 ? "Mesdames " : "Madame ") +
                     join(women, ", ", " et "));
  }
  if (!men.empty()) {
    groups.push_back(std::string(men.size() > 1 ? "Messieurs " : "Monsieur ") +
                     join(men, ", ", " et "));
  }
  return join(groups, " ainsi que ", " ainsi que ");
}

std::vector<std::string> session_heading(const Authority& authority, const Session& session,
                                         const std::vector<Member>& members) {
  const MemberIndex index = index_members(members);
  std::vector<std::string> paragraphs;
  if (!authority.heading.empty()) paragraphs.push_back(authority.heading);
  paragraphs.push_back(body_heading(session.body));
  paragraphs.push_back("REUNION DU " + upper_unaccented(format_date_long(session.date)));
  if (auto president = index.find(session.president); president != index.end()) {
    paragraphs.push_back(fmt::format("PRESIDENCE DE {} {}",
                                     upper_unaccented(to_full_label(president->second->civility)),
                                     upper_unaccented(president->second->name)));
  }
  if (!session.secretary.key().empty()) {
    paragraphs.push_back("Secrétaire : " + display(index, session.secretary));
  }
  for (Attendance attendance : all_attendances()) {
    const std::vector<const SessionMember*> listed = ranked(session, index, attendance);
    if (listed.empty()) continue;
    std::vector<std::string> names;
    names.reserve(listed.size());
    for (const SessionMember* entry : listed) names.push_back(display(index, entry->member));
    paragraphs.push_back(
        fmt::format("{} {}.", list_heading(attendance, listed.size()), join(names, ", ", ", ")));
    if (attendance != Attendance::kPresent) continue;
    std::vector<std::string> arrivals;
    std::vector<std::string> departures;
    for (const SessionMember* entry : listed) {
      if (entry->arrives_at_item) {
        arrivals.push_back(fmt::format("{} (à partir du {})", display(index, entry->member),
                                       agenda_reference(session, *entry->arrives_at_item)));
      }
      if (entry->leaves_after_item) {
        departures.push_back(fmt::format("{} (après le {})", display(index, entry->member),
                                         agenda_reference(session, *entry->leaves_after_item)));
      }
    }
    if (!arrivals.empty()) {
      paragraphs.push_back("Arrivé(s) en cours de séance : " + join(arrivals, ", ", ", ") + ".");
    }
    if (!departures.empty()) {
      paragraphs.push_back("Parti(s) en cours de séance : " + join(departures, ", ", ", ") + ".");
    }
  }
  return paragraphs;
}

std::vector<std::string> agenda_item_heading(const Authority& authority, const Session& session,
                                             const AgendaItem& item) {
  std::vector<std::string> paragraphs;
  if (!item.title.empty()) paragraphs.push_back(item.title);
  if (item.deliberation) paragraphs.push_back(fmt::format("(N°{})", item.deliberation->text()));
  std::string territory = authority.name;
  for (std::string_view prefix : {"Département ", "Conseil départemental "}) {
    if (territory.rfind(prefix, 0) == 0) territory = territory.substr(prefix.size());
  }
  if (!territory.empty()) territory = " " + territory;
  paragraphs.push_back(session.body == DeliberativeBody::kStandingCommittee
                           ? "La Commission Permanente du Conseil départemental" + territory + ","
                           : "Le Conseil départemental" + territory + ",");
  return paragraphs;
}

std::vector<std::string> recusal_sentences(const Session& session,
                                           const std::vector<Recusal>& recusals,
                                           const std::vector<Member>& members) {
  const MemberIndex index = index_members(members);
  std::vector<const Member*> no_debate;     // in the room with a vote, took no part at all
  std::vector<const Member*> debated_only;  // in the room with a vote, debated, did not vote
  std::vector<const Member*> excused;
  std::vector<const Member*> absent;
  std::vector<const Member*> invited;
  for (const Recusal& recusal : recusals) {
    auto found = index.find(recusal.member);
    const SessionMember* entry = session.member(recusal.member);
    if (found == index.end() || entry == nullptr) continue;
    switch (entry->attendance) {
      case Attendance::kPresent:
        (recusal.took_part_in_debate ? debated_only : no_debate).push_back(found->second);
        break;
      case Attendance::kExcused:
        excused.push_back(found->second);
        break;
      case Attendance::kAbsent:
        absent.push_back(found->second);
        break;
      case Attendance::kNonVotingPresent:
        invited.push_back(found->second);
        break;
      case Attendance::kNonVotingExcused:
        break;
    }
  }
  std::vector<std::string> sentences;
  auto verb = [](const std::vector<const Member*>& group, std::string_view one,
                 std::string_view many) { return group.size() > 1 ? many : one; };
  if (!no_debate.empty()) {
    sentences.push_back(fmt::format("{}, {} à l'affaire, {} pris part ni au débat, ni au vote.",
                                    addressed_names(no_debate), agreed("intéressé", no_debate),
                                    verb(no_debate, "n'a", "n'ont")));
  }
  if (!debated_only.empty()) {
    sentences.push_back(
        fmt::format("{}, {} à l'affaire, {} pas pris part au vote.", addressed_names(debated_only),
                    agreed("intéressé", debated_only), verb(debated_only, "n'a", "n'ont")));
  }
  for (const auto* group : {&excused, &absent}) {
    if (group->empty()) continue;
    sentences.push_back(
        fmt::format("{}, {} à l'affaire et {}, {} pas donné de délégation de vote pour ce rapport.",
                    addressed_names(*group), agreed("intéressé", *group),
                    group == &excused ? agreed("excusé", *group) : agreed("absent", *group),
                    verb(*group, "n'a", "n'ont")));
  }
  if (!invited.empty()) {
    sentences.push_back(
        fmt::format("{}, {} à l'affaire et {} sans voix délibérative, {} pas pris part au débat.",
                    addressed_names(invited), agreed("intéressé", invited),
                    agreed("invité", invited), verb(invited, "n'a", "n'ont")));
  }
  return sentences;
}

namespace {

std::string tally(std::string_view label, const VoteTally& line, bool voices) {
  std::string text = fmt::format("{} : {}{}", label, line.count, voices ? " voix" : "");
  if (!line.groups.empty()) text += " (" + join(line.groups, " ; ", " ; ") + ")";
  return text;
}

}  // namespace

std::string vote_sentence(const Vote& vote) {
  return tally("Pour", vote.for_votes, true) + " " + tally("Contre", vote.against_votes, true) +
         " " + tally("Abstention", vote.abstain_votes, true) + " " +
         tally("Absents sans délégation de vote", vote.absent_without_proxy, false);
}

std::string outcome_text(const AgendaItem& item) {
  const std::optional<bool> adopted = item.adopted();
  if (!adopted) return {};
  return *adopted ? "(Adopté)" : "(Rejeté)";
}

Result<std::optional<SittingText>> recorded_sitting_text(
    SessionRepository& repository, const std::string& programme_id,
    const std::vector<FundedOrganisation>& funded) {
  OCTROI_TRY(std::vector<SessionSummary> summaries, repository.sessions());
  std::optional<StoredSession> voting;
  for (const SessionSummary& summary : summaries) {
    OCTROI_TRY(std::optional<StoredSession> stored, repository.find_session(summary.id));
    if (!stored) continue;
    const bool holds =
        std::any_of(stored->session.agenda.begin(), stored->session.agenda.end(),
                    [&](const AgendaItem& item) { return item.programme == programme_id; });
    if (holds && (!voting || voting->session.date <= stored->session.date))
      voting = std::move(stored);
  }
  if (!voting) return std::optional<SittingText>();
  OCTROI_TRY(Authority authority, repository.authority());
  OCTROI_TRY(std::vector<Member> members, repository.members());
  OCTROI_TRY(std::vector<Interest> interests, repository.interests());
  const Session& session = voting->session;
  const AgendaItem* item = nullptr;
  for (const AgendaItem& candidate : session.agenda) {
    if (candidate.programme == programme_id) item = &candidate;
  }
  SittingText text;
  text.heading = session_heading(authority, session, members);
  const std::vector<Recusal> recusals =
      effective_recusals(session, item->report, required_recusals(interests, funded, session.date));
  text.recusals = recusal_sentences(session, recusals, members);
  if (item->vote) text.vote = vote_sentence(*item->vote);
  text.outcome = outcome_text(*item);
  return std::optional<SittingText>(std::move(text));
}

}  // namespace octroi
