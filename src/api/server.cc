// The HTTP server: cpp-httplib configured for Octroi (sockets, threads,
// security headers), the open health route, the routes of routes.h, the
// built front end with index.html for client-side routes, and errors as JSON.
#include <fmt/format.h>
#include <fstream>
#include <httplib.h>
#include <sstream>

#include "api/api.h"
#include "api/error_status.h"
#include "api/routes.h"
#include "api/server_context.h"
#include "base/version.h"
#include "import/import.h"

namespace octroi::api {
namespace {

// The largest request: an uploaded annex table or deliberation text (an
// annex of a few hundred rows is well under 1 MiB; 16 MiB leaves room for an
// XLSX with pictures). Larger bodies get 413 before any handler runs.
constexpr std::size_t kMaxBodyBytes = std::size_t{16} * 1024 * 1024;

}  // namespace

struct Server::State {
  State(ServerOptions options, std::optional<std::vector<Parameter>> parameters)
      : context(std::move(options), std::move(parameters)) {}

  ServerContext context;
  httplib::Server http{};
  int bound_port = 0;

  void configure() {
    http.set_payload_max_length(kMaxBodyBytes);
    // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
    // algorithm and the client's delayed ACK hold each response ~40 ms.
    http.set_tcp_nodelay(true);
    // cpp-httplib's default adds SO_REUSEPORT, which lets a second server bind
    // the same port silently: keep SO_REUSEADDR only, so a taken port is an error.
    http.set_socket_options([](socket_t socket) {
      int yes = 1;
      setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    http.new_task_queue = [threads = context.options.threads] {
      return new httplib::ThreadPool(static_cast<std::size_t>(threads));
    };
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"X-Frame-Options", "DENY"},
                              {"Referrer-Policy", "same-origin"},
                              {"Content-Security-Policy",
                               "default-src 'self'; img-src 'self' data:; style-src 'self' "
                               "'unsafe-inline'; frame-ancestors 'none'"}});

    http.Get("/api/health", [](const httplib::Request&, httplib::Response& response) {
      response.set_content(Json{{"status", "ok"}, {"version", kVersion}}.dump(),
                           "application/json; charset=utf-8");
    });
    add_account_routes(http, context);
    add_programme_routes(http, context);
    add_session_routes(http, context);
    add_after_vote_routes(http, context);
    add_call_routes(http, context);
    add_import_routes(http, context);

    if (!context.options.web_root.empty()) {
      http.set_mount_point("/", context.options.web_root.string());
    }
    // Unknown API paths answer JSON; other unknown GET paths answer the front
    // end's index.html, whose router shows the screen.
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& request, httplib::Response& response) {
          if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          if (request.path.starts_with("/api/") || request.method != "GET" ||
              context.options.web_root.empty()) {
            Error error(ErrorCode::kNotFound,
                        fmt::format("adresse inconnue : {} {}", request.method, request.path));
            if (response.status == 413) {
              error = Error(ErrorCode::kInvalidValue,
                            fmt::format("requête trop volumineuse : {} Mio au plus",
                                        kMaxBodyBytes / (std::size_t{1024} * 1024)));
            } else if (response.status == 400) {
              error = Error(ErrorCode::kParse, fmt::format("requête mal formée : {} {}",
                                                           request.method, request.path));
            }
            response.set_content(error_json(error).dump(), "application/json; charset=utf-8");
            return httplib::Server::HandlerResponse::Handled;
          }
          std::ifstream index(context.options.web_root / "index.html", std::ios::binary);
          if (!index) return httplib::Server::HandlerResponse::Unhandled;
          std::ostringstream content;
          content << index.rdbuf();
          response.status = 200;
          response.set_content(content.str(), "text/html; charset=utf-8");
          return httplib::Server::HandlerResponse::Handled;
        }));
    http.set_exception_handler([](const httplib::Request& request, httplib::Response& response,
                                  const std::exception_ptr& error) {
      std::string what = "exception";
      try {
        if (error) std::rethrow_exception(error);
      } catch (const std::exception& exception) {
        what = exception.what();
      } catch (...) {
      }
      send_error(request, response,
                 Error(ErrorCode::kInternal, fmt::format("erreur interne : {}", what)));
    });
  }
};

Server::Server(std::unique_ptr<State> state) : state_(std::move(state)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::create(ServerOptions options) {
  OCTROI_TRY_STATUS(initialise_crypto());
  std::optional<std::vector<Parameter>> parameters;
  if (options.parameters_folder && std::filesystem::is_directory(*options.parameters_folder)) {
    OCTROI_TRY(parameters, load_parameters(*options.parameters_folder));
  }
  auto state = std::make_unique<State>(std::move(options), std::move(parameters));
  // Open once now: a wrong URL or an unreachable server fails at start, not
  // at the first request; migrations are applied here.
  {
    OCTROI_TRY(auto lease, state->context.programmes.acquire());
    OCTROI_TRY(auto accounts, state->context.accounts.acquire());
    OCTROI_TRY(auto sessions, state->context.sessions.acquire());
    OCTROI_TRY(auto agreements, state->context.agreements.acquire());
  }
  state->configure();
  return std::unique_ptr<Server>(new Server(std::move(state)));
}

Result<int> Server::bind() {
  State& state = *state_;
  if (state.context.options.port == 0) {
    state.bound_port = state.http.bind_to_any_port(state.context.options.host);
  } else if (state.http.bind_to_port(state.context.options.host, state.context.options.port)) {
    state.bound_port = state.context.options.port;
  } else {
    state.bound_port = -1;
  }
  if (state.bound_port <= 0) {
    return Error(ErrorCode::kIo,
                 fmt::format("impossible d'écouter sur {}:{} (port déjà pris ?)",
                             state.context.options.host, state.context.options.port));
  }
  return state.bound_port;
}

void Server::listen() { state_->http.listen_after_bind(); }

void Server::stop() { state_->http.stop(); }

}  // namespace octroi::api
