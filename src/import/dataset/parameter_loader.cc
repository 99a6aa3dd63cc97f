// The parameter loader: data/parameters/<name>.yaml files (docs/data-format.md 11).
#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

#include "import/dataset/file_readers.h"
#include "import/import.h"

namespace octroi {

namespace {

bool is_parameter_name(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

Result<Parameter> load_parameter(std::string_view name, std::string_view content) {
  import::FileContext context;
  context.file = fmt::format("{}.yaml", name);
  if (!is_parameter_name(name)) {
    return Error(ErrorCode::kSchemaType,
                 fmt::format("nom de paramètre « {} » : minuscules, chiffres et « _ », commençant "
                             "par une lettre",
                             name),
                 Location{context.file, 0, 0, {}});
  }
  OCTROI_TRY(import::YamlNode root, import::parse_yaml(content, context.file));
  return import::read_parameter_file(context, root, std::string(name));
}

Result<std::vector<Parameter>> load_parameters(const std::filesystem::path& folder) {
  std::error_code error;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
      paths.push_back(entry.path());
    }
  }
  if (error) {
    return Error(ErrorCode::kIo,
                 fmt::format("impossible de lister « {} » : {}", folder.string(), error.message()));
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Parameter> parameters;
  for (const std::filesystem::path& path : paths) {
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream content;
    content << stream.rdbuf();
    if (!stream.is_open() || stream.bad()) {
      return Error(ErrorCode::kIo, fmt::format("impossible de lire « {} »", path.string()));
    }
    OCTROI_TRY(Parameter parameter, load_parameter(path.stem().string(), content.str()));
    parameters.push_back(std::move(parameter));
  }
  return parameters;
}

}  // namespace octroi
