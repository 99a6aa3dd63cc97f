// `octroi session list|show|text|recusals|scdl|member list|interest list`:
// what the register and the sittings hold, and the text generated from them.
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <memory>

#include "api/clock.h"
#include "calendar/format.h"
#include "calendar/parse.h"
#include "cli/command.h"
#include "cli/session_commands.h"
#include "cli/text.h"
#include "import/stored_dataset.h"
#include "opendata/scdl_deliberations.h"
#include "service/session_edits.h"
#include "service/session_from_dataset.h"
#include "service/session_text.h"
#include "store/store.h"

namespace octroi::cli::session_cli {
namespace {

// The session's report, or the only one on its agenda when none is named.
Result<const AgendaItem*> chosen_item(const Session& session, const std::string& report) {
  if (report.empty()) {
    if (session.agenda.size() == 1) return &session.agenda.front();
    return Error(ErrorCode::kUsage,
                 fmt::format("la séance {} a {} rapports à l'ordre du jour : précisez --report",
                             session.id.key(), session.agenda.size()));
  }
  const AgendaItem* item = session.item(ReportId(report));
  if (item == nullptr) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("le rapport « {} » n'est pas à l'ordre du jour de la séance {}",
                             report, session.id.key()),
                 Location::of_field("--report"));
  }
  return item;
}

// Everything `show` and `text` need: the stored session, register and analysis.
struct SessionView {
  StoredSession stored;
  Authority authority;
  std::vector<Member> members;
  SessionReport report;
};

Result<SessionView> view_session(const GlobalOptions& global, const std::string& id) {
  OCTROI_TRY(auto sessions, store::open_session_repository(global.database_url));
  OCTROI_TRY(StoredSession stored, load_session(*sessions, id));
  OCTROI_TRY(Authority authority, sessions->authority());
  OCTROI_TRY(std::vector<Member> members, sessions->members());
  OCTROI_TRY(std::vector<Interest> interests, sessions->interests());
  OCTROI_TRY(auto programmes, store::open_repository(global.database_url));
  OCTROI_TRY(auto funded, funded_by_agenda(*programmes, stored.session));
  SessionReport report = analyse_session(stored.session, members, interests, funded);
  return SessionView{std::move(stored), std::move(authority), std::move(members),
                     std::move(report)};
}

std::string member_name(const std::vector<Member>& members, const MemberId& id) {
  for (const Member& member : members) {
    if (member.id == id) return member.display_name();
  }
  return id.key();
}

}  // namespace

Result<StoredSession> load_session(SessionRepository& sessions, const std::string& id) {
  OCTROI_TRY(std::optional<StoredSession> stored, sessions.find_session(SessionId(id)));
  if (!stored) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("séance inconnue : « {} » (octroi session list)", id));
  }
  return std::move(*stored);
}

int list(const GlobalOptions& global) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto all = (*sessions)->sessions();
  if (!all.ok()) return report_error(all.error());
  if (all->empty()) {
    fmt::print("Aucune séance. Enregistrez-en une : octroi session record --programme ID\n");
  }
  for (const SessionSummary& summary : *all) {
    auto date = parse_date(summary.date);
    fmt::print("{}  {}  {}  {} rapport(s)  version {}\n", summary.id.key(), to_label(summary.body),
               date.ok() ? format_date_long(*date) : summary.date, summary.agenda_items,
               summary.version);
  }
  return kExitOk;
}

int show(const GlobalOptions& global, const SessionOptions& options) {
  auto view = view_session(global, options.session);
  if (!view.ok()) return report_error(view.error());
  const Session& session = view->stored.session;
  fmt::print("Séance {} — {} du {}{} (version {}, modifiée par {} le {})\n", session.id.key(),
             to_label(session.body), format_date_long(session.date),
             session.place.empty() ? "" : ", " + session.place, view->stored.version,
             view->stored.updated_by, format_timestamp(view->stored.updated_at));
  bool problems = false;
  for (const RegisterProblem& problem : view->report.register_problems) {
    fmt::print("  ERREUR registre : {}\n", problem.message);
    problems = true;
  }
  for (const AgendaItemReport& item : view->report.items) {
    fmt::print(
        "\n{}. Rapport n°{}{} — {}\n", item.position, item.item.number,
        item.item.deliberation ? " (délibération n°" + item.item.deliberation->text() + ")" : "",
        item.item.title);
    fmt::print("  Quorum : {} présents sur {} membres en exercice (il en faut {}) : {}\n",
               item.quorum.present, item.quorum.in_office, item.quorum.required,
               item.quorum.reconvened ? "séance convoquée à nouveau, sans condition de quorum"
               : item.quorum.met      ? "atteint"
                                      : "NON ATTEINT");
    fmt::print(
        "  Peuvent voter : {} ({} présents − {} intéressés + {} délégations) ; absents "
        "sans délégation : {}\n",
        item.roll.able, item.roll.present, item.roll.recused_present.size(),
        item.roll.proxies.size(), item.roll.absent_without_proxy.size());
    fmt::print("  Intéressés à l'affaire : {}\n",
               item.recusals.empty() ? "aucun" : std::to_string(item.recusals.size()));
    for (const Recusal& recusal : item.recusals) {
      std::string reason = "déclaré à la séance";
      for (const RequiredRecusal& required : item.required) {
        if (required.member == recusal.member) {
          reason =
              fmt::format("registre : {} de « {} » depuis le {}", required.interest.role,
                          required.organisation.name, format_date_long(required.interest.start));
        }
      }
      fmt::print("    - {} ({})\n", member_name(view->members, recusal.member), reason);
    }
    if (!item.item.vote) {
      fmt::print("  Vote : non enregistré\n");
      continue;
    }
    fmt::print("  Vote : {} {}\n", vote_sentence(*item.item.vote), outcome_text(item.item));
    for (const VoteProblem& problem : item.problems) {
      fmt::print("  ERREUR vote ({}) : {}\n", problem.field, problem.message);
      problems = true;
    }
  }
  return problems ? kExitFindings : kExitOk;
}

int text(const GlobalOptions& global, const SessionOptions& options) {
  auto view = view_session(global, options.session);
  if (!view.ok()) return report_error(view.error());
  const Session& session = view->stored.session;
  auto chosen = chosen_item(session, options.report);
  if (!chosen.ok()) return report_error(chosen.error());
  std::vector<std::string> paragraphs = session_heading(view->authority, session, view->members);
  for (std::string& paragraph : agenda_item_heading(view->authority, session, **chosen)) {
    paragraphs.push_back(std::move(paragraph));
  }
  for (const AgendaItemReport& item : view->report.items) {
    if (item.item.report != (*chosen)->report) continue;
    for (std::string& sentence : recusal_sentences(session, item.recusals, view->members)) {
      paragraphs.push_back(std::move(sentence));
    }
  }
  if ((*chosen)->vote) {
    paragraphs.emplace_back("Dans les conditions de vote ci-dessous :");
    paragraphs.push_back(vote_sentence(*(*chosen)->vote));
    paragraphs.push_back(outcome_text(**chosen));
  }
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    fmt::print("{}{}\n", i == 0 ? "" : "\n", paragraphs[i]);
  }
  return kExitOk;
}

int member_list(const GlobalOptions& global) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto members = (*sessions)->members();
  if (!members.ok()) return report_error(members.error());
  for (const Member& member : *members) {
    std::string mandates;
    for (const Mandate& mandate : member.mandates) {
      mandates += fmt::format("{}{}{}{}", mandates.empty() ? "" : " ; ", to_label(mandate.body),
                              mandate.deliberative_vote ? "" : " (sans voix délibérative)",
                              mandate.end ? " jusqu'au " + format_date_long(*mandate.end) : "");
    }
    fmt::print("{:>3}  {}  {}  {}  {}\n", member.rank, member.id.key(), member.display_name(),
               member.group.empty() ? "-" : member.group, mandates);
  }
  return kExitOk;
}

int interest_list(const GlobalOptions& global) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto interests = (*sessions)->interests();
  if (!interests.ok()) return report_error(interests.error());
  if (interests->empty()) fmt::print("Registre des intérêts vide.\n");
  for (const Interest& interest : *interests) {
    fmt::print("{}  {}  {} de « {} »{}  du {}{}\n", interest.id, interest.member.key(),
               interest.role, interest.organisation_name,
               interest.organisation ? " [" + interest.organisation->key() + "]" : "",
               format_date_long(interest.start),
               interest.end ? " au " + format_date_long(*interest.end) : "");
  }
  return kExitOk;
}

int recusals(const GlobalOptions& global, const SessionOptions& options) {
  auto view = view_session(global, options.session);
  if (!view.ok()) return report_error(view.error());
  auto chosen = chosen_item(view->stored.session, options.report);
  if (!chosen.ok()) return report_error(chosen.error());
  for (const AgendaItemReport& item : view->report.items) {
    if (item.item.report != (*chosen)->report) continue;
    fmt::print("Rapport n°{} : {} élu(s) à déporter d'après le registre des intérêts.\n",
               item.item.number, item.required.size());
    for (const RequiredRecusal& required : item.required) {
      fmt::print("  - {} : {} de « {} » (intérêt n°{}, depuis le {})\n",
                 member_name(view->members, required.member), required.interest.role,
                 required.organisation.name, required.interest.id,
                 format_date_long(required.interest.start));
    }
    std::string undeclared;
    for (const MemberId& member : item.recused_without_interest) {
      undeclared += (undeclared.empty() ? "" : ", ") + member_name(view->members, member);
    }
    if (!undeclared.empty()) {
      fmt::print("Déclarés intéressés en séance, sans intérêt au registre : {}.\n", undeclared);
    }
  }
  return kExitOk;
}

int scdl(const GlobalOptions& global, const SessionOptions& options) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto authority_value = (*sessions)->authority();
  if (!authority_value.ok()) return report_error(authority_value.error());
  auto summaries = (*sessions)->sessions();
  if (!summaries.ok()) return report_error(summaries.error());
  std::vector<Session> all;
  for (const SessionSummary& summary : *summaries) {
    auto stored = load_session(**sessions, summary.id.key());
    if (!stored.ok()) return report_error(stored.error());
    all.push_back(std::move(stored->session));
  }
  auto rows = scdl_deliberation_rows(*authority_value, all);
  if (!rows.ok()) return report_error(rows.error());
  const std::vector<std::string_view> header(std::begin(kScdlDeliberationFields),
                                             std::end(kScdlDeliberationFields));
  const std::string csv = to_csv(header, *rows);
  if (options.output.empty()) {
    std::cout << csv;
    return kExitOk;
  }
  const std::string partial = options.output + ".partial";
  {
    std::ofstream file(partial, std::ios::binary);
    file << csv;
    if (!file.good()) {
      return report_error(Error(ErrorCode::kIo, fmt::format("écriture impossible : {}", partial)));
    }
  }
  if (std::rename(partial.c_str(), options.output.c_str()) != 0) {
    return report_error(
        Error(ErrorCode::kIo, fmt::format("écriture impossible : {}", options.output)));
  }
  fmt::print(stderr, "{} délibération(s) écrites dans {}.\n", rows->size(), options.output);
  return kExitOk;
}

}  // namespace octroi::cli::session_cli
