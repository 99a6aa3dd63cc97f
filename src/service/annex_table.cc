#include "service/annex_table.h"

#include <algorithm>

namespace octroi {

Result<AnnexTable> build_annex_table(std::span<const AnnexLine> lines) {
  AnnexTable table;
  for (const AnnexLine& line : lines) {
    auto theme = std::find_if(table.themes.begin(), table.themes.end(),
                              [&](const AnnexTheme& t) { return t.number == line.theme_number; });
    if (theme == table.themes.end()) {
      table.themes.push_back(AnnexTheme{line.theme_number, line.theme_title, {}, Amount::zero()});
      theme = std::prev(table.themes.end());
    }
    auto operation =
        std::find_if(theme->operations.begin(), theme->operations.end(),
                     [&](const AnnexOperation& o) { return o.id == line.operation_id; });
    if (operation == theme->operations.end()) {
      theme->operations.push_back(AnnexOperation{
          line.operation_id, line.operation_number, line.operation_title, {}, Amount::zero()});
      operation = std::prev(theme->operations.end());
    }
    operation->lines.push_back(line);
    OCTROI_TRY(operation->total, operation->total.plus(line.amount));
    OCTROI_TRY(theme->total, theme->total.plus(line.amount));
    OCTROI_TRY(table.total, table.total.plus(line.amount));
    ++table.line_count;
  }
  return table;
}

}  // namespace octroi
