// DeliberationRecord: what deliberation.yaml records of the deliberation as
// printed: number, title, recitals with the acts they cite, articles (with
// the amounts and counts they state and article 8's budget table), signatures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "domain/declared_decision.h"
#include "domain/printed.h"
#include "domain/signatory.h"

namespace octroi {

// An act a recital cites: kind code, decree, deliberation, rules_of_procedure,
// report or committee_opinion; body conseil_departemental or commission_permanente.
struct RecitalReference {
  std::string kind{};
  std::optional<std::string> title{};
  std::optional<std::string> number{};
  std::optional<std::string> body{};
  std::optional<Printed<Date>> date{};
  std::optional<std::string> articles{};
};

struct Recital {
  std::string text{};  // "Vu le Code Général des Collectivités Territoriales ..."
  SourceLines source{};
  std::vector<RecitalReference> references{};
  std::optional<std::string> notes{};
};

struct DeliberationRecord {
  PrintedBlock number{};      // "(N°2023-405)"
  std::string number_text{};  // "2023-405"
  PrintedBlock title{};
  PrintedBlock authority{};
  PrintedBlock preamble{};
  std::vector<Recital> recitals{};
  PrintedBlock decision_clause{};
  std::vector<DeclaredDecision> articles{};
  std::vector<Signatory> signatures{};
  PrintedBlock place_and_date{};  // "ARRAS, le 18 septembre 2023"
  Printed<Date> date{};
};

}  // namespace octroi
