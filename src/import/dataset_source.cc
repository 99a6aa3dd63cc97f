#include "import/dataset_source.h"

#include <fmt/format.h>
#include <fstream>
#include <sodium.h>
#include <sstream>

namespace octroi {
namespace {

constexpr std::uintmax_t kMaximumFileSize = std::uintmax_t{64} * 1024 * 1024;

}  // namespace

Result<std::string> read_file_verbatim(const std::filesystem::path& path) {
  std::error_code error;
  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) {
    return Error(ErrorCode::kIo,
                 fmt::format("impossible de lire « {} » : {}", path.string(), error.message()));
  }
  if (size > kMaximumFileSize) {
    return Error(
        ErrorCode::kInvalidValue,
        fmt::format("« {} » est trop volumineux ({} octets, 64 Mio au plus)", path.string(), size));
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    return Error(ErrorCode::kIo, fmt::format("impossible d'ouvrir « {} »", path.string()));
  }
  std::ostringstream content;
  content << stream.rdbuf();
  if (stream.bad()) {
    return Error(ErrorCode::kIo, fmt::format("lecture interrompue de « {} »", path.string()));
  }
  return content.str();
}

std::string digest_files(const std::map<std::string, std::string>& files) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  for (const auto& [name, content] : files) {
    std::string header = fmt::format("{}\n{}\n", name, content.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(header.data()),
                              header.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(content.data()),
                              content.size());
  }
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, hash);
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return std::string(hex);
}

Result<DatasetSource> read_dataset_source(const std::filesystem::path& folder) {
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    return Error(ErrorCode::kIo,
                 fmt::format("« {} » n'est pas un dossier de données lisible", folder.string()));
  }
  DatasetSource source;
  source.origin = folder.string();
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (!entry.is_regular_file()) continue;
    OCTROI_TRY(auto content, read_file_verbatim(entry.path()));
    source.files.emplace(entry.path().filename().string(), std::move(content));
  }
  if (error) {
    return Error(ErrorCode::kIo,
                 fmt::format("impossible de lister « {} » : {}", folder.string(), error.message()));
  }
  if (source.files.empty()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("le dossier « {} » ne contient aucun fichier", folder.string()));
  }
  source.digest = digest_files(source.files);
  return source;
}

}  // namespace octroi
