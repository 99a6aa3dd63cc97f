// ExplainProgramme: the expected amount of each award of a programme, from
// its operation's funding formula (themes.yaml) and the parameters in force
// on a date of effect passed in (the session date), with the Explanation and
// the difference from the amount retained in Annex 4. Pure: no I/O, no clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/annex_row.h"
#include "domain/programme_dataset.h"
#include "money/amount.h"
#include "rules/rules.h"

namespace octroi {

struct AwardExplanation {
  std::string award_id;                // "t3-o1-01"
  int theme = 0;                       // 3
  int operation = 0;                   // 1
  std::string operation_title;         // the Annex 4 title: "ASTRE"
  std::string organisation_id;         // "soliha"
  std::string organisation;            // the organisation's name
  std::string territory;               // as printed
  std::string description;             // as printed ("" when the cell is empty)
  Amount retained;                     // montant retenu, as printed
  std::optional<std::string> formula;  // nullopt: the document states no formula for the operation
  bool implied = false;                // the rule carrying the formula is implied, not printed
  std::vector<std::string> zero_filled;  // zero_when_absent variables the row does not state
  std::optional<Evaluation> evaluation;  // the expected amount, when the formula evaluates
  std::optional<Error> error;            // why it does not (a quantity the row lacks)
  Amount difference;                     // retained − expected (zero without evaluation)

  bool has_rule() const { return formula.has_value(); }
  bool follows_rule() const { return evaluation.has_value() && difference.is_zero(); }
};

struct ProgrammeExplanation {
  Date date_of_effect;
  std::vector<AwardExplanation> awards;  // in printed order
  int with_rule = 0;                     // awards whose operation has a formula
  int following_rule = 0;                // ... whose retained amount equals the expected one
  int differing = 0;                     // ... evaluated, with a difference
  int not_evaluated = 0;                 // ... whose formula could not be evaluated
};

// bindings_for_row (rules/award_evaluation.h) binds a row's quantities.

// Every award of `dataset` (or those whose organisation id equals
// `organisation`, or whose name contains it, case-insensitively). Errors:
// a formula that does not compile against `parameters` (kFormula*), an
// `organisation` matching no award (kNotFound). A row the formula cannot be
// evaluated on is not an error of the whole: its `error` says why.
Result<ProgrammeExplanation> explain_programme(const ProgrammeDataset& dataset,
                                               const ParameterSet& parameters, Date date_of_effect,
                                               std::string_view organisation = {});

// The organisation filter above, shared by the use cases.
bool organisation_matches(const ProgrammeDataset& dataset, const AnnexRow& row,
                          std::string_view organisation);

}  // namespace octroi
