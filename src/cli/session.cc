// `octroi session …`: the sittings of the assembly — the authority, the
// register of members and of their declared interests, sessions with their
// agenda, attendance, proxies, recusals and votes, the deliberation's
// heading and vote paragraph generated from them, and the SCDL
// "délibérations" export. Every change is journaled (docs/cli.md).
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <memory>

#include "api/clock.h"
#include "calendar/format.h"
#include "calendar/parse.h"
#include "cli/command.h"
#include "cli/text.h"
#include "import/stored_dataset.h"
#include "opendata/scdl_deliberations.h"
#include "service/session_edits.h"
#include "service/session_from_dataset.h"
#include "service/session_text.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

struct SessionOptions {
  std::string session{};
  std::string programme{};
  std::string report{};
  std::string member{};
  std::string other_member{};
  std::string status{};
  std::string date{};
  std::string end_date{};
  std::string body = "standing_committee";
  std::string place{};
  std::string president{};
  std::string secretary{};
  std::string name{};
  std::string heading{};
  std::string siret{};
  std::string civility{};
  std::string group{};
  std::string organisation{};
  std::string organisation_id{};
  std::string role{};
  std::string number{};
  std::string title{};
  std::string deliberation{};
  std::string subject = "7.5";
  std::string output{};
  std::string casting_vote{};
  std::vector<std::string> for_groups{};
  std::vector<std::string> against_groups{};
  std::vector<std::string> abstain_groups{};
  std::vector<std::string> absent_groups{};
  int rank = 0;
  int for_count = 0;
  int against_count = 0;
  int abstain_count = 0;
  int absent_count = 0;
  int arrives_at = 0;
  int leaves_after = 0;
  std::int64_t interest = 0;
  bool non_voting = false;
  bool debated = false;
};

Stamp stamp() { return Stamp{current_user(), api::utc_iso()}; }

Result<Date> date_option(const std::string& text, std::string_view option) {
  auto date = parse_date(text);
  if (!date.ok()) {
    return Error(date.error().code(), date.error().message(),
                 Location::of_field(std::string(option)));
  }
  return date;
}

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

Result<StoredSession> load_session(SessionRepository& sessions, const std::string& id) {
  OCTROI_TRY(std::optional<StoredSession> stored, sessions.find_session(SessionId(id)));
  if (!stored) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("séance inconnue : « {} » (octroi session list)", id));
  }
  return std::move(*stored);
}

int run(const Result<int>& version, const std::string& done) {
  if (!version.ok()) return report_error(version.error());
  fmt::print("{} (version {}).\n", done, *version);
  return kExitOk;
}

int record(const GlobalOptions& global, const SessionOptions& options) {
  auto programmes = store::open_repository(global.database_url);
  if (!programmes.ok()) return report_error(programmes.error());
  auto dataset = load_stored_dataset(**programmes, options.programme);
  if (!dataset.ok()) return report_error(dataset.error());
  auto bundle = session_bundle_from_dataset(*dataset);
  if (!bundle.ok()) return report_error(bundle.error());
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  if (auto written = (*sessions)->record(*bundle, stamp()); !written.ok()) {
    return report_error(written.error());
  }
  fmt::print(
      "Séance {} enregistrée depuis le programme {} : {} élus, {} rapport(s) à l'ordre du "
      "jour.\n",
      bundle->session->id.key(), options.programme, bundle->members.size(),
      bundle->session->agenda.size());
  return kExitOk;
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

int show(const GlobalOptions& global, const SessionOptions& options) {
  auto view = view_session(global, options.session);
  if (!view.ok()) return report_error(view.error());
  const Session& session = view->stored.session;
  fmt::print("Séance {} — {} du {}{} (version {}, modifiée par {} le {})\n", session.id.key(),
             to_label(session.body), format_date_long(session.date),
             session.place.empty() ? "" : ", " + session.place, view->stored.version,
             view->stored.updated_by, view->stored.updated_at);
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

int authority(const GlobalOptions& global, const SessionOptions& options) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto current = (*sessions)->authority();
  if (!current.ok()) return report_error(current.error());
  Authority changed = *current;
  const bool change = !options.name.empty() || !options.heading.empty() || !options.siret.empty() ||
                      !options.place.empty();
  if (!options.name.empty()) changed.name = options.name;
  if (!options.heading.empty()) changed.heading = options.heading;
  if (!options.place.empty()) changed.seat = options.place;
  if (!options.siret.empty()) {
    auto siret = Siret::parse(options.siret);
    if (!siret.ok()) {
      return report_error(
          Error(siret.error().code(), siret.error().message(), Location::of_field("--siret")));
    }
    changed.siret = *siret;
  }
  if (change) {
    if (auto saved = (*sessions)->save_authority(changed, stamp()); !saved.ok()) {
      return report_error(saved.error());
    }
  }
  fmt::print("Collectivité : {}\nEn-tête : {}\nSIRET : {}\nSiège : {}\n",
             changed.name.empty() ? "(non renseignée)" : changed.name, changed.heading,
             changed.siret ? changed.siret->formatted() : "(non renseigné)", changed.seat);
  return kExitOk;
}

int member_add(const GlobalOptions& global, const SessionOptions& options) {
  auto civility = civility_from_key(options.civility);
  if (!civility.ok()) {
    return report_error(Error(civility.error().code(), civility.error().message(),
                              Location::of_field("--civility")));
  }
  auto body = deliberative_body_from_key(options.body);
  if (!body.ok()) {
    return report_error(
        Error(body.error().code(), body.error().message(), Location::of_field("--body")));
  }
  Mandate mandate{.body = *body, .deliberative_vote = !options.non_voting};
  if (!options.date.empty()) {
    auto start = date_option(options.date, "--from");
    if (!start.ok()) return report_error(start.error());
    mandate.start = *start;
  }
  if (!options.end_date.empty()) {
    auto end = date_option(options.end_date, "--to");
    if (!end.ok()) return report_error(end.error());
    mandate.end = *end;
  }
  auto member = Member::create(Member{.id = MemberId(options.member),
                                      .civility = *civility,
                                      .name = options.name,
                                      .group = options.group,
                                      .rank = options.rank,
                                      .mandates = {mandate}});
  if (!member.ok()) return report_error(member.error());
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  if (auto saved = (*sessions)->save_member(*member, stamp()); !saved.ok()) {
    return report_error(saved.error());
  }
  fmt::print("Élu « {} » enregistré : {}.\n", member->id.key(), member->display_name());
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

int interest_add(const GlobalOptions& global, const SessionOptions& options) {
  auto start = date_option(options.date, "--from");
  if (!start.ok()) return report_error(start.error());
  Interest interest{.member = MemberId(options.member),
                    .organisation_name = options.organisation,
                    .role = options.role,
                    .start = *start,
                    .declared_by = current_user(),
                    .declared_at = api::utc_iso()};
  if (!options.organisation_id.empty())
    interest.organisation = OrganisationId(options.organisation_id);
  if (!options.siret.empty()) {
    auto siret = Siret::parse(options.siret);
    if (!siret.ok()) {
      return report_error(
          Error(siret.error().code(), siret.error().message(), Location::of_field("--siret")));
    }
    interest.siret = *siret;
  }
  if (!options.end_date.empty()) {
    auto end = date_option(options.end_date, "--to");
    if (!end.ok()) return report_error(end.error());
    interest.end = *end;
  }
  auto valid = Interest::create(std::move(interest));
  if (!valid.ok()) return report_error(valid.error());
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto added = (*sessions)->add_interest(*valid, stamp());
  if (!added.ok()) return report_error(added.error());
  fmt::print("Intérêt n°{} enregistré : « {} », {} de « {} » depuis le {}.\n", added->id,
             added->member.key(), added->role, added->organisation_name,
             format_date_long(added->start));
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

int interest_end(const GlobalOptions& global, const SessionOptions& options) {
  auto end = date_option(options.end_date, "--on");
  if (!end.ok()) return report_error(end.error());
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  if (auto ended = (*sessions)->end_interest(options.interest, *end, stamp()); !ended.ok()) {
    return report_error(ended.error());
  }
  fmt::print("Intérêt n°{} clos le {}.\n", options.interest, format_date_long(*end));
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

int create(const GlobalOptions& global, const SessionOptions& options) {
  auto date = date_option(options.date, "--date");
  if (!date.ok()) return report_error(date.error());
  auto body = deliberative_body_from_key(options.body);
  if (!body.ok()) {
    return report_error(
        Error(body.error().code(), body.error().message(), Location::of_field("--body")));
  }
  Session fields{
      .id = options.session.empty() ? session_id_for(*body, *date) : SessionId(options.session),
      .date = *date};
  fields.body = *body;
  fields.place = options.place;
  fields.president = MemberId(options.president);
  fields.secretary = MemberId(options.secretary);
  fields.members.push_back({.member = fields.president});
  if (fields.secretary != fields.president) fields.members.push_back({.member = fields.secretary});
  auto session = Session::create(std::move(fields));
  if (!session.ok()) return report_error(session.error());
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  return run((*sessions)->save_session(*session, 0, stamp()),
             fmt::format("Séance {} créée", session->id.key()));
}

int agenda_add(const GlobalOptions& global, const SessionOptions& options) {
  AgendaItem item;
  item.report = ReportId(options.report);
  item.number = options.number;
  item.title = options.title;
  item.programme = options.programme;
  item.subject_code = options.subject;
  if (!options.deliberation.empty()) {
    auto number = DeliberationNumber::parse(options.deliberation);
    if (!number.ok()) return report_error(number.error());
    item.deliberation = *number;
  }
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  return run(add_agenda_item(**sessions, SessionId(options.session), 0, item, stamp()),
             fmt::format("Rapport « {} » inscrit à l'ordre du jour", options.report));
}

int attend(const GlobalOptions& global, const SessionOptions& options) {
  auto status = attendance_from_key(options.status);
  if (!status.ok()) {
    return report_error(
        Error(status.error().code(), status.error().message(), Location::of_field("STATUS")));
  }
  SessionMember entry{.member = MemberId(options.member), .attendance = *status};
  if (options.arrives_at > 0) entry.arrives_at_item = options.arrives_at;
  if (options.leaves_after > 0) entry.leaves_after_item = options.leaves_after;
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  return run(set_attendance(**sessions, SessionId(options.session), 0, entry, stamp()),
             fmt::format("« {} » : {}", options.member, to_label(*status)));
}

int proxy(const GlobalOptions& global, const SessionOptions& options) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  return run(add_proxy(**sessions, SessionId(options.session), 0,
                       Proxy{MemberId(options.member), MemberId(options.other_member)}, stamp()),
             fmt::format("Délégation de vote de « {} » à « {} » enregistrée", options.member,
                         options.other_member));
}

int recuse(const GlobalOptions& global, const SessionOptions& options) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  return run(
      add_recusal(**sessions, SessionId(options.session), 0,
                  Recusal{ReportId(options.report), MemberId(options.member), options.debated},
                  stamp()),
      fmt::format("« {} » intéressé à l'affaire pour le rapport « {} »", options.member,
                  options.report));
}

int vote(const GlobalOptions& global, const SessionOptions& options) {
  VoteRecord record;
  record.session = SessionId(options.session);
  record.report = ReportId(options.report);
  record.vote = Vote{.for_votes = {options.for_count, options.for_groups},
                     .against_votes = {options.against_count, options.against_groups},
                     .abstain_votes = {options.abstain_count, options.abstain_groups},
                     .absent_without_proxy = {options.absent_count, options.absent_groups}};
  if (options.casting_vote == "for") record.casting_vote_for = true;
  if (options.casting_vote == "against") record.casting_vote_for = false;
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto stored = load_session(**sessions, options.session);
  if (!stored.ok()) return report_error(stored.error());
  std::vector<FundedOrganisation> funded;
  if (const AgendaItem* item = stored->session.item(record.report);
      item != nullptr && !item->programme.empty()) {
    auto programmes = store::open_repository(global.database_url);
    if (!programmes.ok()) return report_error(programmes.error());
    auto dataset = load_stored_dataset(**programmes, item->programme);
    if (!dataset.ok()) return report_error(dataset.error());
    funded = funded_organisations(*dataset);
  }
  record.read_version = stored->version;
  return run(record_vote(**sessions, record, funded, stamp()),
             fmt::format("Vote enregistré sur le rapport « {} » : {}", options.report,
                         vote_sentence(record.vote)));
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

using Runner = int (*)(const GlobalOptions&, const SessionOptions&);

void on_run(CLI::App* command, const GlobalOptions& global, Action& action,
            const std::shared_ptr<SessionOptions>& options, Runner runner) {
  command->callback([&global, &action, options, runner] {
    action = [&global, options, runner]() -> int { return runner(global, *options); };
  });
}

}  // namespace

void register_session(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto* command = app.add_subcommand(
      "session", "Séances : élus, intérêts déclarés, ordre du jour, présences, votes");
  command->require_subcommand(1);
  auto o = std::make_shared<SessionOptions>();

  auto* record_command = command->add_subcommand(
      "record", "Enregistre la séance d'un programme importé (session.yaml) et ses élus");
  record_command->add_option("--programme", o->programme, "Identifiant du programme")->required();
  on_run(record_command, options, action, o, record);

  auto* list_command = command->add_subcommand("list", "Liste les séances");
  on_run(list_command, options, action, o,
         [](const GlobalOptions& global, const SessionOptions&) { return list(global); });

  auto* show_command = command->add_subcommand(
      "show",
      "Présences, quorum, déports et vote de chaque rapport ; code 1 si un vote est "
      "incohérent");
  show_command->add_option("SESSION", o->session, "Identifiant de la séance")->required();
  on_run(show_command, options, action, o, show);

  auto* text_command = command->add_subcommand(
      "text", "En-tête de la délibération, déports et paragraphe du vote, générés");
  text_command->add_option("SESSION", o->session, "Identifiant de la séance")->required();
  text_command->add_option("--report", o->report, "Rapport (s'il y en a plusieurs)");
  on_run(text_command, options, action, o, text);

  auto* recusals_command = command->add_subcommand(
      "recusals", "Élus à déporter d'un rapport d'après le registre des intérêts");
  recusals_command->add_option("SESSION", o->session, "Identifiant de la séance")->required();
  recusals_command->add_option("--report", o->report, "Rapport (s'il y en a plusieurs)");
  on_run(recusals_command, options, action, o, recusals);

  auto* authority_command = command->add_subcommand(
      "authority", "Affiche ou modifie la collectivité (nom, en-tête, SIRET, siège)");
  authority_command->add_option("--name", o->name, "« Département du Pas-de-Calais »");
  authority_command->add_option("--heading", o->heading, "« DEPARTEMENT DU PAS-DE-CALAIS »");
  authority_command->add_option("--siret", o->siret, "SIRET (14 chiffres)");
  authority_command->add_option("--seat", o->place, "Siège : « ARRAS »");
  on_run(authority_command, options, action, o, authority);

  auto* member_command = command->add_subcommand("member", "Registre des élus");
  member_command->require_subcommand(1);
  auto* member_add_command = member_command->add_subcommand("add", "Crée ou remplace un élu");
  member_add_command->add_option("ID", o->member, "Identifiant : ouaguef-zohra")->required();
  member_add_command->add_option("--name", o->name, "« Zohra OUAGUEF »")->required();
  member_add_command->add_option("--civility", o->civility, "madam ou mister")->required();
  member_add_command->add_option("--group", o->group, "Groupe politique");
  member_add_command->add_option("--rank", o->rank, "Rang dans les listes de présence");
  member_add_command->add_option("--body", o->body, "standing_committee ou departmental_council");
  member_add_command->add_option("--from", o->date, "Début du mandat");
  member_add_command->add_option("--to", o->end_date, "Fin du mandat");
  member_add_command->add_flag("--non-voting", o->non_voting, "Sans voix délibérative");
  on_run(member_add_command, options, action, o, member_add);
  auto* member_list_command = member_command->add_subcommand("list", "Liste les élus");
  on_run(member_list_command, options, action, o,
         [](const GlobalOptions& global, const SessionOptions&) { return member_list(global); });

  auto* interest_command = command->add_subcommand("interest", "Registre des intérêts des élus");
  interest_command->require_subcommand(1);
  auto* interest_add_command =
      interest_command->add_subcommand("add", "Déclare un intérêt d'un élu dans un organisme");
  interest_add_command->add_option("MEMBER", o->member, "Identifiant de l'élu")->required();
  interest_add_command->add_option("--organisation", o->organisation, "Nom de l'organisme")
      ->required();
  interest_add_command->add_option("--organisation-id", o->organisation_id,
                                   "Identifiant de l'organisme dans les programmes");
  interest_add_command->add_option("--siret", o->siret, "SIRET de l'organisme");
  interest_add_command->add_option("--role", o->role, "« président du conseil d'administration »")
      ->required();
  interest_add_command->add_option("--from", o->date, "Depuis le")->required();
  interest_add_command->add_option("--to", o->end_date, "Jusqu'au");
  on_run(interest_add_command, options, action, o, interest_add);
  auto* interest_list_command = interest_command->add_subcommand("list", "Liste les intérêts");
  on_run(interest_list_command, options, action, o,
         [](const GlobalOptions& global, const SessionOptions&) { return interest_list(global); });
  auto* interest_end_command = interest_command->add_subcommand("end", "Clôt un intérêt");
  interest_end_command->add_option("ID", o->interest, "Numéro de l'intérêt")->required();
  interest_end_command->add_option("--on", o->end_date, "Date de fin")->required();
  on_run(interest_end_command, options, action, o, interest_end);

  auto* create_command = command->add_subcommand("create", "Crée une séance");
  create_command->add_option("--id", o->session, "Identifiant (par défaut cp-AAAA-MM-JJ)");
  create_command->add_option("--date", o->date, "Date de la séance")->required();
  create_command->add_option("--body", o->body, "standing_committee ou departmental_council");
  create_command->add_option("--place", o->place, "Lieu : « ARRAS »");
  create_command->add_option("--president", o->president, "Élu qui préside")->required();
  create_command->add_option("--secretary", o->secretary, "Secrétaire de séance")->required();
  on_run(create_command, options, action, o, create);

  auto* agenda_command = command->add_subcommand("agenda", "Ordre du jour");
  agenda_command->require_subcommand(1);
  auto* agenda_add_command = agenda_command->add_subcommand("add", "Inscrit un rapport");
  agenda_add_command->add_option("SESSION", o->session, "Séance")->required();
  agenda_add_command->add_option("--report", o->report, "Identifiant : rapport-70")->required();
  agenda_add_command->add_option("--number", o->number, "Numéro : 70");
  agenda_add_command->add_option("--title", o->title, "Titre de la délibération");
  agenda_add_command->add_option("--deliberation", o->deliberation, "Numéro : 2023-405");
  agenda_add_command->add_option("--programme", o->programme, "Programme que le rapport finance");
  agenda_add_command->add_option("--subject", o->subject, "Matière ACTES (7.5 : subventions)");
  on_run(agenda_add_command, options, action, o, agenda_add);

  auto* attend_command = command->add_subcommand("attend", "Présence d'un élu");
  attend_command->add_option("SESSION", o->session, "Séance")->required();
  attend_command->add_option("MEMBER", o->member, "Élu")->required();
  attend_command
      ->add_option("STATUS", o->status,
                   "present, excused, absent, non_voting_present, non_voting_excused")
      ->required();
  attend_command->add_option("--arrives-at", o->arrives_at, "Arrive au point N de l'ordre du jour");
  attend_command->add_option("--leaves-after", o->leaves_after, "Part après le point N");
  on_run(attend_command, options, action, o, attend);

  auto* proxy_command = command->add_subcommand("proxy", "Délégation de vote");
  proxy_command->add_option("SESSION", o->session, "Séance")->required();
  proxy_command->add_option("GIVER", o->member, "Élu qui délègue")->required();
  proxy_command->add_option("HOLDER", o->other_member, "Élu qui reçoit la délégation")->required();
  on_run(proxy_command, options, action, o, proxy);

  auto* recuse_command = command->add_subcommand("recuse", "Élu intéressé à l'affaire");
  recuse_command->add_option("SESSION", o->session, "Séance")->required();
  recuse_command->add_option("REPORT", o->report, "Rapport")->required();
  recuse_command->add_option("MEMBER", o->member, "Élu")->required();
  recuse_command->add_flag("--debated", o->debated, "A pris part au débat (pas au vote)");
  on_run(recuse_command, options, action, o, recuse);

  auto* vote_command = command->add_subcommand(
      "vote", "Enregistre un vote ; refusé s'il dépasse ceux qui pouvaient voter");
  vote_command->add_option("SESSION", o->session, "Séance")->required();
  vote_command->add_option("REPORT", o->report, "Rapport")->required();
  vote_command->add_option("--for", o->for_count, "Voix pour")->required();
  vote_command->add_option("--against", o->against_count, "Voix contre")->required();
  vote_command->add_option("--abstain", o->abstain_count, "Abstentions")->required();
  vote_command->add_option("--absent", o->absent_count, "Absents sans délégation de vote")
      ->required();
  vote_command->add_option("--for-group", o->for_groups, "Groupe ayant voté pour (répétable)");
  vote_command->add_option("--against-group", o->against_groups, "Groupe ayant voté contre");
  vote_command->add_option("--abstain-group", o->abstain_groups, "Groupe s'étant abstenu");
  vote_command->add_option("--absent-group", o->absent_groups, "Groupe des absents");
  vote_command->add_option("--casting-vote", o->casting_vote,
                           "En cas de partage : for ou against (voix du président)");
  on_run(vote_command, options, action, o, vote);

  auto* scdl_command =
      command->add_subcommand("scdl", "Export SCDL « délibérations » (CSV) des rapports votés");
  scdl_command->add_option("--output", o->output, "Fichier CSV (par défaut la sortie standard)");
  on_run(scdl_command, options, action, o, scdl);
}

}  // namespace octroi::cli
