// ZipArchive over libzip, in memory.
#include "docs/zip_archive.h"

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>
#include <memory>
#include <zip.h>

namespace octroi::docs {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
struct SourceFreer {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

Error invalid(std::string_view noun, std::string_view archive_name, const std::string& what) {
  return Error(ErrorCode::kArchiveInvalid, fmt::format("{} « {} » : {}", noun, archive_name, what));
}

}  // namespace

bool is_safe_entry_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.front() == '\\') return false;
  if (name.size() >= 2 && name[1] == ':') return false;  // "C:..."
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return name.find('\0') == std::string_view::npos;
}

Result<ZipArchive> ZipArchive::read(std::string_view bytes, std::string_view archive_name,
                                    const ZipLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFreer> source(
      zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error));
  if (!source) {
    zip_error_fini(&error);
    return invalid(limits.noun, archive_name, "lecture impossible");
  }
  std::unique_ptr<zip_t, ArchiveCloser> archive(
      zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
  zip_error_fini(&error);
  if (!archive) {
    // A zip starts with a local file header: one that does and still cannot
    // be opened lacks its end (the central directory) — cut short.
    return invalid(limits.noun, archive_name,
                   bytes.starts_with(std::string_view("PK\x03\x04", 4))
                       ? "archive zip incomplète ou abîmée (fichier tronqué ?) : enregistrez-le "
                         "ou envoyez-le à nouveau"
                       : "ce n'est pas un fichier ODT, DOCX ou XLSX (archive zip illisible)");
  }
  (void)source.release();  // owned by the archive from now on

  const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  if (count < 0 || static_cast<std::size_t>(count) > limits.max_entries) {
    return invalid(limits.noun, archive_name,
                   fmt::format("trop d'entrées dans l'archive ({})", count));
  }
  ZipArchive result;
  std::size_t total = 0;
  for (zip_uint64_t index = 0; index < static_cast<zip_uint64_t>(count); ++index) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.get(), index, 0, &stat) != 0 || stat.name == nullptr) {
      return invalid(limits.noun, archive_name, fmt::format("entrée n°{} illisible", index + 1));
    }
    const std::string name = stat.name;
    if (!is_safe_entry_name(name)) {
      return invalid(limits.noun, archive_name,
                     fmt::format("nom d'entrée dangereux « {} » (chemin absolu ou « .. »)", name));
    }
    if (!name.empty() && name.back() == '/') continue;  // a folder
    if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > limits.max_entry_size ||
        total + stat.size > limits.max_total_size) {
      return invalid(
          limits.noun, archive_name,
          fmt::format("l'entrée « {} » décompressée est trop grande (bombe zip ?)", name));
    }
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive.get(), index, 0));
    if (!file)
      return invalid(limits.noun, archive_name, fmt::format("entrée « {} » illisible", name));
    std::string contents;
    contents.resize(static_cast<std::size_t>(stat.size));
    std::size_t filled = 0;
    // Read one byte more than announced: a lying header must not inflate further.
    char extra = 0;
    while (filled < contents.size()) {
      const zip_int64_t got =
          zip_fread(file.get(), contents.data() + filled, contents.size() - filled);
      if (got <= 0) break;
      filled += static_cast<std::size_t>(got);
    }
    if (filled != contents.size() || zip_fread(file.get(), &extra, 1) != 0) {
      return invalid(limits.noun, archive_name, fmt::format("entrée « {} » corrompue", name));
    }
    total += contents.size();
    result.entries_.push_back(ZipEntry{name, std::move(contents)});
  }
  return result;
}

ZipEntry* ZipArchive::find(std::string_view name) {
  for (ZipEntry& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

const ZipEntry* ZipArchive::find(std::string_view name) const {
  for (const ZipEntry& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

void ZipArchive::add(std::string name, std::string contents) {
  if (ZipEntry* existing = find(name)) {
    existing->contents = std::move(contents);
    return;
  }
  entries_.push_back(ZipEntry{std::move(name), std::move(contents)});
}

Result<std::string> ZipArchive::write() const {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) {
    zip_error_fini(&error);
    return Error(ErrorCode::kIo, "création de l'archive impossible");
  }
  std::unique_ptr<zip_source_t, SourceFreer> source(buffer);
  zip_source_keep(buffer);  // survives zip_close, to read the bytes back
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  zip_error_fini(&error);
  if (archive == nullptr) return Error(ErrorCode::kIo, "création de l'archive impossible");

  std::vector<const ZipEntry*> ordered;
  for (const ZipEntry& entry : entries_) {
    if (entry.name == "mimetype")
      ordered.insert(ordered.begin(), &entry);
    else
      ordered.push_back(&entry);
  }
  for (const ZipEntry* entry : ordered) {
    zip_source_t* data =
        zip_source_buffer(archive, entry->contents.data(), entry->contents.size(), 0);
    if (data == nullptr) {
      zip_discard(archive);
      return Error(ErrorCode::kIo, "écriture de l'archive impossible");
    }
    const zip_int64_t index =
        zip_file_add(archive, entry->name.c_str(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(data);
      zip_discard(archive);
      return Error(ErrorCode::kIo,
                   fmt::format("écriture de l'entrée « {} » impossible", entry->name));
    }
    if (entry->name == "mimetype") {
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    return Error(ErrorCode::kIo, "écriture de l'archive impossible");
  }
  if (zip_source_open(buffer) != 0)
    return Error(ErrorCode::kIo, "relecture de l'archive impossible");
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string bytes(static_cast<std::size_t>(std::max<zip_int64_t>(size, 0)), '\0');
  const zip_int64_t got = zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  if (got != size) return Error(ErrorCode::kIo, "relecture de l'archive impossible");
  return bytes;
}

}  // namespace octroi::docs
