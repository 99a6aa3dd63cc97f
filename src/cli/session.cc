// `octroi session …`: the sittings of the assembly — the authority, the
// register of members and of their declared interests, sessions with their
// agenda, attendance, proxies, recusals and votes, the deliberation's
// heading and vote paragraph generated from them, and the SCDL
// "délibérations" export. Every change is journaled (docs/cli.md).
#include <memory>

#include "cli/command.h"
#include "cli/session_commands.h"

namespace octroi::cli {
namespace session_cli {
namespace {

void register_commands(CLI::App& app, const GlobalOptions& options, Action& action) {
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

}  // namespace
}  // namespace session_cli

void register_session(CLI::App& app, const GlobalOptions& options, Action& action) {
  session_cli::register_commands(app, options, action);
}

}  // namespace octroi::cli
