// Checks shared by the validate() functions of the domain's aggregates, with
// their French messages; each error names the field (YAML key) it is about.
// Private to the domain module.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/id.h"
#include "money/amount.h"

namespace octroi::detail {

Location at_field(std::string_view field);

// kInvalidValue about `field`.
Error invalid_field(std::string_view field, std::string message);

// kMissingField "champ obligatoire vide : <what>" when `text` is empty or only spaces.
Status require_text(std::string_view text, std::string_view field, std::string_view what);

// kMissingField when the id is empty.
template <typename Tag>
Status require_id(const Id<Tag>& id, std::string_view field, std::string_view what) {
  return require_text(id.key(), field, what);
}

// kInvalidValue "montant négatif interdit pour <what> : -12,50 €".
Status require_not_negative(Amount amount, std::string_view field, std::string_view what);

// kInvalidValue "<what> doit être au moins <minimum> : <value>".
Status require_at_least(long long value, long long minimum, std::string_view field,
                        std::string_view what);

}  // namespace octroi::detail
