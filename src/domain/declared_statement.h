// DeclaredStatement: one sentence of the report or of the operation
// descriptions that states figures ("il est proposé de financer 4 structures
// ... pour un total de 86 453.34 €"), the values it states, and the annex rows
// it is about. The checker compares them with the annex.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "calendar/period.h"
#include "domain/dataset_reference.h"
#include "domain/id.h"
#include "domain/printed.h"
#include "money/amount.h"

namespace octroi {

enum class StatementScope {
  kProgramme,     // "programme"
  kTheme,         // "theme"
  kOperation,     // "operation": an operation or a group of its rows
  kOrganisation,  // "organisation": one award row
};

enum class StatementComponent {
  kWhole,          // "whole": all of the rows' figures
  kAccompaniment,  // "accompaniment": the accompaniment part of the amount
  kSegur,          // "segur": the Ségur valuation part
  kTerritory,      // "territory": the share of the quantity in one territory
};

// "Le coût annuel d'une mesure ... est de 2 100 €": an amount per unit.
struct StatedUnitCost {
  Printed<Amount> amount{};
  std::string per{};  // unit key (4.8)
  std::optional<std::string> note{};
};

struct DeclaredStatement {
  std::string id{};  // "a3-o2-apsa"
  std::string in{};  // part key: annex3, report...
  StatementScope scope = StatementScope::kProgramme;
  std::optional<int> theme{};
  std::optional<int> operation{};
  std::vector<AwardId> rows{};
  StatementComponent component = StatementComponent::kWhole;
  std::optional<Printed<int>> organisations_count{};
  std::vector<OrganisationReference> organisations{};
  std::vector<TerritoryReference> territories{};
  std::vector<PrintedQuantity> quantities{};
  std::optional<Printed<int>> operations_count{};
  std::optional<Printed<Amount>> amount{};
  std::optional<Printed<Period>> period{};
  std::optional<Printed<int>> max_duration_months{};
  std::vector<StatedUnitCost> unit_costs{};
  std::optional<Printed<Date>> agreement_signed{};
  std::vector<AnnexReference> annex_references{};
  std::optional<std::string> notes{};
  std::string quote{};
  SourceLines source{};
};

}  // namespace octroi
