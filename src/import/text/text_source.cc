// Deliberation texts as import inputs: verbatim reading, and the text
// reader over a stored copy (see import.h).
#include <fmt/format.h>

#include "import/import.h"

namespace octroi {

Result<DatasetSource> read_text_source(const std::filesystem::path& file) {
  OCTROI_TRY(std::string content, read_file_verbatim(file));
  DatasetSource source;
  source.origin = file.string();
  source.files.emplace(std::string(kDeliberationTextFile), std::move(content));
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
