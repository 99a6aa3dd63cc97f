// What `octroi import` was given (detect_import_input), and annex tables as
// import inputs: verbatim reading with their identity options, and the table
// reader over a stored copy (see import.h).
#include <array>
#include <fmt/format.h>
#include <fstream>

#include "base/text.h"
#include "import/dataset/yaml_tree.h"
#include "import/import.h"

namespace octroi {

namespace {

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

// The first bytes of a file (a failed read gives fewer).
std::string head_of(const std::filesystem::path& path, std::size_t size) {
  std::ifstream stream(path, std::ios::binary);
  std::string head(size, '\0');
  stream.read(head.data(), static_cast<std::streamsize>(size));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(stream.gcount(), 0)));
  return head;
}

// An SCDL subventions file starts "nomAttribuant,idAttribuant" (any
// separator, quoted or not, after a BOM).
bool looks_like_scdl_subventions(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  std::string normal;
  for (char c : head.substr(0, head.find('\n'))) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      normal += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return normal.rfind("nomattribuantidattribuant", 0) == 0;
}

// The identity options as YAML: every value double-quoted.
std::string identity_yaml(const TableIdentity& identity) {
  std::string yaml;
  auto add = [&yaml](std::string_view key, const std::optional<std::string>& value) {
    if (!value) return;
    std::string quoted;
    for (char c : *value) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    yaml += fmt::format("{}: \"{}\"\n", key, quoted);
  };
  add("title", identity.title);
  add("session_date", identity.session_date);
  add("deliberation_number", identity.deliberation_number);
  add("body", identity.body);
  add("authority", identity.authority);
  add("sheet", identity.sheet);
  return yaml;
}

Result<TableIdentity> read_identity_yaml(std::string_view text) {
  const std::string file(kTableIdentityFile);
  OCTROI_TRY(import::YamlNode root, import::parse_yaml(text, file));
  TableIdentity identity;
  if (root.is_null()) return identity;
  if (!root.is_mapping()) {
    return Error(ErrorCode::kInvalidValue, "une table de clés est attendue",
                 Location{file, root.line, root.column, {}});
  }
  for (const auto& [key, value] : root.entries) {
    std::optional<std::string>* slot = key.value == "title"          ? &identity.title
                                       : key.value == "session_date" ? &identity.session_date
                                       : key.value == "deliberation_number"
                                           ? &identity.deliberation_number
                                       : key.value == "body"      ? &identity.body
                                       : key.value == "authority" ? &identity.authority
                                       : key.value == "sheet"     ? &identity.sheet
                                                                  : nullptr;
    if (slot == nullptr || slot->has_value() || !value.is_scalar()) {
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("clé « {} » inconnue, répétée ou sans valeur texte", key.value),
                   Location{file, key.line, key.column, key.value});
    }
    *slot = value.value;
  }
  return identity;
}

}  // namespace

Result<ImportInputKind> detect_import_input(const std::filesystem::path& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) {
    return Error(ErrorCode::kIo,
                 fmt::format("« {} » introuvable : ce n'est pas un dossier ni un fichier lisible",
                             path.string()));
  }
  if (std::filesystem::is_directory(status)) return ImportInputKind::kDatasetFolder;
  const std::string extension = lower_extension(path);
  if (std::filesystem::is_regular_file(status)) {
    const std::string head = head_of(path, 4096);
    if (extension == ".txt") return ImportInputKind::kDeliberationText;
    if (extension == ".xlsx" || head.rfind("PK\x03\x04", 0) == 0) {
      return ImportInputKind::kXlsxTable;
    }
    if (looks_like_scdl_subventions(head)) {
      return Error(ErrorCode::kUsage,
                   fmt::format("« {} » est un fichier SCDL de subventions (en-tête "
                               "« nomAttribuant, idAttribuant… ») : importez-le avec "
                               "« octroi opendata import {} »",
                               path.string(), path.string()));
    }
    if (extension == ".csv") return ImportInputKind::kCsvTable;
  }
  return Error(ErrorCode::kUsage,
               fmt::format("« {} » n'est pas un dossier de jeu de données (docs/data-format.md), "
                           "ni le texte d'une délibération (.txt), ni un tableau d'annexe (.csv, "
                           ".xlsx ; docs/import.md)",
                           path.string()));
}

DatasetSource table_source(std::string content, std::string origin, TableFormat format,
                           const TableIdentity& identity) {
  DatasetSource source;
  source.origin = std::move(origin);
  source.files.emplace(std::string(format == TableFormat::kCsv ? kTableCsvFile : kTableXlsxFile),
                       std::move(content));
  if (!identity.empty()) {
    source.files.emplace(std::string(kTableIdentityFile), identity_yaml(identity));
  }
  source.digest = digest_files(source.files);
  return source;
}

Result<DatasetSource> read_table_source(const std::filesystem::path& file, TableFormat format,
                                        const TableIdentity& identity) {
  OCTROI_TRY(std::string content, read_file_verbatim(file));
  return table_source(std::move(content), file.string(), format, identity);
}

bool is_table_source(const std::map<std::string, std::string>& files) {
  const bool csv = files.count(std::string(kTableCsvFile)) > 0;
  const bool xlsx = files.count(std::string(kTableXlsxFile)) > 0;
  const std::size_t identity = files.count(std::string(kTableIdentityFile));
  return csv != xlsx && files.size() == 1 + identity;
}

Result<TableImport> load_table_files(std::string_view name,
                                     const std::map<std::string, std::string>& files) {
  if (!is_table_source(files)) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("« {} » n'est pas un tableau d'annexe importé", name));
  }
  TableIdentity identity;
  if (auto found = files.find(std::string(kTableIdentityFile)); found != files.end()) {
    OCTROI_TRY(identity, read_identity_yaml(found->second));
  }
  const auto csv = files.find(std::string(kTableCsvFile));
  const bool is_csv = csv != files.end();
  const std::string& bytes = is_csv ? csv->second : files.at(std::string(kTableXlsxFile));
  return read_annex_table_file(programme_id_from_file_name(name), name, bytes,
                               is_csv ? TableFormat::kCsv : TableFormat::kXlsx, identity);
}

Result<TableImport> load_table(const DatasetSource& source) {
  std::filesystem::path origin(source.origin);
  if (!origin.has_filename()) origin = origin.parent_path();
  return load_table_files(origin.filename().string(), source.files);
}

}  // namespace octroi
