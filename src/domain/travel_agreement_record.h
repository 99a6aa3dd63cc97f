// TravelAgreementRecord: the travel-costs agreement template annexed to the
// deliberation (annex 7 of the reference), as travel-agreement.yaml records
// it: its clauses, the rates it states, and the blanks left to fill in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/period.h"
#include "domain/printed.h"
#include "domain/signatory.h"
#include "money/amount.h"

namespace octroi {

struct PlaceholderBlock {
  std::string printed{};  // "N° XXXX"
  bool placeholder = false;
  SourceLines source{};
};

struct AgreementClauseText {
  std::string text{};
  SourceLines source{};
};

struct AgreementArticle {
  int number = 0;
  std::string title{};
  std::string text{};
  SourceLines source{};
  std::optional<Printed<Period>> period{};
};

// "10 €/an par place d'accompagnement pour un déplacement intercommunal"
struct AgreementRate {
  Printed<Amount> amount{};
  std::string per{};  // unit key
  bool per_year = false;
  std::optional<std::string> criterion{};
  std::optional<std::string> parameter{};  // parameter name
  std::string quote{};
  SourceLines source{};
};

struct Placeholder {
  std::string printed{};
  std::string field{};  // what is to be filled in (transcriber's words)
  SourceLines source{};
};

struct TravelAgreementRecord {
  int annex = 0;
  int article = 0;
  PrintedBlock heading{};
  PlaceholderBlock number{};
  Printed<Period> object_period{};
  std::string object_quote{};
  SourceLines object_source{};
  std::string authorised_by_name{};
  std::optional<std::string> authorised_by_note{};
  std::string authorised_by_quote{};
  SourceLines authorised_by_source{};
  std::vector<AgreementClauseText> recitals{};
  std::vector<AgreementClauseText> preamble{};
  std::vector<AgreementArticle> articles{};
  std::vector<AgreementRate> rates{};
  PlaceholderBlock budget_line{};
  PrintedBlock jurisdiction{};
  std::vector<Placeholder> placeholders{};
  std::vector<Signatory> signatories{};
  std::optional<std::string> notes{};
};

}  // namespace octroi
