// ZipArchive: the entries of an ODT, DOCX or XLSX file (a zip), read from
// bytes with libzip and written back in the same order. Reading refuses what
// a hostile or broken template may hold: bytes that are not a zip, an entry
// or a total that inflates beyond the limits (zip bomb), and an entry name
// that is absolute or climbs out of the archive ("../"). Errors name the
// archive. A value type; no I/O besides memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace octroi::docs {

struct ZipEntry {
  std::string name;      // "content.xml", "word/document.xml"
  std::string contents;  // uncompressed bytes
};

struct ZipLimits {
  std::size_t max_entries = 1000;
  std::size_t max_entry_size = std::size_t{64} << 20;   // 64 MiB uncompressed
  std::size_t max_total_size = std::size_t{256} << 20;  // 256 MiB uncompressed
  // How messages name the archive: « modèle « x.odt » : … », « classeur « x.xlsx » : … ».
  std::string_view noun = "modèle";
};

class ZipArchive {
 public:
  // kArchiveInvalid, naming `archive_name`, when the bytes are not a zip, an
  // entry is too big or its name unsafe, or there are too many entries.
  static Result<ZipArchive> read(std::string_view bytes, std::string_view archive_name,
                                 const ZipLimits& limits = {});

  const std::vector<ZipEntry>& entries() const { return entries_; }
  std::vector<ZipEntry>& entries() { return entries_; }
  // The entry of that name, or nullptr.
  ZipEntry* find(std::string_view name);
  const ZipEntry* find(std::string_view name) const;
  void add(std::string name, std::string contents);

  // The archive as zip bytes. An entry named "mimetype" (ODF) is written first
  // and stored uncompressed, as the OpenDocument format requires; kIo if libzip
  // fails.
  Result<std::string> write() const;

 private:
  std::vector<ZipEntry> entries_;
};

// True when a zip entry name is relative and stays inside the archive.
bool is_safe_entry_name(std::string_view name);

}  // namespace octroi::docs
