// Deliberation texts as import inputs: detection, verbatim reading, and the
// text reader over a stored copy (see import.h).
#include <fmt/format.h>
#include <fstream>
#include <sstream>

#include "import/import.h"

namespace octroi {

namespace {

constexpr std::uintmax_t kMaximumTextSize = std::uintmax_t{64} * 1024 * 1024;

bool has_text_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".txt";
}

}  // namespace

Result<ImportInputKind> detect_import_input(const std::filesystem::path& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) {
    return Error(ErrorCode::kIo,
                 fmt::format("« {} » introuvable : ce n'est pas un dossier ni un fichier lisible",
                             path.string()));
  }
  if (std::filesystem::is_directory(status)) return ImportInputKind::kDatasetFolder;
  if (std::filesystem::is_regular_file(status) && has_text_extension(path)) {
    return ImportInputKind::kDeliberationText;
  }
  return Error(ErrorCode::kUsage,
               fmt::format("« {} » n'est pas un dossier de jeu de données (docs/data-format.md) ni "
                           "le texte d'une délibération (fichier .txt, docs/import.md)",
                           path.string()));
}

Result<DatasetSource> read_text_source(const std::filesystem::path& file) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (error) {
    return Error(ErrorCode::kIo,
                 fmt::format("impossible de lire « {} » : {}", file.string(), error.message()));
  }
  if (size > kMaximumTextSize) {
    return Error(
        ErrorCode::kInvalidValue,
        fmt::format("« {} » est trop volumineux ({} octets, 64 Mio au plus)", file.string(), size));
  }
  std::ifstream stream(file, std::ios::binary);
  if (!stream)
    return Error(ErrorCode::kIo, fmt::format("impossible d'ouvrir « {} »", file.string()));
  std::ostringstream content;
  content << stream.rdbuf();
  if (stream.bad()) {
    return Error(ErrorCode::kIo, fmt::format("lecture interrompue de « {} »", file.string()));
  }
  DatasetSource source;
  source.origin = file.string();
  source.files.emplace(std::string(kDeliberationTextFile), content.str());
  source.digest = digest_files(source.files);
  return source;
}

bool is_deliberation_text_source(const std::map<std::string, std::string>& files) {
  return files.size() == 1 && files.begin()->first == kDeliberationTextFile;
}

Result<DeliberationTextImport> load_deliberation_text(const DatasetSource& source) {
  if (!is_deliberation_text_source(source.files)) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("« {} » n'est pas le texte d'une délibération", source.origin));
  }
  std::filesystem::path origin(source.origin);
  if (!origin.has_filename()) origin = origin.parent_path();
  const std::string name = origin.filename().string();
  return read_deliberation_text(programme_id_from_file_name(name), name,
                                source.files.begin()->second);
}

}  // namespace octroi
