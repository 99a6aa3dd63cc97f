// Reads a dataset folder's files verbatim (every regular file directly in
// it), and digests them with SHA-256, so that the database keeps exactly what
// was imported and a second import of the same document is recognised.
#pragma once

#include <filesystem>

#include "base/result.h"
#include "service/programme_repository.h"

namespace octroi {

// kIo naming the folder or file that cannot be read; kInvalidValue when the
// folder holds no file. Files larger than 64 MiB are refused (kInvalidValue).
Result<DatasetSource> read_dataset_source(const std::filesystem::path& folder);

// The bytes of one file, verbatim. kIo naming it when unreadable;
// kInvalidValue over 64 MiB.
Result<std::string> read_file_verbatim(const std::filesystem::path& path);

// SHA-256, in lower-case hex, over each file's name, size and content in name order.
std::string digest_files(const std::map<std::string, std::string>& files);

}  // namespace octroi
