// DeclaredTotal: a total printed in Annex 4 ("Sous total", "TOTAL", or a bare
// amount in the total column). Declared, never recomputed: the checker compares
// its amount with the sum of the award rows it covers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/id.h"
#include "domain/printed.h"
#include "money/amount.h"

namespace octroi {

enum class TotalScope {
  kRows,       // "rows": exactly the award rows it lists
  kOperation,  // "operation": every award row of one operation in its section
  kTheme,      // "theme": every award row of its section
  kProgramme,  // "programme": every award row of the annex
};

inline std::string_view to_key(TotalScope scope) {
  switch (scope) {
    case TotalScope::kRows:
      return "rows";
    case TotalScope::kOperation:
      return "operation";
    case TotalScope::kTheme:
      return "theme";
    case TotalScope::kProgramme:
      return "programme";
  }
  return "rows";
}

struct DeclaredTotal {
  std::string id{};                    // "t1-o1-subtotal-1", "t1-o1-total", "t1-total", "total"
  int order = 0;                       // position in the annex among all rows (0-based)
  int section = 0;                     // index of its section
  int theme = 0;                       // theme number of its section
  std::optional<std::string> label{};  // "Sous total", "TOTAL"; nullopt when none is printed
  TotalScope scope = TotalScope::kRows;
  std::optional<int> operation{};  // for scopes rows and operation
  std::vector<AwardId> listed{};   // `covers` as written (scope rows only)
  std::vector<AwardId> covered{};  // every award row it covers, resolved, in printed order
  Printed<Amount> amount{};        // "783 128,51 €"
  SourceLines source{};
  std::optional<std::string> notes{};
};

}  // namespace octroi
