// What every command that changes something shares: reading a date option
// (French or ISO; an error names the option), the day a command acts on, and
// the journal's stamp of who changed what, when.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "service/programme_repository.h"

namespace octroi::cli {

// A date option ("18/09/2023", "18 septembre 2023", "2023-09-18"); an error
// names `option` as its field.
Result<Date> date_option(const std::string& text, std::string_view option);

// `text` when given, else the OCTROI_TODAY variable (tests set it), else
// today (UTC).
Result<Date> day_option(const std::string& text, std::string_view option);

// The journal's stamp: whoever runs the command (USER), now (UTC, ISO 8601).
Stamp journal_stamp();

}  // namespace octroi::cli
