// The `octroi` command: parses the command line (CLI11) and dispatches to
// one subcommand per file of src/cli/.
#include <CLI/CLI.hpp>

#include "base/version.h"

int main(int argc, char** argv) {
  CLI::App app{"Octroi : gestion des programmes de subventions d'une collectivité", "octroi"};
  app.set_version_flag("--version", std::string("octroi ") + octroi::kVersion);
  app.require_subcommand(0, 1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
