// A real `octroi serve` in the test process: a fresh SQLite database holding
// the reference programme, one account per role, the server on a free
// loopback port, and a client per role logged in through POST /api/login.
#pragma once

#include <filesystem>
#include <httplib.h>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "../store/temporary_directory.h"
#include "api/api.h"
#include "import/dataset_source.h"
#include "import/import.h"
#include "service/import_programme.h"
#include "store/store.h"

namespace octroi::testing {

inline const std::filesystem::path kSourceDir{OCTROI_SOURCE_DIR};
inline constexpr const char* kReferenceId = "pas-de-calais-2023-phase4";
inline constexpr const char* kPassword = "mot-de-passe-de-test";

// One logged-in browser: its cookie and CSRF token.
struct Browser {
  std::string cookie{};
  std::string csrf{};
};

class ApiServer {
 public:
  ApiServer() {
    url_ = "sqlite:" + (directory_.path() / "octroi.db").string();
    auto source = read_dataset_source(kSourceDir / "data" / kReferenceId);
    if (!source.ok()) throw std::runtime_error(source.error().to_string());
    auto dataset = load_dataset(*source);
    if (!dataset.ok()) throw std::runtime_error(dataset.error().to_string());
    auto repository = store::open_repository(url_);
    if (!repository.ok()) throw std::runtime_error(repository.error().to_string());
    auto imported = import_programme(**repository, *dataset, *source, {}, {"test", "now"});
    if (!imported.ok()) throw std::runtime_error(imported.error().to_string());
    if (auto ready = api::initialise_crypto(); !ready.ok()) {
      throw std::runtime_error(ready.error().to_string());
    }
    auto accounts = store::open_account_repository(url_);
    if (!accounts.ok()) throw std::runtime_error(accounts.error().to_string());
    for (Role role : kAllRoles) {
      auto created = api::create_account(**accounts, std::string(to_key(role)), role, kPassword,
                                         {"test", "2026-11-28T00:00:00Z"});
      if (!created.ok()) throw std::runtime_error(created.error().to_string());
    }
    api::ServerOptions options;
    options.database_url = url_;
    options.port = 0;
    options.parameters_folder = kSourceDir / "data" / "parameters";
    options.templates_folder = kSourceDir / "data" / "templates";
    options.threads = 4;
    auto server = api::Server::create(options);
    if (!server.ok()) throw std::runtime_error(server.error().to_string());
    server_ = std::move(*server);
    auto port = server_->bind();
    if (!port.ok()) throw std::runtime_error(port.error().to_string());
    port_ = *port;
    thread_ = std::thread([this] { server_->listen(); });
  }
  ~ApiServer() {
    server_->stop();
    thread_.join();
  }
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    return client;
  }

  // Logs in; throws when the server refuses.
  Browser login(const std::string& login, const std::string& password = kPassword) const {
    auto answer =
        client().Post("/api/login", nlohmann::json{{"login", login}, {"password", password}}.dump(),
                      "application/json");
    if (!answer || answer->status != 200) {
      throw std::runtime_error("login refused for " + login);
    }
    std::string cookie = answer->get_header_value("Set-Cookie");
    cookie = cookie.substr(0, cookie.find(';'));
    return Browser{cookie, nlohmann::json::parse(answer->body).at("csrf").get<std::string>()};
  }

  static httplib::Headers headers(const Browser& browser, bool with_csrf = true) {
    httplib::Headers headers{{"Cookie", browser.cookie}};
    if (with_csrf) headers.emplace("X-CSRF-Token", browser.csrf);
    return headers;
  }

  // A GET or a JSON POST from `browser` (with its CSRF token unless told otherwise).
  httplib::Result get(const std::string& path, const Browser& browser) const {
    return client().Get(path, headers(browser));
  }
  httplib::Result post(const std::string& path, const nlohmann::json& body, const Browser& browser,
                       bool with_csrf = true) const {
    return client().Post(path, headers(browser, with_csrf), body.dump(), "application/json");
  }

  const std::string& url() const { return url_; }
  int port() const { return port_; }

 private:
  TemporaryDirectory directory_;
  std::string url_;
  std::unique_ptr<api::Server> server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace octroi::testing
