// The known name closest to a misspelt one, for « vouliez-vous dire … ? » in
// the errors of unknown names. Private to rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace octroi::formula_internal {

// " (vouliez-vous dire « measures » ?)" when a candidate is within two edits
// of `name` (the first closest one), else "".
std::string closest_name_hint(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace octroi::formula_internal
