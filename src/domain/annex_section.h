// AnnexSection: one theme block of Annex 4, with its heading and its header
// row as printed. Its rows are in ProgrammeDataset::rows and ::totals.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/printed.h"

namespace octroi {

struct AnnexColumns {
  std::vector<std::string> printed{};  // "OPERATION", "STRUCTURE", ...
  SourceLines source{};
  std::optional<std::string> note{};
};

struct AnnexSection {
  int theme = 0;
  PrintedBlock heading{};
  std::optional<AnnexColumns> columns{};  // nullopt: no header row printed
};

// The annex itself: its number in the deliberation (4) and its printed title.
struct AnnexHeader {
  int annex = 0;
  PrintedBlock title{};
};

}  // namespace octroi
