// The store module's public surface: opens the repository a database URL
// names, verifies the audit journal and backs a database up.
//   "sqlite:PATH" (or a bare path): the embedded SQLite database, its folder
//     and file created if needed;
//   "postgresql://user@host:port/dbname" (or "postgres://"): a PostgreSQL server.
// Migrations are applied at open on both.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"
#include "service/account_repository.h"
#include "service/agreement_repository.h"
#include "service/call_repository.h"
#include "service/opendata_repository.h"
#include "service/programme_repository.h"
#include "service/session_repository.h"
#include "store/journal.h"

namespace octroi::store {

// kUsage for a URL of an unknown kind; kIo when the database cannot be opened.
Result<std::unique_ptr<ProgrammeRepository>> open_repository(std::string_view url);

// The staff accounts and browser sessions of the same database (its own
// connection; the same URL forms and errors as open_repository).
Result<std::unique_ptr<AccountRepository>> open_account_repository(std::string_view url);

// The authority, members, interests and sessions (séances) of the same
// database (its own connection; the same URL forms and errors as open_repository).
Result<std::unique_ptr<SessionRepository>> open_session_repository(std::string_view url);

// The SCDL subventions files loaded by `octroi opendata import` (its own
// connection; the same URL forms and errors as open_repository).
Result<std::unique_ptr<OpendataRepository>> open_opendata_repository(std::string_view url);

// The agreements (conventions) and payments after the vote (its own
// connection; the same URL forms and errors as open_repository).
Result<std::unique_ptr<AgreementRepository>> open_agreement_repository(std::string_view url);

// The calls for projects, applications, attachments and organisation
// accounts (its own connection; the same URL forms and errors as open_repository).
Result<std::unique_ptr<CallRepository>> open_call_repository(std::string_view url);

// Walks the audit journal of the database at `url`; the report names the
// first bad entry when the chain is broken (an edit, an insertion, a deletion).
Result<JournalReport> verify_journal(std::string_view url);

// Copies the SQLite database at `url` into `file` (online backup: others may
// keep working). kUsage for a PostgreSQL URL, with a message pointing to pg_dump.
Status backup_database(std::string_view url, const std::string& file);

}  // namespace octroi::store
