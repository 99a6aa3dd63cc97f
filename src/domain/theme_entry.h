// ThemeEntry and OperationEntry: a theme and an operation of a programme as
// its dataset records them: the domain value, every place its title is
// printed, and, for an operation, its budget line, maximum duration and the
// funding rules the document states (themes.yaml).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/operation.h"
#include "domain/printed.h"
#include "domain/theme.h"

namespace octroi {

// One place a title is printed: in part "annex4", label "Opération 2", title "...".
struct PrintedTitle {
  std::string in{};     // part key: deliberation, annex1..annex7, report
  std::string label{};  // "1.", "Thématique 1", "Opération 2"
  std::string title{};  // the rest, as printed
  SourceLines source{};
};

struct ThemeEntry {
  Theme theme{};  // id "t1", number 1, title: the annex-4 title (else the first printed)
  std::vector<PrintedTitle> titles{};
};

// The budget line an operation is charged to, stated or inferred by the transcriber.
struct OperationBudgetLine {
  std::string code{};   // "C02-446A05" (a code of budget.yaml)
  bool stated = false;  // basis: stated (true) or inferred (false)
  std::optional<std::string> quote{};
  std::optional<SourceLines> source{};
  std::optional<std::string> note{};
};

// A funding rule as printed ("10 € par place d'accompagnement ..."), or implied
// by every figure of the operation (`implied`, with its derivation).
struct FundingRule {
  std::optional<std::string> quote{};
  bool implied = false;
  std::optional<std::string> derivation{};
  SourceLines source{};
  std::vector<std::string> parameters{};  // parameter names (data/parameters/<name>.yaml)
  std::optional<std::string> note{};
  // The rule in the formula language (docs/rules.md), as written in
  // themes.yaml: "measures * astre_cost_per_measure". At most one rule of an
  // operation has one; the loader compiles it against the parameters.
  std::optional<std::string> formula{};
  // Award variables the formula may use that a row need not state, counted
  // as zero when absent ("etp": a VIAL row without Ségur valuation).
  std::vector<std::string> zero_when_absent{};
  // The formula gives a ceiling, not the amount ("250,00 € par mois et par
  // participant maximum"): an award at or below it follows the rule.
  bool cap = false;
};

struct MaxDuration {
  Printed<int> months{};  // "12 mois" -> 12
  std::string quote{};
  SourceLines source{};
};

struct OperationEntry {
  // id "t1-o2", theme "t1", number, title (annex-4 title, else the first
  // printed), budget line id (the code in lower case: "c02-446a05"), maximum
  // duration; funding_rule is the first printed rule's quote.
  Operation operation{};
  int theme = 0;  // theme number
  std::vector<PrintedTitle> titles{};
  OperationBudgetLine budget_line{};
  std::optional<MaxDuration> max_duration{};
  std::vector<FundingRule> funding_rules{};
  std::optional<std::string> notes{};

  // The rule carrying a formula, or nullptr when the document states none.
  const FundingRule* formula_rule() const {
    for (const FundingRule& rule : funding_rules) {
      if (rule.formula) return &rule;
    }
    return nullptr;
  }

  // The title printed in `part` ("annex4"), or nullptr.
  const PrintedTitle* title_in(std::string_view part) const {
    for (const PrintedTitle& title : titles) {
      if (title.in == part) return &title;
    }
    return nullptr;
  }
};

}  // namespace octroi
