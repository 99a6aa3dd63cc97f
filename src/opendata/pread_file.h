// PreadFile: a file read at given offsets (pread), so that threads share one
// descriptor, each reading where it works; its errors are the French ones of
// FileByteSource. Private to the opendata module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

#include "base/result.h"

namespace octroi {

// A file read at given offsets: pread(), so threads share it.
class PreadFile {
 public:
  static Result<std::unique_ptr<PreadFile>> open(const std::string& path);
  ~PreadFile();
  PreadFile(const PreadFile&) = delete;
  PreadFile& operator=(const PreadFile&) = delete;
  // Up to `size` bytes at `offset`: fewer only at the end of the file.
  Result<std::size_t> read_at(char* into, std::size_t size, std::int64_t offset) const;
  Result<std::int64_t> size() const;
  int descriptor() const { return descriptor_; }

 private:
  PreadFile(std::string path, int descriptor) : path_(std::move(path)), descriptor_(descriptor) {}
  std::string path_;
  int descriptor_;
};

}  // namespace octroi
