// AmendmentRecord: an amendment (avenant) attached to the deliberation, as
// amendments.yaml records it: the amended agreement, and each dated or valued
// clause (periods, amounts, unit costs, places, advances...) with its quote.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "calendar/period.h"
#include "domain/dataset_reference.h"
#include "domain/printed.h"
#include "domain/signatory.h"
#include "money/amount.h"
#include "money/rate.h"

namespace octroi {

// What every clause carries: the sentence, where, and the financial year it is labelled with.
struct ClauseOrigin {
  std::string quote{};
  SourceLines source{};
  std::optional<int> year{};
  std::optional<std::string> note{};
};

struct AmendedAgreement {
  std::string number{};  // "2023-00963"
  std::string title{};   // "Accompagnement Global"
  std::string quote{};
  SourceLines source{};
  std::optional<Printed<Date>> signed_on{};
  std::optional<ClauseOrigin> signed_origin{};
};

struct AmendmentAuthorisation {
  std::string name{};
  std::optional<Printed<Date>> date{};
  std::string quote{};
  SourceLines source{};
  std::optional<std::string> note{};
};

struct ModifiedArticle {
  int article = 0;
  ClauseOrigin origin{};
};

struct PeriodClause {
  Printed<Period> period{};
  std::optional<std::string> applies_to{};
  ClauseOrigin origin{};
};

struct AmountClause {
  Printed<Amount> amount{};
  bool maximum = false;  // "un montant maximum de"
  std::optional<Printed<Period>> period{};
  std::optional<std::string> applies_to{};
  ClauseOrigin origin{};
};

struct UnitCostClause {
  Printed<Amount> amount{};
  std::string per{};  // unit key
  ClauseOrigin origin{};
};

struct PortfolioClause {
  Printed<int> minimum{};
  Printed<int> maximum{};
  ClauseOrigin origin{};
};

struct SplitClause {
  std::string part{};  // quantitative | qualitative
  Printed<Rate> rate{};
  Printed<Amount> maximum{};
  std::optional<Printed<int>> places{};
  ClauseOrigin origin{};
};

struct PlacesClause {
  PrintedQuantity quantity{};
  TerritoryReference territory;
  ClauseOrigin origin{};
};

struct AdvanceClause {
  Printed<Amount> amount{};
  std::string due{};  // "à la signature du présent avenant"
  ClauseOrigin origin{};
};

struct BudgetLineClause {
  std::string code{};  // "C02-446A05"
  ClauseOrigin origin{};
};

struct ReviewClause {
  std::optional<Printed<Date>> deadline{};
  std::optional<std::string> relative_deadline{};
  std::optional<Printed<int>> steering_committees{};
  ClauseOrigin origin{};
};

struct RetentionClause {
  Printed<Date> date{};
  ClauseOrigin origin{};
};

struct TerritoryClause {
  TerritoryReference territory;
  SourceLines source{};
};

struct AmendmentRecord {
  std::string id{};  // "avenant-1-convention-2023-00963"
  int annex = 0;
  int article = 0;
  int number = 0;
  PrintedBlock heading{};
  PrintedBlock object{};
  AmendedAgreement agreement{};
  OrganisationReference organisation{};
  AmendmentAuthorisation authorised_by{};
  std::vector<ModifiedArticle> modifies{};
  std::vector<PeriodClause> periods{};
  std::vector<AmountClause> amounts{};
  std::vector<UnitCostClause> unit_costs{};
  std::optional<PortfolioClause> portfolio{};
  std::vector<SplitClause> splits{};
  std::vector<PlacesClause> places{};
  std::vector<AdvanceClause> advances{};
  std::vector<BudgetLineClause> budget_lines{};
  std::vector<ReviewClause> review{};
  std::optional<RetentionClause> retention_until{};
  std::vector<TerritoryClause> territories{};
  std::vector<Signatory> signatories{};
  std::optional<std::string> notes{};
};

}  // namespace octroi
