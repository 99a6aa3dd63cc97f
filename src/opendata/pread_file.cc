// A file read at given offsets (see pread_file.h).
#include "opendata/pread_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace octroi {

Result<std::unique_ptr<PreadFile>> PreadFile::open(const std::string& path) {
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) {
    return Error(ErrorCode::kIo,
                 fmt::format("lecture impossible de « {} » : {}", path, std::strerror(errno)));
  }
  return std::unique_ptr<PreadFile>(new PreadFile(path, descriptor));
}

PreadFile::~PreadFile() { ::close(descriptor_); }

Result<std::size_t> PreadFile::read_at(char* into, std::size_t size, std::int64_t offset) const {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t count = ::pread(descriptor_, into + done, size - done,
                                  static_cast<off_t>(offset + static_cast<std::int64_t>(done)));
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) {
      return Error(ErrorCode::kIo, fmt::format("lecture impossible de « {} »{}", path_,
                                               errno == EISDIR ? std::string(" : c'est un dossier")
                                                               : std::string()));
    }
    if (count == 0) break;
    done += static_cast<std::size_t>(count);
  }
  return done;
}

Result<std::int64_t> PreadFile::size() const {
  struct stat status {};
  if (::fstat(descriptor_, &status) != 0) {
    return Error(ErrorCode::kIo, fmt::format("lecture impossible de « {} »", path_));
  }
  return static_cast<std::int64_t>(status.st_size);
}

}  // namespace octroi
