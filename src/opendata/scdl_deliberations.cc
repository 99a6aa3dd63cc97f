// SCDL deliberations export (see scdl_deliberations.h).
#include "opendata/scdl_deliberations.h"

#include <array>
#include <fmt/format.h>

namespace octroi {
namespace {

struct ActesSubject {
  std::string_view code;
  std::string_view name;
};

// Nomenclature ACTES, levels 1 and 2, as the schema asks: lower case with
// accents, no comma nor parenthesis, level 1 and level 2 joined by "/".
constexpr std::array kActes = {
    ActesSubject{"1.1", "commande publique/marchés publics"},
    ActesSubject{"1.2", "commande publique/délégation de service public"},
    ActesSubject{"1.3", "commande publique/conventions de mandat"},
    ActesSubject{"1.4", "commande publique/autres types de contrats"},
    ActesSubject{"1.5", "commande publique/transactions protocole d'accord transactionnel"},
    ActesSubject{"1.6", "commande publique/maîtrise d'oeuvre"},
    ActesSubject{"1.7", "commande publique/actes spéciaux et divers"},
    ActesSubject{"2.1", "urbanisme/documents d'urbanisme"},
    ActesSubject{"2.2", "urbanisme/actes relatifs au droit d'occupation ou d'utilisation des sols"},
    ActesSubject{"2.3", "urbanisme/droit de préemption urbain"},
    ActesSubject{"3.1", "domaine et patrimoine/acquisitions"},
    ActesSubject{"3.2", "domaine et patrimoine/aliénations"},
    ActesSubject{"3.3", "domaine et patrimoine/locations"},
    ActesSubject{"3.4", "domaine et patrimoine/limites territoriales"},
    ActesSubject{"3.5", "domaine et patrimoine/autres actes de gestion du domaine public"},
    ActesSubject{"3.6", "domaine et patrimoine/autres actes de gestion du domaine privé"},
    ActesSubject{"4.1", "fonction publique/personnels titulaires et stagiaires de la fpt"},
    ActesSubject{"4.2", "fonction publique/personnels contractuels"},
    ActesSubject{"4.3", "fonction publique/fonction publique hospitalière"},
    ActesSubject{"4.4", "fonction publique/autres catégories de personnels"},
    ActesSubject{"4.5", "fonction publique/régime indemnitaire"},
    ActesSubject{"5.1", "institutions et vie politique/election exécutif"},
    ActesSubject{"5.2", "institutions et vie politique/fonctionnement des assemblées"},
    ActesSubject{"5.3", "institutions et vie politique/désignation de représentants"},
    ActesSubject{"5.4", "institutions et vie politique/délégation de fonctions"},
    ActesSubject{"5.5", "institutions et vie politique/délégation de signature"},
    ActesSubject{"5.6", "institutions et vie politique/exercice des mandats locaux"},
    ActesSubject{"5.7", "institutions et vie politique/intercommunalité"},
    ActesSubject{"5.8", "institutions et vie politique/décision d'ester en justice"},
    ActesSubject{"6.1", "libertés publiques et pouvoirs de police/police municipale"},
    ActesSubject{
        "6.2", "libertés publiques et pouvoirs de police/pouvoir du président du conseil général"},
    ActesSubject{"6.3",
                 "libertés publiques et pouvoirs de police/pouvoir du représentant de l'etat"},
    ActesSubject{"6.4", "libertés publiques et pouvoirs de police/autres actes réglementaires"},
    ActesSubject{"6.5", "libertés publiques et pouvoirs de police/actes pris au nom de l'etat"},
    ActesSubject{"7.1", "finances locales/décisions budgétaires"},
    ActesSubject{"7.2", "finances locales/fiscalité"},
    ActesSubject{"7.3", "finances locales/emprunts"},
    ActesSubject{"7.4", "finances locales/interventions économiques"},
    ActesSubject{"7.5", "finances locales/subventions"},
    ActesSubject{"7.6", "finances locales/contributions budgétaires"},
    ActesSubject{"7.7", "finances locales/avances"},
    ActesSubject{"7.8", "finances locales/fonds de concours"},
    ActesSubject{"7.9", "finances locales/prise de participation"},
    ActesSubject{"7.10", "finances locales/divers"},
    ActesSubject{"8.1", "domaines de compétences par thèmes/enseignement"},
    ActesSubject{"8.2", "domaines de compétences par thèmes/aide sociale"},
    ActesSubject{"8.3", "domaines de compétences par thèmes/voirie"},
    ActesSubject{"8.4", "domaines de compétences par thèmes/aménagement du territoire"},
    ActesSubject{"8.5",
                 "domaines de compétences par thèmes/politique de la ville habitat logement"},
    ActesSubject{"8.6", "domaines de compétences par thèmes/emploi formation professionnelle"},
    ActesSubject{"8.7", "domaines de compétences par thèmes/transports"},
    ActesSubject{"8.8", "domaines de compétences par thèmes/environnement"},
    ActesSubject{"8.9", "domaines de compétences par thèmes/culture"},
    ActesSubject{"9.1",
                 "autres domaines de compétences/autres domaines de compétences des communes"},
    ActesSubject{"9.2",
                 "autres domaines de compétences/autres domaines de compétences des départements"},
    ActesSubject{"9.3",
                 "autres domaines de compétences/autres domaines de compétences des régions"},
    ActesSubject{"9.4", "autres domaines de compétences/voeux et motions"},
};

std::string quoted(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string text = "\"";
  for (char c : field) {
    if (c == '"') text += '"';
    text += c;
  }
  return text + "\"";
}

}  // namespace

std::optional<std::string> actes_subject_name(std::string_view code) {
  for (const ActesSubject& subject : kActes) {
    if (subject.code == code) return std::string(subject.name);
  }
  return std::nullopt;
}

Result<std::vector<ScdlRow>> scdl_deliberation_rows(const Authority& authority,
                                                    const std::vector<Session>& sessions) {
  if (authority.name.empty()) {
    return Error(ErrorCode::kMissingField,
                 "nom de la collectivité non renseigné (COLL_NOM) : octroi session authority "
                 "--name « Département du … »",
                 Location::of_field("authority.name"));
  }
  if (!authority.siret) {
    return Error(ErrorCode::kMissingField,
                 "SIRET de la collectivité non renseigné (COLL_SIRET, obligatoire dans le "
                 "schéma SCDL) : octroi session authority --siret 14CHIFFRES",
                 Location::of_field("authority.siret"));
  }
  std::vector<ScdlRow> rows;
  for (const Session& session : sessions) {
    for (const AgendaItem& item : session.agenda) {
      if (!item.vote || !item.deliberation) continue;
      const std::optional<std::string> subject = actes_subject_name(item.subject_code);
      if (!subject) {
        return Error(ErrorCode::kInvalidValue,
                     fmt::format("séance {}, rapport {} : code de matière ACTES inconnu « {} » "
                                 "(attendu 1.1 à 9.4, par exemple 7.5 pour les subventions)",
                                 session.id.key(), item.report.key(), item.subject_code),
                     Location::of_field("subject_code"));
      }
      int in_office = 0;
      for (const SessionMember& member : session.members) {
        if (has_deliberative_vote(member.attendance)) ++in_office;
      }
      const Vote& vote = *item.vote;
      const int real = vote.for_votes.count + vote.against_votes.count + vote.abstain_votes.count;
      const bool budget = !item.programme.empty();
      rows.push_back({authority.name, authority.siret->digits(), item.deliberation->text(),
                      session.date.iso(), item.subject_code, *subject, item.title,
                      budget ? std::to_string(session.date.year()) : "",
                      budget ? "Budget principal" : "", "", "", std::to_string(in_office),
                      std::to_string(real), std::to_string(vote.for_votes.count),
                      std::to_string(vote.against_votes.count),
                      std::to_string(vote.abstain_votes.count), ""});
    }
  }
  return rows;
}

std::string to_csv(const std::vector<std::string_view>& header, const std::vector<ScdlRow>& rows) {
  std::string csv;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (i > 0) csv += ',';
    csv += quoted(header[i]);
  }
  csv += "\r\n";
  for (const ScdlRow& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) csv += ',';
      csv += quoted(row[i]);
    }
    csv += "\r\n";
  }
  return csv;
}

}  // namespace octroi
