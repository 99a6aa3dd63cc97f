// The text a deliberation prints about its sitting, generated from the
// recorded session in the reference's form (deliberation n°2023-405):
//   - the heading: authority, body, date, presidency, secretary, and the
//     attendance lists ("Étaient présents :", "Excusé(s) :", "Absent(s) :",
//     "Assistant également sans voix délibérative :", "Excusé(s) sans voix
//     délibérative :"), names in the register's rank order;
//   - the recusal sentences of one report ("Mesdames … ainsi que Messieurs …,
//     intéressés à l'affaire, n'ont pris part ni au débat, ni au vote.");
//   - the vote paragraph ("Pour : 36 voix (Groupe …) Contre : 0 voix …") and
//     the outcome ("(Adopté)").
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "domain/authority.h"
#include "domain/member.h"
#include "domain/session.h"
#include "service/session_repository.h"
#include "service/session_rules.h"

namespace octroi {

// One paragraph per element; a paragraph may hold a line break (the body's
// heading is printed on two lines). Empty lists are left out.
std::vector<std::string> session_heading(const Authority& authority, const Session& session,
                                         const std::vector<Member>& members);

// The report's title, "(N°2023-405)" and "La Commission Permanente du Conseil
// départemental du Pas-de-Calais,".
std::vector<std::string> agenda_item_heading(const Authority& authority, const Session& session,
                                             const AgendaItem& item);

// One sentence per kind of recused member (in the room with a vote; excused;
// absent; invited without a vote), women then men, each in recusal order.
std::vector<std::string> recusal_sentences(const Session& session,
                                           const std::vector<Recusal>& recusals,
                                           const std::vector<Member>& members);

// "Pour : 36 voix (G1 ; G2) Contre : 0 voix Abstention : 5 voix (G1) Absents
// sans délégation de vote : 3 (G1 ; G2)".
std::string vote_sentence(const Vote& vote);

// "(Adopté)", "(Rejeté)"; "" before the vote.
std::string outcome_text(const AgendaItem& item);

// "Mesdames Blandine DRAIN et Fatima AIT-CHIKHEBBIH ainsi que Monsieur Bruno
// COUSEIN": women first, then men, each in the given order.
std::string addressed_names(const std::vector<const Member*>& members);

// What a deliberation prints about the sitting that voted it, generated from
// the recorded session: the heading, the recusal sentences of its report
// (recorded and required by the register), the vote paragraph and outcome.
struct SittingText {
  std::vector<std::string> heading{};
  std::vector<std::string> recusals{};
  std::string vote{};     // "" before the vote
  std::string outcome{};  // "(Adopté)"; "" before the vote
};

// The text of the recorded session whose agenda holds a report of
// `programme_id` (the latest such session); nullopt when none does. `funded`:
// the organisations the programme funds, for the register's recusals.
Result<std::optional<SittingText>> recorded_sitting_text(
    SessionRepository& repository, const std::string& programme_id,
    const std::vector<FundedOrganisation>& funded);

}  // namespace octroi
