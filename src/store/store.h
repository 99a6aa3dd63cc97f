// The store module's public surface: opens the repository a database URL
// names. "sqlite:PATH" (or a bare path) opens the embedded SQLite database,
// creating its folder and file if needed and applying migrations.
#pragma once

#include <memory>
#include <string_view>

#include "base/result.h"
#include "service/programme_repository.h"

namespace octroi::store {

// kUsage for a URL of an unknown kind, or a PostgreSQL URL in a build without
// that backend; kIo when the database cannot be opened.
Result<std::unique_ptr<ProgrammeRepository>> open_repository(std::string_view url);

}  // namespace octroi::store
