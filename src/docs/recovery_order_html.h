// The recovery order (ordre de reversement) as one self-contained HTML page
// in French, with a print stylesheet (A4), from service/recovery_order.h:
// the same figures as the text the CLI prints.
#pragma once

#include <string>

#include "service/recovery_order.h"

namespace octroi::docs {

std::string recovery_order_html(const RecoveryOrder& order);

}  // namespace octroi::docs
