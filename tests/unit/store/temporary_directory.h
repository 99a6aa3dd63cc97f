// A scratch directory for a test, removed with everything in it at the end.
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace octroi::testing {

class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::random_device seed;
    path_ = std::filesystem::temp_directory_path() /
            ("octroi-test-" + std::to_string(seed()) + "-" + std::to_string(seed()));
    std::filesystem::create_directories(path_);
  }
  ~TemporaryDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace octroi::testing
