// DeclaredBudgetTable: a budget table as printed (report and deliberation
// article 8): its columns and rows, each amount cell kept with its parsed value.
// The two tables of a programme are kept apart; the checker compares them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/printed.h"
#include "money/amount.h"

namespace octroi {

struct BudgetColumn {
  std::string printed{};  // "Disponible €"
  std::string key{};      // code, imputation, label, commitment_authority, available,
                          // proposed, remaining, expense
};

// One printed row; a cell is present iff its column is declared.
struct BudgetTableRow {
  std::optional<std::string> code{};        // "C02-446A05"
  std::optional<std::string> imputation{};  // "6568/93446"
  std::optional<std::string> label{};
  std::optional<Printed<Amount>> commitment_authority{};  // AE
  std::optional<Printed<Amount>> available{};
  std::optional<Printed<Amount>> proposed{};
  std::optional<Printed<Amount>> remaining{};
  std::optional<Printed<Amount>> expense{};  // the deliberation's name for proposed
  SourceLines source{};
  std::optional<std::string> notes{};
};

struct DeclaredBudgetTable {
  std::optional<PrintedBlock> intro{};
  std::vector<BudgetColumn> columns{};
  SourceLines source{};
  std::vector<BudgetTableRow> rows{};
};

}  // namespace octroi
