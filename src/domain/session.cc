// Session queries and the consistency of attendance, proxies and recusals.
#include "domain/session.h"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <unordered_map>

#include "domain/validation.h"

namespace octroi {

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
    auto holder = attendance.find(proxy.holder);
    if (giver == attendance.end() || holder == attendance.end()) {
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
    if (holder->second != Attendance::kPresent) {
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
    if (!holders.insert(proxy.holder).second) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("« {} » détient plus d'une délégation de vote", proxy.holder.key()),
                   detail::at_field("proxies"));
    }
  }
  return ok_status();
}

Status check_recusals(const AttendanceById& attendance, const std::vector<Recusal>& recusals) {
  std::set<std::pair<ReportId, MemberId>> seen;
  for (const Recusal& recusal : recusals) {
    OCTROI_TRY_STATUS(detail::require_id(recusal.report, "recusals", "le rapport du déport"));
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
  }
  OCTROI_TRY_STATUS(check_officer(attendance, president, "president", "le président"));
  OCTROI_TRY_STATUS(check_officer(attendance, secretary, "secretary", "le secrétaire"));
  OCTROI_TRY_STATUS(check_proxies(attendance, proxies));
  return check_recusals(attendance, recusals);
}

Result<Session> Session::create(Session fields) {
  OCTROI_TRY_STATUS(fields.validate());
  return fields;
}

}  // namespace octroi
