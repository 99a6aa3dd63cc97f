#include "store/sqlite/sqlite_programme_repository.h"

#include <filesystem>
#include <fmt/format.h>
#include <random>

#include "store/migration_runner.h"

namespace octroi::store {

Result<std::unique_ptr<SqliteProgrammeRepository>> SqliteProgrammeRepository::open(
    const std::string& path) {
  OCTROI_TRY(auto database, sqlite::Database::open(path));
  OCTROI_TRY(int applied, migrate(database));
  (void)applied;
  return std::unique_ptr<SqliteProgrammeRepository>(
      new SqliteProgrammeRepository(std::move(database)));
}

Status SqliteProgrammeRepository::backup_to(const std::string& file) {
  std::filesystem::path target(file);
  std::random_device seed;
  std::filesystem::path temporary = target;
  temporary += fmt::format(".partiel-{}", seed());
  auto cleanup = [&temporary] {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
  };

  sqlite3* raw = nullptr;
  int code =
      sqlite3_open_v2(temporary.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> copy(raw, &sqlite3_close_v2);
  if (code != SQLITE_OK) {
    std::string detail = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(code);
    copy.reset();
    cleanup();
    return Error(ErrorCode::kIo, fmt::format("sauvegarde : impossible de créer « {} » ({})",
                                             temporary.string(), detail));
  }
  sqlite3_backup* backup = sqlite3_backup_init(copy.get(), "main", database().handle(), "main");
  if (backup == nullptr) {
    std::string detail = sqlite3_errmsg(copy.get());
    copy.reset();
    cleanup();
    return Error(ErrorCode::kIo,
                 fmt::format("sauvegarde de « {} » impossible ({})", database().path(), detail));
  }
  // Copies in steps, letting writers in between; retries while the source is busy.
  do {
    code = sqlite3_backup_step(backup, 256);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) sqlite3_sleep(50);
  } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
  sqlite3_backup_finish(backup);
  if (code != SQLITE_DONE) {
    std::string detail = sqlite3_errstr(code);
    copy.reset();
    cleanup();
    return Error(ErrorCode::kIo,
                 fmt::format("sauvegarde de « {} » interrompue ({})", database().path(), detail));
  }
  // The copy is a single file: no WAL left beside it once closed.
  (void)sqlite3_exec(copy.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
  copy.reset();
  std::error_code error;
  std::filesystem::rename(temporary, target, error);
  if (error) {
    cleanup();
    return Error(ErrorCode::kIo, fmt::format("sauvegarde : impossible d'écrire « {} » ({})", file,
                                             error.message()));
  }
  return ok_status();
}

}  // namespace octroi::store
