#include "api/server_context.h"

#include <fmt/format.h>

#include "api/clock.h"
#include "api/credentials.h"
#include "store/store.h"

namespace octroi::api {

ServerContext::ServerContext(ServerOptions server_options,
                             std::optional<std::vector<Parameter>> parameters)
    : options(std::move(server_options)),
      programmes([url = options.database_url] { return store::open_repository(url); }),
      accounts([url = options.database_url] { return store::open_account_repository(url); }),
      sessions([url = options.database_url] { return store::open_session_repository(url); }),
      agreements([url = options.database_url] { return store::open_agreement_repository(url); }),
      calls([url = options.database_url] { return store::open_call_repository(url); }),
      cache(std::move(parameters)) {}

Result<std::shared_ptr<const ProgrammeSnapshot>> ServerContext::snapshot(
    const std::string& programme_id) {
  OCTROI_TRY(auto lease, programmes.acquire());
  return cache.snapshot(*lease, programme_id);
}

Result<std::vector<std::shared_ptr<const ProgrammeSnapshot>>> ServerContext::all_snapshots() {
  std::vector<std::shared_ptr<const ProgrammeSnapshot>> snapshots;
  OCTROI_TRY(auto lease, programmes.acquire());
  OCTROI_TRY(auto summaries, lease->list_programmes());
  snapshots.reserve(summaries.size());
  for (const ProgrammeSummary& summary : summaries) {
    OCTROI_TRY(auto current, cache.snapshot(*lease, summary.id));
    snapshots.push_back(std::move(current));
  }
  return snapshots;
}

Stamp stamp_of(const Caller& caller) { return Stamp{caller.user.login, utc_iso()}; }

// The session behind the request's cookie, or kUnauthenticated.
Result<Caller> authenticate_request(ServerContext& context, const httplib::Request& request) {
  const std::string token = cookie_value(request, kSessionCookie);
  if (token.empty()) {
    return Error(ErrorCode::kUnauthenticated, "connexion requise : identifiez-vous");
  }
  OCTROI_TRY(auto lease, context.accounts.acquire());
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
httplib::Server::Handler guarded(ServerContext& context, Permission permission, Handler handler) {
  return [&context, permission, handler = std::move(handler)](const httplib::Request& request,
                                                              httplib::Response& response) {
    auto caller = authenticate_request(context, request);
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
    send_reply(response, *reply);
  };
}

}  // namespace octroi::api
