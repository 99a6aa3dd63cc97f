// The routes about who is using Octroi: log in and out, who am I, and the
// accounts (administrators only). Logging in is the one mutation without a
// session: it is rate-limited per login and per address instead.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "api/accounts.h"
#include "api/clock.h"
#include "api/credentials.h"
#include "api/error_status.h"
#include "api/routes.h"

namespace octroi::api {
namespace {

constexpr std::chrono::hours kSessionLifetime{8};

Json me_json(const Caller& caller) {
  const Role role = caller.user.role;
  return {{"login", caller.user.login},
          {"role", std::string(to_key(role))},
          {"role_label", std::string(to_label(role))},
          {"csrf", caller.session.csrf_token},
          {"permissions",
           {{"edit_awards", allows(role, Permission::kEditAwards)},
            {"validate", allows(role, Permission::kValidate)},
            {"payments", allows(role, Permission::kPayments)},
            {"manage_users", allows(role, Permission::kManageUsers)},
            {"record_sessions", allows(role, Permission::kRecordSessions)},
            {"record_interests", allows(role, Permission::kRecordInterests)},
            {"manage_agreements", allows(role, Permission::kManageAgreements)},
            {"read", allows(role, Permission::kRead)},
            {"apply", allows(role, Permission::kApply)},
            {"instruct", allows(role, Permission::kInstruct)}}}};
}

// Who am I; for an organisation account, the organisation it acts for.
Result<Reply> me(ServerContext& context, const Caller& caller) {
  Reply reply;
  reply.body = me_json(caller);
  if (caller.user.role == Role::kOrganisation) {
    OCTROI_TRY(auto lease, context.calls.acquire());
    OCTROI_TRY(auto account, lease->organisation_account(caller.user.login));
    if (account) {
      reply.body["organisation"] = {{"id", account->organisation.key()},
                                    {"name", account->organisation_name},
                                    {"siret", account->siret.digits()}};
    }
  }
  return reply;
}

std::string session_cookie(const ServerOptions& options, const std::string& value, bool clear) {
  std::string cookie =
      fmt::format("{}={}; HttpOnly; SameSite=Strict; Path=/", kSessionCookie, value);
  if (clear) {
    cookie += "; Max-Age=0";
  } else {
    cookie += fmt::format(
        "; Max-Age={}", std::chrono::duration_cast<std::chrono::seconds>(kSessionLifetime).count());
  }
  if (options.secure_cookies) cookie += "; Secure";
  return cookie;
}

void login(ServerContext& context, const httplib::Request& request, httplib::Response& response) {
  auto body = parse_body(request);
  if (!body.ok()) return send_error(request, response, body.error());
  auto login_name = string_field(*body, "login", true);
  if (!login_name.ok()) return send_error(request, response, login_name.error());
  auto password = string_field(*body, "password", true);
  if (!password.ok()) return send_error(request, response, password.error());

  const std::int64_t now = monotonic_seconds();
  if (std::int64_t wait = context.limiter.retry_after(*login_name, request.remote_addr, now);
      wait > 0) {
    Reply reply;
    reply.status = 429;
    reply.body = error_json(
        Error(ErrorCode::kRateLimited,
              fmt::format("trop de tentatives de connexion échouées : réessayez dans {} secondes",
                          wait)));
    reply.headers.emplace("Retry-After", std::to_string(wait));
    return send_reply(response, reply);
  }
  auto lease = context.accounts.acquire();
  if (!lease.ok()) return send_error(request, response, lease.error());
  auto account = authenticate(**lease, *login_name, *password);
  if (!account.ok()) return send_error(request, response, account.error());
  if (!*account) {
    context.limiter.record_failure(*login_name, request.remote_addr, now);
    spdlog::info("connexion refusée depuis {}", request.remote_addr);
    return send_error(request, response,
                      Error(ErrorCode::kUnauthenticated, "identifiant ou mot de passe incorrect"));
  }
  context.limiter.record_success(*login_name);
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
  reply.headers.emplace("Set-Cookie", session_cookie(context.options, token, false));
  send_reply(response, reply);
}

Result<Reply> logout(ServerContext& context, const Caller& caller) {
  OCTROI_TRY(auto lease, context.accounts.acquire());
  OCTROI_TRY_STATUS(lease->delete_session(caller.session.token_hash));
  Reply reply;
  reply.status = 204;
  reply.no_content = true;
  reply.headers.emplace("Set-Cookie", session_cookie(context.options, "", true));
  return reply;
}

Result<Reply> list_users(ServerContext& context) {
  OCTROI_TRY(auto lease, context.accounts.acquire());
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

Result<Reply> add_user(ServerContext& context, const httplib::Request& request,
                       const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(std::string login_name, string_field(body, "login", true));
  OCTROI_TRY(std::string role_key, string_field(body, "role", true));
  OCTROI_TRY(std::string password, string_field(body, "password", true));
  auto role = role_from_key(role_key);
  if (!role.ok()) return field_error(ErrorCode::kInvalidValue, role.error().message(), "role");
  if (*role == Role::kOrganisation) {
    // An organisation's account acts for it, named by its SIRET (checked):
    // several accounts may act for the same organisation.
    OCTROI_TRY(std::string siret_text, required_text(body, "siret", "SIRET"));
    OCTROI_TRY(std::string organisation_key,
               required_text(body, "organisation", "identifiant de la structure"));
    OCTROI_TRY(std::string name, required_text(body, "name", "nom de la structure"));
    auto siret = Siret::parse(siret_text);
    if (!siret.ok()) return field_error(siret.error().code(), siret.error().message(), "siret");
    auto organisation = OrganisationId::parse(organisation_key);
    if (!organisation.ok()) {
      return field_error(organisation.error().code(), organisation.error().message(),
                         "organisation");
    }
    OCTROI_TRY(auto accounts, context.accounts.acquire());
    OCTROI_TRY(auto calls, context.calls.acquire());
    OCTROI_TRY_STATUS(create_organisation_account(*accounts, *calls,
                                                  OrganisationAccount{.login = login_name,
                                                                      .siret = *siret,
                                                                      .organisation = *organisation,
                                                                      .organisation_name = name},
                                                  password, Stamp{caller.user.login, utc_iso()}));
    Reply reply;
    reply.status = 201;
    reply.body = {{"login", login_name},
                  {"role", std::string(to_key(*role))},
                  {"organisation",
                   {{"id", organisation->key()}, {"name", name}, {"siret", siret->digits()}}}};
    return reply;
  }
  OCTROI_TRY(auto lease, context.accounts.acquire());
  OCTROI_TRY_STATUS(
      create_account(*lease, login_name, *role, password, Stamp{caller.user.login, utc_iso()}));
  Reply reply;
  reply.status = 201;
  reply.body = {{"login", login_name}, {"role", std::string(to_key(*role))}};
  return reply;
}

// The caller's own password: the current one must be given; other browser
// sessions of the account end, this one stays.
Result<Reply> change_own_password(ServerContext& context, const httplib::Request& request,
                                  const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(std::string current, string_field(body, "current_password", true));
  OCTROI_TRY(std::string password, string_field(body, "password", true));
  const std::int64_t now = monotonic_seconds();
  if (std::int64_t wait = context.limiter.retry_after(caller.user.login, request.remote_addr, now);
      wait > 0) {
    return Error(ErrorCode::kRateLimited,
                 fmt::format("trop de tentatives échouées : réessayez dans {} secondes", wait));
  }
  OCTROI_TRY(auto lease, context.accounts.acquire());
  Status changed = change_password(*lease, caller.user.login, current, password,
                                   caller.session.token_hash, Stamp{caller.user.login, utc_iso()});
  if (!changed.ok() && changed.error().location().field == "current_password") {
    context.limiter.record_failure(caller.user.login, request.remote_addr, now);
  }
  if (!changed.ok()) return changed.error();
  Reply reply;
  reply.status = 204;
  reply.no_content = true;
  return reply;
}

}  // namespace

void add_account_routes(httplib::Server& http, ServerContext& context) {
  http.Post("/api/login", [&context](const httplib::Request& request, httplib::Response& response) {
    login(context, request, response);
  });
  http.Post("/api/logout", guarded(context, Permission::kOwnAccount,
                                   [&context](const httplib::Request&, const Caller& caller) {
                                     return logout(context, caller);
                                   }));
  http.Get("/api/me", guarded(context, Permission::kOwnAccount,
                              [&context](const httplib::Request&, const Caller& caller) {
                                return me(context, caller);
                              }));
  http.Get("/api/users", guarded(context, Permission::kManageUsers,
                                 [&context](const httplib::Request&, const Caller&) {
                                   return list_users(context);
                                 }));
  http.Post("/api/users",
            guarded(context, Permission::kManageUsers,
                    [&context](const httplib::Request& request, const Caller& caller) {
                      return add_user(context, request, caller);
                    }));
  http.Post("/api/me/password",
            guarded(context, Permission::kOwnAccount,
                    [&context](const httplib::Request& request, const Caller& caller) {
                      return change_own_password(context, request, caller);
                    }));
}

}  // namespace octroi::api
