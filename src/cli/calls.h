// What `octroi call`, `octroi application` and `octroi instruct` share
// (src/cli/calls.cc, src/cli/applications.cc): the repository, the journal
// stamp, today's date, and reading a stored call or application.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "calendar/date.h"
#include "cli/command.h"
#include "cli/options.h"
#include "service/call_repository.h"

namespace octroi::cli {

Result<std::unique_ptr<CallRepository>> open_calls(const GlobalOptions& options);
// kNotFound when absent.
Result<StoredCall> stored_call(CallRepository& repository, const std::string& id);
Result<StoredApplication> stored_application(CallRepository& repository, const std::string& id);
// The version the user read (--version), else the stored one.
int version_read(int requested, int stored);

void register_application_commands(CLI::App& app, const GlobalOptions& options, Action& action);
void register_instruct_command(CLI::App& app, const GlobalOptions& options, Action& action);

}  // namespace octroi::cli
