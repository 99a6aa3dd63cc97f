// Routes: the endpoints of docs/api.md, registered on the server in two
// groups — who is using Octroi (log in and out, me, accounts) and the
// programmes (dashboard, annex, findings, awards, payments, organisations,
// documents), and the sittings (sessions, members, the register of
// interests, votes), and the life of agreements after the vote (agreements,
// payments, reviews, settlements, retention), the calls for projects and
// their applications (call_routes.cc), and the imports of texts and tables
// (preview, import). Every protected route goes through guarded()
// (server_context.h).
#pragma once

#include <httplib.h>

#include "api/server_context.h"

namespace octroi::api {

void add_account_routes(httplib::Server& http, ServerContext& context);
void add_programme_routes(httplib::Server& http, ServerContext& context);
void add_session_routes(httplib::Server& http, ServerContext& context);
void add_after_vote_routes(httplib::Server& http, ServerContext& context);
void add_call_routes(httplib::Server& http, ServerContext& context);
void add_import_routes(httplib::Server& http, ServerContext& context);

}  // namespace octroi::api
