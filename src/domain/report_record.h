// ReportRecord: what report.yaml records of the President's report: its
// number and title as printed, the declared facts (statements), the decisions
// it proposes, and the committees' opinions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "domain/dataset_reference.h"
#include "domain/declared_decision.h"
#include "domain/declared_statement.h"
#include "domain/printed.h"
#include "domain/signatory.h"

namespace octroi {

struct CommitteeOpinion {
  std::string committee{};  // "2ème Commission - Solidarités Humaines"
  std::string opinion{};    // "avis favorable"
  Printed<Date> date{};
  SourceLines source{};
};

struct ReportRecord {
  PrintedBlock number{};      // "RAPPORT N°70"
  std::string number_text{};  // "70"
  std::optional<PrintedBlock> service{};
  std::optional<TerritoryReference> territories{};
  SourceLines territories_source{};
  std::optional<PrintedBlock> session{};
  std::optional<Printed<Date>> session_date{};
  PrintedBlock title{};
  std::vector<DeclaredStatement> statements{};
  std::vector<DeclaredDecision> proposed_decisions{};
  std::vector<CommitteeOpinion> opinions{};
  std::optional<Signatory> signature{};
};

}  // namespace octroi
