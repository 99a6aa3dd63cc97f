// TemporaryFolder and whole-file reads and writes.
#include "docs/temporary_folder.h"

#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <stdlib.h>  // NOLINT(modernize-deprecated-headers): mkdtemp is POSIX
#include <system_error>
#include <vector>

namespace octroi::docs {

Result<TemporaryFolder> TemporaryFolder::create() {
  std::error_code error;
  const std::filesystem::path base = std::filesystem::temp_directory_path(error);
  if (error) return Error(ErrorCode::kIo, "dossier temporaire introuvable");
  std::string pattern = (base / "octroi-docs-XXXXXX").string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) {
    return Error(
        ErrorCode::kIo,
        fmt::format("création d'un dossier temporaire impossible dans « {} »", base.string()));
  }
  return TemporaryFolder(std::filesystem::path(buffer.data()));
}

TemporaryFolder::~TemporaryFolder() {
  if (path_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

Result<std::string> read_file_bytes(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream)
    return Error(ErrorCode::kIo, fmt::format("lecture impossible de « {} »", file.string()));
  std::string bytes((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  if (stream.bad()) {
    return Error(ErrorCode::kIo, fmt::format("lecture impossible de « {} »", file.string()));
  }
  return bytes;
}

Status write_file_bytes(const std::filesystem::path& file, std::string_view bytes) {
  std::ofstream stream(file, std::ios::binary | std::ios::trunc);
  stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  stream.close();
  if (!stream) {
    return Error(ErrorCode::kIo, fmt::format("écriture impossible de « {} »", file.string()));
  }
  return ok_status();
}

}  // namespace octroi::docs
