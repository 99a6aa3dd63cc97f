// AmendmentEntry: one amendment (avenant) in an agreement's history — when it
// was signed, which articles it replaced, and the tranches and retention date
// before and after it, so the history says what each amendment changed.
// A plain aggregate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "domain/funding_tranche.h"

namespace octroi {

struct AmendmentEntry {
  int ordinal = 1;                       // avenant n°1
  Date signed_on;                        // required
  std::string reference{};               // "avenant-1-convention-2023-01628" (amendments.yaml)
  std::vector<int> replaced_articles{};  // 3, 4, 7, 12
  std::vector<FundingTranche> before{};  // the tranches as they were
  std::vector<FundingTranche> after{};   // the tranches as amended
  std::optional<Date> retention_before{};
  std::optional<Date> retention_after{};
};

}  // namespace octroi
