// AnnexRow: one award row of Annex 4 (ligne de répartition) as loaded from a
// programme dataset: the domain Award and, beside it, every cell as printed
// (territory, structure, description, amount, period, instrument) and where.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/period.h"
#include "domain/award.h"
#include "domain/dataset_reference.h"
#include "domain/legal_instrument.h"
#include "domain/printed.h"
#include "money/amount.h"

namespace octroi {

// The "Avenant/convention" cell: "Convention type", "Avenant annexe 5",
// "Convention annexe 7".
struct AnnexInstrument {
  std::string printed{};
  std::string kind_key{};  // dataset key: standard_agreement, amendment, travel_agreement
  LegalInstrument kind = LegalInstrument::kStandardAgreement;  // travel_agreement: specific
  std::optional<int> annex{};                                  // 5, 6, 7
};

struct AnnexRow {
  // The domain value: id "t1-o1-01", operation "t1-o1", organisation, territory
  // scope, description, first quantity, period, amount, instrument. When the
  // printed amount is flagged unparseable, award.amount is zero and
  // amount.value is empty: read `amount`, not award.amount, to know.
  Award award;
  int order = 0;      // position in the annex among all rows, awards and totals (0-based)
  int section = 0;    // index of its section in ProgrammeDataset::sections
  int theme = 0;      // theme number: 2
  int operation = 0;  // operation number within the theme: 5

  TerritoryReference territory;
  OrganisationReference organisation{};
  std::optional<std::string> description{};  // nullopt: empty cell
  std::vector<PrintedQuantity> quantities{};
  std::optional<Printed<Period>> period{};
  Printed<Amount> amount{};
  std::optional<AnnexInstrument> instrument{};  // nullopt: the cell is missing
  SourceLines source{};
  std::optional<std::string> notes{};
};

}  // namespace octroi
