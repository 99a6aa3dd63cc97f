// `octroi session record|authority|member add|interest add|interest end|create|
// agenda add|attend|proxy|recuse|vote`: every change goes through
// service/session_edits.h and is journaled with its user.
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <memory>

#include "api/clock.h"
#include "calendar/format.h"
#include "calendar/parse.h"
#include "cli/command.h"
#include "cli/options.h"
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

int run(const Result<int>& version, const std::string& done) {
  if (!version.ok()) return report_error(version.error());
  fmt::print("{} (version {}).\n", done, *version);
  return kExitOk;
}

}  // namespace

int record(const GlobalOptions& global, const SessionOptions& options) {
  auto programmes = store::open_repository(global.database_url);
  if (!programmes.ok()) return report_error(programmes.error());
  auto dataset = load_stored_dataset(**programmes, options.programme);
  if (!dataset.ok()) return report_error(dataset.error());
  auto bundle = session_bundle_from_dataset(*dataset);
  if (!bundle.ok()) return report_error(bundle.error());
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  if (auto written = (*sessions)->record(*bundle, journal_stamp()); !written.ok()) {
    return report_error(written.error());
  }
  fmt::print(
      "Séance {} enregistrée depuis le programme {} : {} élus, {} rapport(s) à l'ordre du "
      "jour.\n",
      bundle->session->id.key(), options.programme, bundle->members.size(),
      bundle->session->agenda.size());
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
    if (auto saved = (*sessions)->save_authority(changed, journal_stamp()); !saved.ok()) {
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
  if (auto saved = (*sessions)->save_member(*member, journal_stamp()); !saved.ok()) {
    return report_error(saved.error());
  }
  fmt::print("Élu « {} » enregistré : {}.\n", member->id.key(), member->display_name());
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
  auto added = (*sessions)->add_interest(*valid, journal_stamp());
  if (!added.ok()) return report_error(added.error());
  fmt::print("Intérêt n°{} enregistré : « {} », {} de « {} » depuis le {}.\n", added->id,
             added->member.key(), added->role, added->organisation_name,
             format_date_long(added->start));
  return kExitOk;
}

int interest_end(const GlobalOptions& global, const SessionOptions& options) {
  auto end = date_option(options.end_date, "--on");
  if (!end.ok()) return report_error(end.error());
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  if (auto ended = (*sessions)->end_interest(options.interest, *end, journal_stamp());
      !ended.ok()) {
    return report_error(ended.error());
  }
  fmt::print("Intérêt n°{} clos le {}.\n", options.interest, format_date_long(*end));
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
  return run((*sessions)->save_session(*session, 0, journal_stamp()),
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
  return run(add_agenda_item(**sessions, SessionId(options.session), 0, item, journal_stamp()),
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
  return run(set_attendance(**sessions, SessionId(options.session), 0, entry, journal_stamp()),
             fmt::format("« {} » : {}", options.member, to_label(*status)));
}

int proxy(const GlobalOptions& global, const SessionOptions& options) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  return run(
      add_proxy(**sessions, SessionId(options.session), 0,
                Proxy{MemberId(options.member), MemberId(options.other_member)}, journal_stamp()),
      fmt::format("Délégation de vote de « {} » à « {} » enregistrée", options.member,
                  options.other_member));
}

int recuse(const GlobalOptions& global, const SessionOptions& options) {
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  return run(
      add_recusal(**sessions, SessionId(options.session), 0,
                  Recusal{ReportId(options.report), MemberId(options.member), options.debated},
                  journal_stamp()),
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
  return run(record_vote(**sessions, record, funded, journal_stamp()),
             fmt::format("Vote enregistré sur le rapport « {} » : {}", options.report,
                         vote_sentence(record.vote)));
}

}  // namespace octroi::cli::session_cli
