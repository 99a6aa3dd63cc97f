// TemporaryFolder: a private folder under the system's temporary directory
// (mkdtemp, mode 0700), removed with everything in it when the object dies.
// For the tools that only write to files: libxlsxwriter and soffice.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.h"

namespace octroi::docs {

class TemporaryFolder {
 public:
  // kIo when the folder cannot be created.
  static Result<TemporaryFolder> create();
  TemporaryFolder(TemporaryFolder&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
  }
  TemporaryFolder& operator=(TemporaryFolder&&) = delete;
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  ~TemporaryFolder();

  const std::filesystem::path& path() const { return path_; }

 private:
  explicit TemporaryFolder(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

// The whole content of a file; kIo naming it when it cannot be read.
Result<std::string> read_file_bytes(const std::filesystem::path& file);
// Writes bytes to a new file; kIo naming it on failure.
Status write_file_bytes(const std::filesystem::path& file, std::string_view bytes);

}  // namespace octroi::docs
