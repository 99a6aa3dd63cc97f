// Session queries and the consistency of attendance, proxies and recusals.
#include "domain/session.h"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <unordered_map>

#include "calendar/format.h"
#include "domain/validation.h"

namespace octroi {

bool SessionMember::in_room_at(int item) const {
  if (!is_in_room(attendance)) return false;
  if (arrives_at_item && item < *arrives_at_item) return false;
  return !(leaves_after_item && item > *leaves_after_item);
}

std::optional<bool> AgendaItem::adopted() const {
  if (!vote) return std::nullopt;
  if (vote->for_votes.count != vote->against_votes.count) {
    return vote->for_votes.count > vote->against_votes.count;
  }
  return vote->for_votes.count > 0 && casting_vote_for.value_or(false);
}

std::optional<int> Session::position_of(const ReportId& report) const {
  for (std::size_t index = 0; index < agenda.size(); ++index) {
    if (agenda[index].report == report) return static_cast<int>(index) + 1;
  }
  return std::nullopt;
}

const AgendaItem* Session::item(const ReportId& report) const {
  const std::optional<int> position = position_of(report);
  return position ? &agenda[static_cast<std::size_t>(*position - 1)] : nullptr;
}

const SessionMember* Session::member(const MemberId& wanted) const {
  for (const SessionMember& entry : members) {
    if (entry.member == wanted) return &entry;
  }
  return nullptr;
}

std::optional<Attendance> Session::attendance_of(const MemberId& member) const {
  for (const SessionMember& entry : members) {
    if (entry.member == member) return entry.attendance;
  }
  return std::nullopt;
}

int Session::count(Attendance attendance) const {
  return static_cast<int>(std::count_if(members.begin(), members.end(), [&](const auto& entry) {
    return entry.attendance == attendance;
  }));
}

std::optional<MemberId> Session::proxy_holder(const MemberId& giver) const {
  for (const Proxy& proxy : proxies) {
    if (proxy.giver == giver) return proxy.holder;
  }
  return std::nullopt;
}

bool Session::is_recused(const MemberId& member, const ReportId& report) const {
  return std::any_of(recusals.begin(), recusals.end(), [&](const Recusal& recusal) {
    return recusal.member == member && recusal.report == report;
  });
}

namespace {

using AttendanceById = std::unordered_map<MemberId, Attendance>;

Status check_officer(const AttendanceById& attendance, const MemberId& officer,
                     std::string_view field, std::string_view role) {
  OCTROI_TRY_STATUS(detail::require_id(officer, field, role));
  auto found = attendance.find(officer);
  if (found == attendance.end() || found->second != Attendance::kPresent) {
    return detail::invalid_field(
        field, fmt::format("{} « {} » n'est pas inscrit parmi les présents", role, officer.key()));
  }
  return ok_status();
}

Status check_proxies(const AttendanceById& attendance, const std::vector<Proxy>& proxies) {
  std::set<MemberId> givers;
  std::set<MemberId> holders;
  for (const Proxy& proxy : proxies) {
    auto giver = attendance.find(proxy.giver);
    const bool named = !proxy.holder.key().empty();
    auto holder = named ? attendance.find(proxy.holder) : attendance.end();
    if (giver == attendance.end() || (named && holder == attendance.end())) {
      const MemberId& unknown = giver == attendance.end() ? proxy.giver : proxy.holder;
      return detail::invalid_field(
          "proxies",
          fmt::format("délégation de vote : « {} » n'est pas inscrit à la séance", unknown.key()));
    }
    if (is_in_room(giver->second) || !has_deliberative_vote(giver->second)) {
      return detail::invalid_field(
          "proxies", fmt::format("délégation de vote de « {} » : seul un élu excusé ou absent, "
                                 "avec voix délibérative, peut déléguer son vote ({})",
                                 proxy.giver.key(), to_label(giver->second)));
    }
    if (named && holder->second != Attendance::kPresent) {
      return detail::invalid_field(
          "proxies", fmt::format("délégation de vote à « {} » : le délégataire doit être présent "
                                 "avec voix délibérative ({})",
                                 proxy.holder.key(), to_label(holder->second)));
    }
    if (!givers.insert(proxy.giver).second) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("« {} » a donné plus d'une délégation de vote", proxy.giver.key()),
                   detail::at_field("proxies"));
    }
    if (named && !holders.insert(proxy.holder).second) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("« {} » détient plus d'une délégation de vote", proxy.holder.key()),
                   detail::at_field("proxies"));
    }
  }
  return ok_status();
}

Status check_recusals(const Session& session, const AttendanceById& attendance,
                      const std::vector<Recusal>& recusals) {
  std::set<std::pair<ReportId, MemberId>> seen;
  for (const Recusal& recusal : recusals) {
    OCTROI_TRY_STATUS(detail::require_id(recusal.report, "recusals", "le rapport du déport"));
    if (!session.agenda.empty() && !session.position_of(recusal.report)) {
      return detail::invalid_field(
          "recusals",
          fmt::format("déport de « {} » pour le rapport « {} », absent de l'ordre du jour",
                      recusal.member.key(), recusal.report.key()));
    }
    if (!attendance.contains(recusal.member)) {
      return detail::invalid_field(
          "recusals", fmt::format("élu intéressé à l'affaire « {} » non inscrit à la séance",
                                  recusal.member.key()));
    }
    if (!seen.insert({recusal.report, recusal.member}).second) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("« {} » est déclaré deux fois intéressé au rapport « {} »",
                               recusal.member.key(), recusal.report.key()),
                   detail::at_field("recusals"));
    }
  }
  return ok_status();
}

Status check_agenda(const std::vector<AgendaItem>& agenda) {
  std::set<ReportId> reports;
  for (const AgendaItem& item : agenda) {
    OCTROI_TRY_STATUS(
        detail::require_id(item.report, "agenda", "le rapport inscrit à l'ordre du jour"));
    if (!reports.insert(item.report).second) {
      return Error(
          ErrorCode::kDuplicate,
          fmt::format("rapport « {} » inscrit deux fois à l'ordre du jour", item.report.key()),
          detail::at_field("agenda"));
    }
    if (item.vote) OCTROI_TRY_STATUS(item.vote->validate());
  }
  return ok_status();
}

Status check_movements(const SessionMember& entry, int items) {
  if (!entry.arrives_at_item && !entry.leaves_after_item) return ok_status();
  if (!is_in_room(entry.attendance)) {
    return detail::invalid_field(
        "members", fmt::format("« {} » ({}) ne peut arriver ni partir en cours de séance",
                               entry.member.key(), to_label(entry.attendance)));
  }
  for (const std::optional<int>& position : {entry.arrives_at_item, entry.leaves_after_item}) {
    if (position && (*position < 1 || *position > items)) {
      return detail::invalid_field(
          "members", fmt::format("« {} » : le rapport n°{} de l'ordre du jour n'existe pas "
                                 "(l'ordre du jour en compte {})",
                                 entry.member.key(), *position, items));
    }
  }
  if (entry.arrives_at_item && entry.leaves_after_item &&
      *entry.leaves_after_item < *entry.arrives_at_item) {
    return detail::invalid_field(
        "members",
        fmt::format("« {} » part après le point {} de l'ordre du jour avant d'arriver "
                    "au point {}",
                    entry.member.key(), *entry.leaves_after_item, *entry.arrives_at_item));
  }
  return ok_status();
}

}  // namespace

Status Session::validate() const {
  OCTROI_TRY_STATUS(detail::require_id(id, "id", "l'identifiant de la séance"));
  AttendanceById attendance;
  for (const SessionMember& entry : members) {
    OCTROI_TRY_STATUS(detail::require_id(entry.member, "members", "l'élu"));
    if (!attendance.emplace(entry.member, entry.attendance).second) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("élu « {} » inscrit deux fois à la séance", entry.member.key()),
                   detail::at_field("members"));
    }
    OCTROI_TRY_STATUS(check_movements(entry, static_cast<int>(agenda.size())));
  }
  OCTROI_TRY_STATUS(check_agenda(agenda));
  if (reconvened_from && date < reconvened_from->plus_days(3)) {
    return detail::invalid_field(
        "reconvened_from",
        fmt::format("une séance convoquée à nouveau faute de quorum se tient trois jours au moins "
                    "après la première ({} ; ici le {})",
                    format_date_long(*reconvened_from), format_date_long(date)));
  }
  OCTROI_TRY_STATUS(check_officer(attendance, president, "president", "le président"));
  OCTROI_TRY_STATUS(check_officer(attendance, secretary, "secretary", "le secrétaire"));
  OCTROI_TRY_STATUS(check_proxies(attendance, proxies));
  return check_recusals(*this, attendance, recusals);
}

Result<Session> Session::create(Session fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
