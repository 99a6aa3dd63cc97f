// AnnexBuilder: builds the annex part of a ProgrammeDataset (themes,
// operations, organisations, sections, award rows, declared totals) from rows
// read one at a time, whatever the reader (the deliberation text's
// tab-separated lines, a CSV or XLSX table). Readers classify their cells;
// the builder numbers ids as the dataset convention does (t1, t1-o2,
// t1-o2-03, t1-o2-total), carries territories down, merges organisations,
// reads quantities and periods in descriptions, and reconciles declared totals
// with the rows they cover. A refused row comes back as a French reason for
// the reader to list with its own position. One builder per dataset; not
// thread-safe.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dataset_reference.h"
#include "domain/programme_dataset.h"
#include "domain/siret.h"
#include "import/text/deliberation_text.h"

namespace octroi::annex_import {

// What a total row declares about its scope.
enum class TotalKind {
  kInferred,   // "TOTAL" or an amount alone: the operation's while it has rows
               // not yet totalled, else the theme's (once), else the programme's
  kRows,       // "Sous total": the rows since the operation's previous subtotal
  kOperation,  // "Total opération N"
  kTheme,      // "Total thématique N"
  kProgramme,  // "TOTAL GÉNÉRAL"
};

// One award row as a reader classified it.
struct AwardInput {
  int line = 0;  // source line (text or CSV line, spreadsheet row)
  // nullopt: carried down from the previous row of the same operation.
  std::optional<TerritoryReference> territory{};
  std::string structure{};
  std::optional<OrganisationId> organisation_id{};  // else derived from the name
  std::optional<Siret> siret{};
  std::optional<std::string> description{};
  std::string amount_text{};
  Amount amount{};
  std::optional<AnnexInstrument> instrument{};
  // Explicit values (table columns); else read in the description.
  std::optional<UnitQuantity> quantity{};
  std::optional<Printed<Period>> period{};
};

class AnnexBuilder {
 public:
  AnnexBuilder(ProgrammeId programme, ProgrammeDataset& dataset,
               std::vector<TotalMismatch>& mismatches, std::vector<UnreadableValue>& unreadable)
      : programme_(std::move(programme)),
        dataset_(dataset),
        mismatches_(mismatches),
        unreadable_(unreadable) {}

  bool has_section() const { return section_ >= 0; }
  int theme() const { return theme_; }
  int operation() const { return operation_; }

  // A theme heading: a new section (the theme is created the first time).
  // `label` is "1.", `printed` the heading as printed.
  void start_theme(int number, std::string label, std::string title, std::string printed, int line);
  // An operation of the current theme (created the first time); REQUIRES: has_section().
  void start_operation(int number, std::string label, std::string title, int line);
  // The budget line the current operation is charged to ("C02-446A05"), as
  // a table's column states it; the reason (French) it is refused when the
  // operation has no theme yet or another code was given before.
  std::optional<std::string> set_budget_line(std::string code, int line);
  // The row, or the reason (French) it is refused.
  std::optional<std::string> add_award(AwardInput input);
  // A declared total; `label` nullopt when none is printed. The reason (French)
  // when refused.
  std::optional<std::string> add_total(std::optional<std::string> label, TotalKind kind,
                                       std::string amount_text, Amount amount, int line);
  // Resolves the rows each total covers and lists the totals that differ
  // from their rows' sum.
  void finish();

 private:
  OrganisationReference organisation_for(const AwardInput& input);
  std::string unique_total_id(const std::string& id);

  ProgrammeId programme_;
  ProgrammeDataset& dataset_;
  std::vector<TotalMismatch>& mismatches_;
  std::vector<UnreadableValue>& unreadable_;
  int section_ = -1;
  int theme_ = 0;
  int operation_ = 0;
  int order_ = 0;
  bool section_has_rows_ = false;
  bool theme_total_seen_ = false;
  std::optional<TerritoryReference> territory_;
  std::vector<std::string> open_rows_;       // rows of the operation not yet closed by its total
  std::vector<std::string> since_subtotal_;  // rows since the last subtotal of the operation
  std::map<std::pair<int, int>, int> row_counts_;
  std::map<std::pair<int, int>, int> subtotal_counts_;
  std::map<std::string, std::size_t> organisations_;  // folded name or explicit id -> index
  std::set<std::string> used_ids_;
  std::set<std::string> total_ids_;
};

}  // namespace octroi::annex_import
