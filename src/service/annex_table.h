// AnnexTable: Annex 4 as staff read it, grouped by theme then operation in
// printed order, with each operation's and theme's total and the overall
// total computed from the rows (never taken from printed totals).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "base/result.h"
#include "money/amount.h"

namespace octroi {

// One award row, flattened for display.
struct AnnexLine {
  int theme_number = 0;
  std::string theme_title{};
  std::string operation_id{};
  int operation_number = 0;
  std::string operation_title{};
  std::string territory{};     // canonical label(s): "Artois", "Département"
  std::string organisation{};  // canonical name
  std::string description{};
  Amount amount{};
  std::string instrument{};  // "Convention type", "Avenant annexe 6"
};

struct AnnexOperation {
  std::string id{};
  int number = 0;
  std::string title{};
  std::vector<AnnexLine> lines{};
  Amount total{};
};

struct AnnexTheme {
  int number = 0;
  std::string title{};
  std::vector<AnnexOperation> operations{};
  Amount total{};
};

struct AnnexTable {
  std::vector<AnnexTheme> themes{};
  Amount total{};
  int line_count = 0;
};

// Groups lines (in printed order) by theme and operation. A theme or
// operation met again after another one is merged into its first group.
// kAmountOverflow if a total does not fit.
Result<AnnexTable> build_annex_table(std::span<const AnnexLine> lines);

}  // namespace octroi
