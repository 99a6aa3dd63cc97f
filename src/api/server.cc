// The HTTP server: routing, authentication, CSRF and roles in one wrapper
// (route()), then one small handler per endpoint of docs/api.md.
#include <fmt/format.h>
#include <fstream>
#include <functional>
#include <httplib.h>
#include <map>
#include <spdlog/spdlog.h>
#include <sstream>

#include "api/api.h"
#include "api/clock.h"
#include "api/connection_pool.h"
#include "api/error_status.h"
#include "api/finding_json.h"
#include "api/login_limiter.h"
#include "api/programme_snapshot.h"
#include "api/views.h"
#include "base/version.h"
#include "docs/docs.h"
#include "import/import.h"
#include "money/parse.h"
#include "service/edit_award.h"
#include "service/payment_schedule.h"
#include "store/store.h"

namespace octroi::api {
namespace {

constexpr std::string_view kSessionCookie = "octroi_session";
constexpr std::chrono::hours kSessionLifetime{8};
constexpr std::size_t kMaxBodyBytes = std::size_t{1024} * 1024;

using Json = nlohmann::json;

// What a handler answers: JSON (the default) or a file.
struct Reply {
  int status = 200;
  Json body = Json::object();
  std::string raw{};           // when not empty: sent as is, with content_type
  std::string content_type{};  // of raw
  httplib::Headers headers{};
  bool no_content = false;
};

Reply json_reply(std::string serialised) {
  Reply reply;
  reply.raw = std::move(serialised);
  reply.content_type = "application/json; charset=utf-8";
  return reply;
}

// Who is asking, once route() has checked the session.
struct Caller {
  UserAccount user{};
  WebSession session{};
};

std::string cookie_value(const httplib::Request& request, std::string_view name) {
  const std::string header = request.get_header_value("Cookie");
  std::string_view rest = header;
  while (!rest.empty()) {
    const std::size_t end = rest.find(';');
    std::string_view part = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    const std::size_t equals = part.find('=');
    if (equals != std::string_view::npos && part.substr(0, equals) == name) {
      return std::string(part.substr(equals + 1));
    }
  }
  return {};
}

bool is_mutation(const httplib::Request& request) {
  return request.method != "GET" && request.method != "HEAD" && request.method != "OPTIONS";
}

Result<Json> parse_body(const httplib::Request& request) {
  Json body = Json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return Error(ErrorCode::kParse, "corps de requête illisible : un objet JSON est attendu");
  }
  return body;
}

Error field_error(ErrorCode code, std::string message, std::string field) {
  Location location;
  location.field = std::move(field);
  return Error(code, std::move(message), std::move(location));
}

Result<std::string> string_field(const Json& body, const std::string& name, bool required) {
  auto found = body.find(name);
  if (found == body.end() || found->is_null()) {
    if (!required) return std::string();
    return field_error(ErrorCode::kMissingField, fmt::format("champ « {} » manquant", name), name);
  }
  if (!found->is_string()) {
    return field_error(ErrorCode::kInvalidValue,
                       fmt::format("champ « {} » : une chaîne de caractères est attendue", name),
                       name);
  }
  return found->get<std::string>();
}

}  // namespace

struct Server::State {
  ServerOptions options;
  ConnectionPool<ProgrammeRepository> programmes;
  ConnectionPool<AccountRepository> accounts;
  SnapshotCache cache;
  LoginLimiter limiter{};
  httplib::Server http{};
  int bound_port = 0;

  State(ServerOptions server_options, std::optional<std::vector<Parameter>> parameters)
      : options(std::move(server_options)),
        programmes([url = options.database_url] { return store::open_repository(url); }),
        accounts([url = options.database_url] { return store::open_account_repository(url); }),
        cache(std::move(parameters)) {}

  using Handler = std::function<Result<Reply>(const httplib::Request&, const Caller&)>;

  void send(const httplib::Request& request, httplib::Response& response, const Reply& reply) {
    response.status = reply.status;
    for (const auto& [name, value] : reply.headers) response.set_header(name, value);
    response.set_header("Cache-Control", "no-store");
    if (reply.no_content) return;
    if (!reply.raw.empty()) {
      response.set_content(reply.raw, reply.content_type);
    } else {
      response.set_content(reply.body.dump(-1, ' ', false, Json::error_handler_t::replace),
                           "application/json; charset=utf-8");
    }
    (void)request;
  }

  void send_error(const httplib::Request& request, httplib::Response& response,
                  const Error& error) {
    Reply reply;
    reply.status = http_status(error.code());
    reply.body = error_json(error);
    if (reply.status >= 500) {
      spdlog::error("{} {} : {}", request.method, request.path, error.message());
    }
    send(request, response, reply);
  }

  // The session behind the request's cookie, or kUnauthenticated.
  Result<Caller> authenticate_request(const httplib::Request& request) {
    const std::string token = cookie_value(request, kSessionCookie);
    if (token.empty()) {
      return Error(ErrorCode::kUnauthenticated, "connexion requise : identifiez-vous");
    }
    OCTROI_TRY(auto lease, accounts.acquire());
    OCTROI_TRY(auto session, lease->find_session(sha256_hex(token), utc_iso()));
    if (!session) {
      return Error(ErrorCode::kUnauthenticated, "session expirée : identifiez-vous à nouveau");
    }
    OCTROI_TRY(auto user, lease->find_user(session->login));
    if (!user) {
      return Error(ErrorCode::kUnauthenticated, "compte supprimé : identifiez-vous à nouveau");
    }
    return Caller{std::move(*user), std::move(*session)};
  }

  // Every protected route goes through here: session, CSRF on mutations,
  // role, then the handler; any error becomes its status and JSON body.
  httplib::Server::Handler route(Permission permission, Handler handler) {
    return [this, permission, handler = std::move(handler)](const httplib::Request& request,
                                                            httplib::Response& response) {
      auto caller = authenticate_request(request);
      if (!caller.ok()) return send_error(request, response, caller.error());
      if (is_mutation(request) &&
          !same_token(request.get_header_value("X-CSRF-Token"), caller->session.csrf_token)) {
        return send_error(request, response,
                          Error(ErrorCode::kCsrf,
                                "jeton anti-falsification (CSRF) absent ou invalide : rechargez "
                                "la page"));
      }
      if (!allows(caller->user.role, permission)) {
        return send_error(
            request, response,
            Error(ErrorCode::kForbidden, fmt::format("votre rôle ({}) ne permet pas cette action",
                                                     to_label(caller->user.role))));
      }
      auto reply = handler(request, *caller);
      if (!reply.ok()) return send_error(request, response, reply.error());
      send(request, response, *reply);
    };
  }

  Result<std::shared_ptr<const ProgrammeSnapshot>> snapshot(const std::string& programme_id) {
    OCTROI_TRY(auto lease, programmes.acquire());
    return cache.snapshot(*lease, programme_id);
  }

  Json me_json(const Caller& caller) const {
    const Role role = caller.user.role;
    return {{"login", caller.user.login},
            {"role", std::string(to_key(role))},
            {"role_label", std::string(to_label(role))},
            {"csrf", caller.session.csrf_token},
            {"permissions",
             {{"edit_awards", allows(role, Permission::kEditAwards)},
              {"validate", allows(role, Permission::kValidate)},
              {"payments", allows(role, Permission::kPayments)},
              {"manage_users", allows(role, Permission::kManageUsers)}}}};
  }

  std::string session_cookie(const std::string& value, bool clear) const {
    std::string cookie =
        fmt::format("{}={}; HttpOnly; SameSite=Strict; Path=/", kSessionCookie, value);
    if (clear) {
      cookie += "; Max-Age=0";
    } else {
      cookie +=
          fmt::format("; Max-Age={}",
                      std::chrono::duration_cast<std::chrono::seconds>(kSessionLifetime).count());
    }
    if (options.secure_cookies) cookie += "; Secure";
    return cookie;
  }

  void login(const httplib::Request& request, httplib::Response& response) {
    auto body = parse_body(request);
    if (!body.ok()) return send_error(request, response, body.error());
    auto login_name = string_field(*body, "login", true);
    if (!login_name.ok()) return send_error(request, response, login_name.error());
    auto password = string_field(*body, "password", true);
    if (!password.ok()) return send_error(request, response, password.error());

    const std::int64_t now = monotonic_seconds();
    if (std::int64_t wait = limiter.retry_after(*login_name, request.remote_addr, now); wait > 0) {
      Reply reply;
      reply.status = 429;
      reply.body = error_json(
          Error(ErrorCode::kRateLimited,
                fmt::format("trop de tentatives de connexion échouées : réessayez dans {} secondes",
                            wait)));
      reply.headers.emplace("Retry-After", std::to_string(wait));
      return send(request, response, reply);
    }
    auto lease = accounts.acquire();
    if (!lease.ok()) return send_error(request, response, lease.error());
    auto account = authenticate(**lease, *login_name, *password);
    if (!account.ok()) return send_error(request, response, account.error());
    if (!*account) {
      limiter.record_failure(*login_name, request.remote_addr, now);
      spdlog::info("connexion refusée depuis {}", request.remote_addr);
      return send_error(
          request, response,
          Error(ErrorCode::kUnauthenticated, "identifiant ou mot de passe incorrect"));
    }
    limiter.record_success(*login_name);
    const std::string token = random_token();
    WebSession session;
    session.token_hash = sha256_hex(token);
    session.login = (*account)->login;
    session.csrf_token = random_token();
    session.created_at = utc_iso();
    session.expires_at = utc_iso(kSessionLifetime);
    (void)(*lease)->delete_expired_sessions(session.created_at);
    if (Status saved = (*lease)->save_session(session); !saved.ok()) {
      return send_error(request, response, saved.error());
    }
    Reply reply;
    reply.body = me_json(Caller{**account, session});
    reply.headers.emplace("Set-Cookie", session_cookie(token, false));
    send(request, response, reply);
  }

  Result<Reply> logout(const httplib::Request& request, const Caller& caller) {
    (void)request;
    OCTROI_TRY(auto lease, accounts.acquire());
    OCTROI_TRY_STATUS(lease->delete_session(caller.session.token_hash));
    Reply reply;
    reply.status = 204;
    reply.no_content = true;
    reply.headers.emplace("Set-Cookie", session_cookie("", true));
    return reply;
  }

  Result<Reply> list_programmes() {
    OCTROI_TRY(auto lease, programmes.acquire());
    OCTROI_TRY(auto summaries, lease->list_programmes());
    Reply reply;
    reply.body = Json::array();
    for (const ProgrammeSummary& summary : summaries) reply.body.push_back(summary_json(summary));
    return reply;
  }

  Result<Reply> award_page(const std::string& programme_id, const std::string& award_id) {
    OCTROI_TRY(auto current, snapshot(programme_id));
    OCTROI_TRY(auto lease, programmes.acquire());
    OCTROI_TRY(auto history, lease->history("award", programme_id + "/" + award_id));
    OCTROI_TRY(Json page, award_page_json(*current, award_id, history));
    Reply reply;
    reply.body = std::move(page);
    return reply;
  }

  Result<Reply> edit(const httplib::Request& request, const Caller& caller) {
    const std::string programme_id = request.matches[1];
    const std::string award_id = request.matches[2];
    OCTROI_TRY(Json body, parse_body(request));
    auto version = body.find("version");
    if (version == body.end() || !version->is_number_integer()) {
      return field_error(ErrorCode::kMissingField,
                         "version de la ligne manquante : rechargez la ligne avant de la modifier",
                         "version");
    }
    AwardEdit award_edit;
    award_edit.programme_id = programme_id;
    award_edit.award_id = award_id;
    award_edit.read_version = version->get<std::int64_t>();
    OCTROI_TRY(std::string amount_text, string_field(body, "amount", false));
    if (!amount_text.empty()) {
      auto amount = parse_amount(amount_text);
      if (!amount.ok()) {
        return field_error(
            ErrorCode::kInvalidAmount,
            fmt::format("montant illisible « {} » : {}", amount_text, amount.error().message()),
            "amount");
      }
      award_edit.changes.amount = *amount;
    }
    if (body.contains("description")) {
      OCTROI_TRY(std::string description, string_field(body, "description", false));
      award_edit.changes.description = description;
    }
    OCTROI_TRY(std::string quantity_text, string_field(body, "quantity", false));
    OCTROI_TRY(auto lease, programmes.acquire());
    if (!quantity_text.empty()) {
      OCTROI_TRY(auto record, lease->find_award(programme_id, award_id));
      if (!record) {
        return Error(ErrorCode::kNotFound, fmt::format("ligne inconnue « {} »", award_id));
      }
      if (!record->quantity) {
        return field_error(ErrorCode::kInvalidValue, "cette ligne n'a pas de quantité à modifier",
                           "quantity");
      }
      auto quantity = parse_quantity(quantity_text);
      if (!quantity.ok()) {
        return field_error(ErrorCode::kInvalidQuantity,
                           fmt::format("quantité illisible « {} » : {}", quantity_text,
                                       quantity.error().message()),
                           "quantity");
      }
      award_edit.changes.quantity = UnitQuantity{*quantity, record->quantity->unit};
    }
    OCTROI_TRY(AwardRecord after,
               edit_award(*lease, award_edit, Stamp{caller.user.login, utc_iso()}));
    Reply reply;
    reply.body = record_json(after);
    return reply;
  }

  Result<Reply> payments(const std::string& programme_id) {
    OCTROI_TRY(auto current, snapshot(programme_id));
    if (!current->parameters || !current->date_of_effect) {
      return Error(ErrorCode::kReferenceUnknown,
                   "paramètres ou date de séance indisponibles : échéancier impossible");
    }
    OCTROI_TRY(auto schedule,
               schedule_payments(current->dataset, *current->parameters, *current->date_of_effect));
    Reply reply;
    reply.body = payments_json(schedule);
    return reply;
  }

  Result<Reply> organisation(const std::string& organisation_id) {
    std::vector<std::shared_ptr<const ProgrammeSnapshot>> snapshots;
    {
      OCTROI_TRY(auto lease, programmes.acquire());
      OCTROI_TRY(auto summaries, lease->list_programmes());
      for (const ProgrammeSummary& summary : summaries) {
        OCTROI_TRY(auto current, cache.snapshot(*lease, summary.id));
        snapshots.push_back(std::move(current));
      }
    }
    auto page = organisation_page_json(organisation_id, snapshots);
    if (!page) {
      return Error(ErrorCode::kNotFound, fmt::format("organisme inconnu « {} »", organisation_id));
    }
    Reply reply;
    reply.body = std::move(*page);
    return reply;
  }

  Result<Reply> document_kinds() {
    Reply reply;
    reply.body = Json::array();
    for (const docs::DocumentKindInfo& info : docs::document_kinds()) {
      Json formats = Json::array();
      for (docs::DocumentFormat format : info.formats) {
        formats.push_back(std::string(docs::to_key(format)));
      }
      reply.body.push_back({{"kind", info.key},
                            {"label", info.label},
                            {"formats", formats},
                            {"per_organisation", info.per_organisation}});
    }
    return reply;
  }

  Result<Reply> document(const httplib::Request& request) {
    OCTROI_TRY(auto current, snapshot(request.matches[1]));
    if (!current->parameters || !current->date_of_effect) {
      return Error(ErrorCode::kReferenceUnknown,
                   "paramètres ou date de séance indisponibles : document impossible");
    }
    docs::DocumentRequest document_request;
    OCTROI_TRY(document_request.kind, docs::parse_kind(request.matches[2].str()));
    OCTROI_TRY(document_request.format,
               docs::parse_format(request.has_param("format") ? request.get_param_value("format")
                                                              : std::string("odt")));
    document_request.organisation = request.get_param_value("organisation");
    OCTROI_TRY(
        docs::RenderedDocument rendered,
        docs::render_document(current->dataset, *current->parameters, *current->date_of_effect,
                              document_request, options.templates_folder));
    Reply reply;
    reply.raw = std::move(rendered.bytes);
    reply.content_type = rendered.media_type;
    reply.headers.emplace("Content-Disposition",
                          fmt::format("attachment; filename=\"{}\"", rendered.file_name));
    return reply;
  }

  Result<Reply> list_users() {
    OCTROI_TRY(auto lease, accounts.acquire());
    OCTROI_TRY(auto users, lease->list_users());
    Reply reply;
    reply.body = Json::array();
    for (const UserAccount& user : users) {
      reply.body.push_back({{"login", user.login},
                            {"role", std::string(to_key(user.role))},
                            {"role_label", std::string(to_label(user.role))},
                            {"created_at", user.created_at}});
    }
    return reply;
  }

  Result<Reply> add_user(const httplib::Request& request, const Caller& caller) {
    OCTROI_TRY(Json body, parse_body(request));
    OCTROI_TRY(std::string login_name, string_field(body, "login", true));
    OCTROI_TRY(std::string role_key, string_field(body, "role", true));
    OCTROI_TRY(std::string password, string_field(body, "password", true));
    auto role = role_from_key(role_key);
    if (!role.ok()) return field_error(ErrorCode::kInvalidValue, role.error().message(), "role");
    OCTROI_TRY(auto lease, accounts.acquire());
    OCTROI_TRY_STATUS(
        create_account(*lease, login_name, *role, password, Stamp{caller.user.login, utc_iso()}));
    Reply reply;
    reply.status = 201;
    reply.body = {{"login", login_name}, {"role", std::string(to_key(*role))}};
    return reply;
  }

  void install_routes() {
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
    http.new_task_queue = [threads = options.threads] {
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
    http.Post("/api/login", [this](const httplib::Request& request, httplib::Response& response) {
      login(request, response);
    });
    http.Post("/api/logout", route(Permission::kRead,
                                   [this](const httplib::Request& request, const Caller& caller) {
                                     return logout(request, caller);
                                   }));
    http.Get("/api/me",
             route(Permission::kRead, [this](const httplib::Request&, const Caller& caller) {
               Reply reply;
               reply.body = me_json(caller);
               return Result<Reply>(reply);
             }));
    http.Get("/api/programmes",
             route(Permission::kRead,
                   [this](const httplib::Request&, const Caller&) { return list_programmes(); }));
    http.Get(R"(/api/programmes/([^/]+))",
             route(Permission::kRead,
                   [this](const httplib::Request& request, const Caller&) -> Result<Reply> {
                     OCTROI_TRY(auto current, snapshot(request.matches[1]));
                     return json_reply(current->dashboard_body);
                   }));
    http.Get(R"(/api/programmes/([^/]+)/annex)",
             route(Permission::kRead,
                   [this](const httplib::Request& request, const Caller&) -> Result<Reply> {
                     OCTROI_TRY(auto current, snapshot(request.matches[1]));
                     return json_reply(current->annex_body);
                   }));
    http.Get(R"(/api/programmes/([^/]+)/findings)",
             route(Permission::kRead,
                   [this](const httplib::Request& request, const Caller&) -> Result<Reply> {
                     OCTROI_TRY(auto current, snapshot(request.matches[1]));
                     Reply reply;
                     reply.body = findings_json(current->findings);
                     return reply;
                   }));
    http.Get(R"(/api/programmes/([^/]+)/awards/([^/]+))",
             route(Permission::kRead, [this](const httplib::Request& request, const Caller&) {
               return award_page(request.matches[1], request.matches[2]);
             }));
    http.Put(R"(/api/programmes/([^/]+)/awards/([^/]+))",
             route(Permission::kEditAwards,
                   [this](const httplib::Request& request, const Caller& caller) {
                     return edit(request, caller);
                   }));
    http.Get(R"(/api/programmes/([^/]+)/payments)",
             route(Permission::kRead, [this](const httplib::Request& request, const Caller&) {
               return payments(request.matches[1]);
             }));
    http.Get(R"(/api/organisations/([^/]+))",
             route(Permission::kRead, [this](const httplib::Request& request, const Caller&) {
               return organisation(request.matches[1]);
             }));
    http.Get(R"(/api/programmes/([^/]+)/documents)",
             route(Permission::kRead,
                   [this](const httplib::Request&, const Caller&) { return document_kinds(); }));
    http.Get(R"(/api/programmes/([^/]+)/documents/([^/]+))",
             route(Permission::kDocuments, [this](const httplib::Request& request, const Caller&) {
               return document(request);
             }));
    http.Get("/api/users",
             route(Permission::kManageUsers,
                   [this](const httplib::Request&, const Caller&) { return list_users(); }));
    http.Post("/api/users", route(Permission::kManageUsers,
                                  [this](const httplib::Request& request, const Caller& caller) {
                                    return add_user(request, caller);
                                  }));

    if (!options.web_root.empty()) http.set_mount_point("/", options.web_root.string());
    // Unknown API paths answer JSON; other unknown GET paths answer the front
    // end's index.html, whose router shows the screen.
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& request, httplib::Response& response) {
          if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          if (request.path.starts_with("/api/") || request.method != "GET" ||
              options.web_root.empty()) {
            const std::string message =
                response.status == 413
                    ? "requête trop volumineuse"
                    : fmt::format("adresse inconnue : {} {}", request.method, request.path);
            response.set_content(error_json(Error(response.status == 413 ? ErrorCode::kInvalidValue
                                                                         : ErrorCode::kNotFound,
                                                  message))
                                     .dump(),
                                 "application/json; charset=utf-8");
            return httplib::Server::HandlerResponse::Handled;
          }
          std::ifstream index(options.web_root / "index.html", std::ios::binary);
          if (!index) return httplib::Server::HandlerResponse::Unhandled;
          std::ostringstream content;
          content << index.rdbuf();
          response.status = 200;
          response.set_content(content.str(), "text/html; charset=utf-8");
          return httplib::Server::HandlerResponse::Handled;
        }));
    http.set_exception_handler([this](const httplib::Request& request, httplib::Response& response,
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
    OCTROI_TRY(auto lease, state->programmes.acquire());
    OCTROI_TRY(auto accounts, state->accounts.acquire());
  }
  state->install_routes();
  return std::unique_ptr<Server>(new Server(std::move(state)));
}

Result<int> Server::bind() {
  State& state = *state_;
  if (state.options.port == 0) {
    state.bound_port = state.http.bind_to_any_port(state.options.host);
  } else if (state.http.bind_to_port(state.options.host, state.options.port)) {
    state.bound_port = state.options.port;
  } else {
    state.bound_port = -1;
  }
  if (state.bound_port <= 0) {
    return Error(ErrorCode::kIo, fmt::format("impossible d'écouter sur {}:{} (port déjà pris ?)",
                                             state.options.host, state.options.port));
  }
  return state.bound_port;
}

void Server::listen() { state_->http.listen_after_bind(); }

void Server::stop() { state_->http.stop(); }

}  // namespace octroi::api
