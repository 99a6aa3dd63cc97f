#include "store/store.h"

#include <filesystem>
#include <fmt/format.h>

#include "store/account_store.h"
#include "store/migration_runner.h"
#include "store/postgres/postgres_programme_repository.h"
#include "store/sql_agreement_repository.h"
#include "store/sql_call_repository.h"
#include "store/sql_opendata_repository.h"
#include "store/sql_session_repository.h"
#include "store/sqlite/sqlite_programme_repository.h"

namespace octroi::store {
namespace {

enum class Backend { kSqlite, kPostgres };

struct Target {
  Backend backend = Backend::kSqlite;
  std::string location{};  // file path or PostgreSQL URL
};

Result<Target> parse_url(std::string_view url) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return Target{Backend::kPostgres, std::string(url)};
  }
  std::string_view path = url;
  if (url.starts_with("sqlite:")) path.remove_prefix(7);
  if (path.empty() || path.find("://") != std::string_view::npos) {
    return Error(ErrorCode::kUsage,
                 fmt::format("adresse de base inconnue « {} » : attendu sqlite:CHEMIN ou "
                             "postgresql://UTILISATEUR@HÔTE:PORT/BASE",
                             std::string(url)));
  }
  return Target{Backend::kSqlite, std::string(path)};
}

Result<std::unique_ptr<SqliteProgrammeRepository>> open_sqlite(const std::string& path) {
  std::filesystem::path file{path};
  if (file.has_parent_path()) {
    std::error_code error;
    std::filesystem::create_directories(file.parent_path(), error);
    if (error) {
      return Error(ErrorCode::kIo, fmt::format("impossible de créer le dossier « {} » : {}",
                                               file.parent_path().string(), error.message()));
    }
  }
  return SqliteProgrammeRepository::open(file.string());
}

}  // namespace

Result<std::unique_ptr<ProgrammeRepository>> open_repository(std::string_view url) {
  OCTROI_TRY(auto target, parse_url(url));
  if (target.backend == Backend::kPostgres) {
    OCTROI_TRY(auto repository, PostgresProgrammeRepository::open(target.location));
    return std::unique_ptr<ProgrammeRepository>(std::move(repository));
  }
  OCTROI_TRY(auto repository, open_sqlite(target.location));
  return std::unique_ptr<ProgrammeRepository>(std::move(repository));
}

Result<std::unique_ptr<AccountRepository>> open_account_repository(std::string_view url) {
  OCTROI_TRY(auto target, parse_url(url));
  if (target.backend == Backend::kPostgres) {
    OCTROI_TRY(auto database, postgres::Database::open(target.location));
    OCTROI_TRY(int applied, migrate(database));
    (void)applied;
    return std::unique_ptr<AccountRepository>(
        new SqlAccountRepository<postgres::Database, postgres::Transaction>(std::move(database)));
  }
  // Opening the programme repository first creates the folder and the schema.
  OCTROI_TRY(auto programmes, open_sqlite(target.location));
  programmes.reset();
  OCTROI_TRY(auto database, sqlite::Database::open(target.location));
  return std::unique_ptr<AccountRepository>(
      new SqlAccountRepository<sqlite::Database, sqlite::Transaction>(std::move(database)));
}

Result<std::unique_ptr<SessionRepository>> open_session_repository(std::string_view url) {
  OCTROI_TRY(auto target, parse_url(url));
  if (target.backend == Backend::kPostgres) {
    OCTROI_TRY(auto database, postgres::Database::open(target.location));
    OCTROI_TRY(int applied, migrate(database));
    (void)applied;
    return std::unique_ptr<SessionRepository>(
        new SqlSessionRepository<postgres::Database, postgres::Transaction>(std::move(database)));
  }
  // Opening the programme repository first creates the folder and the schema.
  OCTROI_TRY(auto programmes, open_sqlite(target.location));
  programmes.reset();
  OCTROI_TRY(auto database, sqlite::Database::open(target.location));
  return std::unique_ptr<SessionRepository>(
      new SqlSessionRepository<sqlite::Database, sqlite::Transaction>(std::move(database)));
}

Result<std::unique_ptr<OpendataRepository>> open_opendata_repository(std::string_view url) {
  OCTROI_TRY(auto target, parse_url(url));
  if (target.backend == Backend::kPostgres) {
    OCTROI_TRY(auto database, postgres::Database::open(target.location));
    OCTROI_TRY(int applied, migrate(database));
    (void)applied;
    return std::unique_ptr<OpendataRepository>(
        new SqlOpendataRepository<postgres::Database, postgres::Transaction>(std::move(database)));
  }
  // Opening the programme repository first creates the folder and the schema.
  OCTROI_TRY(auto programmes, open_sqlite(target.location));
  programmes.reset();
  OCTROI_TRY(auto database, sqlite::Database::open(target.location));
  return std::unique_ptr<OpendataRepository>(
      new SqlOpendataRepository<sqlite::Database, sqlite::Transaction>(std::move(database)));
}

Result<std::unique_ptr<AgreementRepository>> open_agreement_repository(std::string_view url) {
  OCTROI_TRY(auto target, parse_url(url));
  if (target.backend == Backend::kPostgres) {
    OCTROI_TRY(auto database, postgres::Database::open(target.location));
    OCTROI_TRY(int applied, migrate(database));
    (void)applied;
    return std::unique_ptr<AgreementRepository>(
        new SqlAgreementRepository<postgres::Database, postgres::Transaction>(std::move(database)));
  }
  // Opening the programme repository first creates the folder and the schema.
  OCTROI_TRY(auto programmes, open_sqlite(target.location));
  programmes.reset();
  OCTROI_TRY(auto database, sqlite::Database::open(target.location));
  return std::unique_ptr<AgreementRepository>(
      new SqlAgreementRepository<sqlite::Database, sqlite::Transaction>(std::move(database)));
}

Result<std::unique_ptr<CallRepository>> open_call_repository(std::string_view url) {
  OCTROI_TRY(auto target, parse_url(url));
  if (target.backend == Backend::kPostgres) {
    OCTROI_TRY(auto database, postgres::Database::open(target.location));
    OCTROI_TRY(int applied, migrate(database));
    (void)applied;
    return std::unique_ptr<CallRepository>(
        new SqlCallRepository<postgres::Database, postgres::Transaction>(std::move(database)));
  }
  // Opening the programme repository first creates the folder and the schema.
  OCTROI_TRY(auto programmes, open_sqlite(target.location));
  programmes.reset();
  OCTROI_TRY(auto database, sqlite::Database::open(target.location));
  return std::unique_ptr<CallRepository>(
      new SqlCallRepository<sqlite::Database, sqlite::Transaction>(std::move(database)));
}

Result<JournalReport> verify_journal(std::string_view url) {
  OCTROI_TRY(auto target, parse_url(url));
  if (target.backend == Backend::kPostgres) {
    OCTROI_TRY(auto repository, PostgresProgrammeRepository::open(target.location));
    return repository->verify_journal();
  }
  OCTROI_TRY(auto repository, open_sqlite(target.location));
  return repository->verify_journal();
}

Status backup_database(std::string_view url, const std::string& file) {
  OCTROI_TRY(auto target, parse_url(url));
  if (target.backend == Backend::kPostgres) {
    return Error(ErrorCode::kUsage,
                 "octroi backup ne sauvegarde que les bases SQLite ; pour une base PostgreSQL, "
                 "utilisez pg_dump, par exemple : pg_dump --format=custom --file=octroi.dump "
                 "'postgresql://UTILISATEUR@HÔTE:PORT/BASE' (restauration avec pg_restore)");
  }
  if (!std::filesystem::exists(target.location)) {
    return Error(ErrorCode::kIo,
                 fmt::format("base « {} » introuvable : rien à sauvegarder", target.location));
  }
  OCTROI_TRY(auto repository, open_sqlite(target.location));
  return repository->backup_to(file);
}

}  // namespace octroi::store
