// SchemeAmount: what an agreement grants for one scheme and period: "6 875 €
// au titre du dispositif Accompagnement Global" (90 places, 01/07/2023 -
// 31/12/2023), "115 000 € maximum pour la période du 01/01/2024 au 31/12/2024".
#pragma once

#include <optional>
#include <string>

#include "calendar/period.h"
#include "domain/unit_quantity.h"
#include "money/amount.h"

namespace octroi {

struct SchemeAmount {
  std::string scheme{};                    // "Accompagnement Global"
  Amount amount{};                         // 6 875,00 € (a maximum)
  std::optional<UnitQuantity> quantity{};  // 90 places
  std::optional<Period> period{};          // when the agreement has several periods

  friend bool operator==(const SchemeAmount&, const SchemeAmount&) = default;
};

}  // namespace octroi
