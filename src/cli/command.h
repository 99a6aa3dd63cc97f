// The shared frame of every `octroi` subcommand: global options, the exit
// codes scripts rely on, and how an Error is reported (French, on stderr).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>

#include "base/error.h"

namespace octroi::cli {

// Exit codes (documented in docs/cli.md; scripts and tests rely on them).
enum ExitCode : int {
  kExitOk = 0,
  kExitFindings = 1,   // `check` found at least one error in the programme
  kExitUsage = 2,      // the command line is wrong
  kExitData = 3,       // an input was refused (bad dataset, unknown programme...)
  kExitStorage = 4,    // the database or a file could not be read or written
  kExitInternal = 70,  // a bug
};

struct GlobalOptions {
  std::string database_url = "sqlite:var/octroi.db";
};

// What a subcommand runs once the command line is parsed; returns an exit code.
using Action = std::function<int()>;

// Each subcommand file defines one of these; main.cc calls them in order.
void register_list(CLI::App& app, const GlobalOptions& options, Action& action);
void register_import(CLI::App& app, const GlobalOptions& options, Action& action);
void register_show(CLI::App& app, const GlobalOptions& options, Action& action);
void register_explain(CLI::App& app, const GlobalOptions& options, Action& action);
void register_payments(CLI::App& app, const GlobalOptions& options, Action& action);
void register_simulate(CLI::App& app, const GlobalOptions& options, Action& action);
void register_check(CLI::App& app, const GlobalOptions& options, Action& action);
void register_audit(CLI::App& app, const GlobalOptions& options, Action& action);
void register_backup(CLI::App& app, const GlobalOptions& options, Action& action);
void register_docs(CLI::App& app, const GlobalOptions& options, Action& action);
void register_serve(CLI::App& app, const GlobalOptions& options, Action& action);
void register_user(CLI::App& app, const GlobalOptions& options, Action& action);
void register_session(CLI::App& app, const GlobalOptions& options, Action& action);
void register_agreements(CLI::App& app, const GlobalOptions& options, Action& action);
void register_reviews(CLI::App& app, const GlobalOptions& options, Action& action);
void register_retention(CLI::App& app, const GlobalOptions& options, Action& action);
void register_opendata(CLI::App& app, const GlobalOptions& options, Action& action);
void register_calls(CLI::App& app, const GlobalOptions& options, Action& action);
void register_notify(CLI::App& app, const GlobalOptions& options, Action& action);

// Binds `command` to `runner(global, *options)`, run once the whole command
// line is parsed (options shared by a command's subcommands).
template <typename Options>
void on_run(CLI::App* command, const GlobalOptions& global, Action& action,
            const std::shared_ptr<Options>& options,
            std::type_identity_t<int (*)(const GlobalOptions&, const Options&)> runner) {
  command->callback([&global, &action, options, runner] {
    action = [&global, options, runner]() -> int { return runner(global, *options); };
  });
}

// Prints "octroi : <location> : <message>" on stderr and returns the exit code for its kind.
int report_error(const Error& error);

}  // namespace octroi::cli
