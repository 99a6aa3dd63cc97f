// Totals of awards, as Annex 4 prints them under each operation and theme and
// as the deliberation's articles state them (783 128,51 € for theme 1).
// Every sum is checked: kAmountOverflow rather than a wrong figure.
#pragma once

#include <span>

#include "base/result.h"
#include "domain/award.h"
#include "domain/id.h"
#include "domain/operation.h"
#include "money/amount.h"

namespace octroi {

// All the awards' amounts (zero for none).
Result<Amount> total_of(std::span<const Award> awards);

// The awards of one operation (an operation's "TOTAL" line).
Result<Amount> total_for_operation(std::span<const Award> awards, const OperationId& operation);

// The awards of one organisation, across operations.
Result<Amount> total_for_organisation(std::span<const Award> awards,
                                      const OrganisationId& organisation);

// The awards whose operation belongs to `theme`. kNotFound when an award names
// an operation absent from `operations`: such an award could belong to any
// theme, and silently leaving it out would understate a total.
Result<Amount> total_for_theme(std::span<const Award> awards, std::span<const Operation> operations,
                               const ThemeId& theme);

}  // namespace octroi
