// ServerContext: what the routes of one server share — its options, the
// connection pools of the repositories, the snapshot cache and the login
// limiter — and guarded(), the one wrapper every protected route goes
// through: session cookie, CSRF token on mutations, role, then the handler.
// Thread safety: every member may be used from the server's threads.
#pragma once

#include <functional>
#include <httplib.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/api.h"
#include "api/connection_pool.h"
#include "api/http_exchange.h"
#include "api/login_limiter.h"
#include "api/programme_snapshot.h"
#include "service/account_repository.h"
#include "service/agreement_repository.h"
#include "service/call_repository.h"
#include "service/programme_repository.h"
#include "service/role.h"
#include "service/session_repository.h"

namespace octroi::api {

inline constexpr std::string_view kSessionCookie = "octroi_session";

struct ServerContext {
  ServerContext(ServerOptions server_options, std::optional<std::vector<Parameter>> parameters);

  Result<std::shared_ptr<const ProgrammeSnapshot>> snapshot(const std::string& programme_id);
  // Every stored programme's snapshot, in list order (an organisation's awards across programmes).
  Result<std::vector<std::shared_ptr<const ProgrammeSnapshot>>> all_snapshots();

  ServerOptions options;
  ConnectionPool<ProgrammeRepository> programmes;
  ConnectionPool<AccountRepository> accounts;
  ConnectionPool<SessionRepository> sessions;
  ConnectionPool<AgreementRepository> agreements;
  ConnectionPool<CallRepository> calls;
  SnapshotCache cache;
  LoginLimiter limiter{};
};

// Who is asking, once guarded() has checked the session.
struct Caller {
  UserAccount user{};
  WebSession session{};
};

// The journal stamp of a change the caller makes now.
Stamp stamp_of(const Caller& caller);

using Handler = std::function<Result<Reply>(const httplib::Request&, const Caller&)>;

// The session behind the request's cookie, or kUnauthenticated.
Result<Caller> authenticate_request(ServerContext& context, const httplib::Request& request);

// Session, CSRF on mutations, `permission`, then `handler`; any error becomes
// its status and JSON body (error_status.h).
httplib::Server::Handler guarded(ServerContext& context, Permission permission, Handler handler);

}  // namespace octroi::api
