// `octroi serve [--port 8080]`: the web application: the JSON API under
// /api/ and the built front end (web/dist) for the browser. Stops cleanly on
// Ctrl-C or SIGTERM (a signal thread calls Server::stop()).
#include <csignal>
#include <fmt/format.h>
#include <pthread.h>
#include <thread>
#include <unistd.h>

#include "api/api.h"
#include "cli/command.h"
#include "cli/stored_programme.h"

namespace octroi::cli {
namespace {

struct ServeOptions {
  int port = 8080;
  std::string host = "127.0.0.1";
  std::string web = "web/dist";
  std::string parameters{};
  std::string templates = "data/templates";
  bool secure_cookies = false;
  int threads = 8;
};

int run(const GlobalOptions& global, const ServeOptions& options) {
  api::ServerOptions server_options;
  server_options.database_url = global.database_url;
  server_options.host = options.host;
  server_options.port = options.port;
  server_options.web_root = options.web;
  server_options.parameters_folder = parameters_folder_for(options.parameters);
  server_options.templates_folder = options.templates;
  server_options.secure_cookies = options.secure_cookies;
  server_options.threads = options.threads;
  if (!std::filesystem::is_regular_file(server_options.web_root / "index.html")) {
    fmt::print(stderr,
               "octroi : interface web absente ({}/index.html) : seule l'API est servie "
               "(make build construit l'interface)\n",
               options.web);
    server_options.web_root.clear();
  }

  // Signals are taken by one thread only, before the server starts its pool.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto server = api::Server::create(std::move(server_options));
  if (!server.ok()) return report_error(server.error());
  auto port = (*server)->bind();
  if (!port.ok()) return report_error(port.error());
  fmt::print("Octroi sert http://{}:{}/ (Ctrl-C pour arrêter)\n", options.host, *port);
  std::fflush(stdout);

  api::Server* running = server->get();
  std::thread stopper([running, signals] {
    int received = 0;
    sigwait(&signals, &received);
    running->stop();
  });
  running->listen();
  // listen() also returns when the server stops by itself: wake the signal
  // thread with a process-directed signal (every thread blocks it; sigwait takes it).
  kill(getpid(), SIGTERM);
  stopper.join();
  fmt::print("Octroi arrêté.\n");
  return kExitOk;
}

}  // namespace

void register_serve(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto serve = std::make_shared<ServeOptions>();
  auto* command = app.add_subcommand(
      "serve", "Sert l'application web (API JSON sous /api/, interface dans le navigateur)");
  command->add_option("--port", serve->port, "Port d'écoute (défaut 8080)")
      ->check(CLI::Range(0, 65535));
  command->add_option("--host", serve->host, "Adresse d'écoute (défaut 127.0.0.1)");
  command->add_option("--web", serve->web, "Dossier de l'interface construite (défaut web/dist)");
  command->add_option("--parameters", serve->parameters,
                      "Dossier des paramètres (défaut : OCTROI_PARAMETERS, sinon data/parameters)");
  command->add_option("--templates", serve->templates,
                      "Dossier des modèles de documents (défaut data/templates)");
  command
      ->add_option(
          "--threads", serve->threads,
          "Requêtes servies en parallèle (défaut 8 ; chacune garde une connexion à la base)")
      ->check(CLI::Range(1, 256));
  command->add_flag("--secure-cookies", serve->secure_cookies,
                    "Cookies de session marqués Secure (derrière HTTPS)");
  command->callback([&options, &action, serve] {
    action = [&options, serve]() -> int { return run(options, *serve); };
  });
}

}  // namespace octroi::cli
