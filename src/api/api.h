// The api module's public surface: the web application's HTTP server
// (cpp-httplib): the JSON API of docs/api.md under /api/, and the built front
// end (web/dist) for every other path. It calls the same service functions
// as the CLI; accounts, sessions, CSRF and roles are checked here, in one
// place, before any handler runs. Thread safety: one Server per process;
// its requests are served by a thread pool.
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "api/accounts.h"
#include "api/credentials.h"
#include "base/result.h"

namespace octroi::api {

struct ServerOptions {
  std::string database_url = "sqlite:var/octroi.db";
  std::string host = "127.0.0.1";
  int port = 8080;                   // 0: any free port (tests)
  std::filesystem::path web_root{};  // the built front end; empty: API only
  // The parameter files (data/parameters); nullopt or missing: rules not checked.
  std::optional<std::filesystem::path> parameters_folder{};
  std::filesystem::path templates_folder{};  // data/templates
  bool secure_cookies = false;               // add Secure (behind HTTPS)
  int threads = 8;
};

class Server {
 public:
  // Opens the database (migrations applied), loads the parameters. Errors:
  // the database's, the parameter loader's.
  static Result<std::unique_ptr<Server>> create(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the port (kIo when taken); returns the port bound.
  Result<int> bind();
  // Serves until stop(); call after bind().
  void listen();
  void stop();

 private:
  struct State;
  explicit Server(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace octroi::api
