#include "store/store.h"

#include <filesystem>
#include <fmt/format.h>

#include "store/sqlite/sqlite_programme_repository.h"

namespace octroi::store {

Result<std::unique_ptr<ProgrammeRepository>> open_repository(std::string_view url) {
  std::string_view path = url;
  if (url.starts_with("sqlite:")) path.remove_prefix(7);
  if (url.starts_with("postgresql:") || url.starts_with("postgres:")) {
    return Error(ErrorCode::kUsage,
                 fmt::format("base « {} » : cette version d'Octroi ne sait pas encore ouvrir une "
                             "base PostgreSQL ; utilisez sqlite:CHEMIN",
                             std::string(url)));
  }
  if (path.empty() || path.find("://") != std::string_view::npos) {
    return Error(
        ErrorCode::kUsage,
        fmt::format("adresse de base inconnue « {} » : attendu sqlite:CHEMIN", std::string(url)));
  }
  std::filesystem::path file{std::string(path)};
  if (file.has_parent_path()) {
    std::error_code error;
    std::filesystem::create_directories(file.parent_path(), error);
    if (error) {
      return Error(ErrorCode::kIo, fmt::format("impossible de créer le dossier « {} » : {}",
                                               file.parent_path().string(), error.message()));
    }
  }
  OCTROI_TRY(auto repository, SqliteProgrammeRepository::open(file.string()));
  return std::unique_ptr<ProgrammeRepository>(std::move(repository));
}

}  // namespace octroi::store
