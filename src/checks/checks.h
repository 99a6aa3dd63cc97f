// The consistency checker: compares what a programme's documents print with
// itself (annex rows, totals, report statements, budget tables, attendance,
// vote) and returns findings, one per inconsistency, each with a stable code,
// where it is, the values that disagree and a French message for staff.
// Promises: pure functions of the dataset; they never throw and never do I/O.
// Thread safety: no shared state.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "calendar/date.h"
#include "domain/printed.h"
#include "domain/programme_dataset.h"
#include "rules/parameter_set.h"

namespace octroi {

enum class Severity {
  kError,    // "error": a contradiction or an impossible value; blocks the vote.
  kWarning,  // "warning": probably wrong or inconsistent wording.
  kInfo,     // "info": an oddity worth knowing.
};

// "error", "warning", "info".
std::string_view to_key(Severity severity);
// "Erreur", "Avertissement", "Information".
std::string_view to_label(Severity severity);

// Where a finding is: the elements it concerns and the lines of the document.
struct Where {
  std::optional<int> theme{};
  std::optional<int> operation{};
  std::string organisation{};  // organisation id
  std::string row{};           // award row id: "t2-o3-01"
  std::string article{};       // "article 1", "budget C02-446A05", statement id...
  std::string member{};        // member id
  std::vector<SourceLines> lines{};
  // "t2-o3-01 l. 985": a short stable label for tests and text output.
  std::string label() const;
};

// One value taking part in a comparison, with its source.
struct ComparedValue {
  std::string label{};    // "somme des lignes", "total imprimé"
  std::string printed{};  // the text as printed, when the value is printed
  std::string value{};    // the value, in French format
  int line = 0;           // source line (0: computed)
};

struct Finding {
  Severity severity = Severity::kError;
  std::string code{};  // stable: "arithmetic.subtotal_mismatch"
  Where where{};
  std::string message{};  // French
  std::vector<ComparedValue> values{};
};

// Every family but rules, in the order below: without parameters the
// funding formulas cannot be evaluated, so the rules family is skipped
// silently (callers that looked for parameters and found none add
// rules_not_checked()).
std::vector<Finding> check_programme(const ProgrammeDataset& dataset);
// Every family, rules last, evaluating the funding formulas with `parameters`
// in force on `date_of_effect` (the session date).
std::vector<Finding> check_programme(const ProgrammeDataset& dataset,
                                     const ParameterSet& parameters, Date date_of_effect);

// The families (one file each).
std::vector<Finding> check_arithmetic(const ProgrammeDataset& dataset);
std::vector<Finding> check_dates(const ProgrammeDataset& dataset);
std::vector<Finding> check_statements(const ProgrammeDataset& dataset);
std::vector<Finding> check_names(const ProgrammeDataset& dataset);
std::vector<Finding> check_votes(const ProgrammeDataset& dataset);
std::vector<Finding> check_legal(const ProgrammeDataset& dataset);
std::vector<Finding> check_outliers(const ProgrammeDataset& dataset);
// Each award whose operation has a formula: the amount retained against the
// expected amount (rule_checks.cc).
std::vector<Finding> check_rules(const ProgrammeDataset& dataset, const ParameterSet& parameters,
                                 Date date_of_effect);
// The info finding "rules.parameters_missing": the rules family was not run,
// for `reason` (French: the parameters folder cannot be read, no session date).
Finding rules_not_checked(std::string reason);

// True when a finding of severity error is present.
bool has_error(const std::vector<Finding>& findings);

// Text matching used by the names family, exposed for its tests.
// Optimal string alignment distance (Damerau-Levenshtein with adjacent
// transpositions), on bytes.
int edit_distance(std::string_view left, std::string_view right);

}  // namespace octroi
