// Shared helpers of the after-the-vote commands (`agreements`, `payments`,
// `reviews`, `retention`): the day they act on (--date / --today, else the
// OCTROI_TODAY variable, else the wall clock — tests always pass one), the
// journal stamp and the agreement repository. The use cases themselves are
// service/agreement_actions.h, shared with the web API.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "cli/command.h"
#include "cli/options.h"
#include "service/agreement_repository.h"

namespace octroi::cli {

Result<std::unique_ptr<AgreementRepository>> open_agreements(const GlobalOptions& options);

}  // namespace octroi::cli
