// The routes of the imports screen (docs/api.md): a deliberation text or an
// annex table (CSV, XLSX) uploaded as multipart/form-data, previewed — what
// its reader made of it, the lines it could not read, whether it was
// imported before — without writing anything, then imported whole or not at
// all. The same reader (import/import_input.h) and use case
// (service/import_programme.h) as `octroi import`: the upload is written to a
// private temporary folder under its own file name, since the programme id
// and the kind of input derive from it, and removed after the request.
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <string_view>
#include <system_error>

#include "api/import_views.h"
#include "api/routes.h"
#include "base/utf8.h"
#include "calendar/text.h"
#include "import/import_input.h"
#include "service/import_programme.h"

namespace octroi::api {
namespace {

// The form fields of a table's identity, with their TableIdentity member.
struct IdentityField {
  const char* name;
  std::optional<std::string> TableIdentity::*value;
};
constexpr IdentityField kIdentityFields[] = {
    {"title", &TableIdentity::title},
    {"session_date", &TableIdentity::session_date},
    {"deliberation", &TableIdentity::deliberation_number},
    {"body", &TableIdentity::body},
    {"authority", &TableIdentity::authority},
    {"sheet", &TableIdentity::sheet},
};
constexpr std::size_t kMaxFieldBytes = 1000;
constexpr std::size_t kMaxFileNameBytes = 120;

// A text field of the form; "" when absent. Errors name the field.
Result<std::string> form_text(const httplib::Request& request, const std::string& name) {
  if (!request.has_file(name)) return std::string();
  std::string value = request.get_file_value(name).content;
  if (value.size() > kMaxFieldBytes || !is_valid_utf8(value)) {
    return field_error(ErrorCode::kInvalidValue,
                       fmt::format("champ « {} » illisible ou trop long ({} octets au plus)", name,
                                   kMaxFieldBytes),
                       name);
  }
  return std::string(calendar_text::trim(value));
}

// The uploaded file's name as the user's machine named it, without any
// folder; control characters and path separators become '_'.
Result<std::string> upload_name(const std::string& sent) {
  std::string name = sent.substr(sent.find_last_of("/\\") + 1);
  for (char& c : name) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == ':') c = '_';
  }
  if (name.empty() || name == "." || name == ".." || !is_valid_utf8(name) ||
      name.size() > kMaxFileNameBytes) {
    return field_error(ErrorCode::kInvalidValue,
                       fmt::format("nom de fichier illisible, vide ou de plus de {} octets : "
                                   "renommez le fichier (par exemple « annexe.csv »)",
                                   kMaxFileNameBytes),
                       "file");
  }
  if (name.front() == '.') name = "_" + name;
  return name;
}

// The upload on disk, in a folder only this process can read, removed with it.
class UploadedFile {
 public:
  static Result<UploadedFile> write(const std::string& name, const std::string& content) {
    std::error_code error;
    const std::filesystem::path base = std::filesystem::temp_directory_path(error);
    if (error) return Error(ErrorCode::kIo, "dossier temporaire introuvable");
    std::string pattern = (base / "octroi-import-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      return Error(ErrorCode::kIo, "impossible de créer un dossier temporaire pour l'envoi");
    }
    UploadedFile file(pattern, name);
    std::FILE* out = std::fopen(file.path().c_str(), "wbx");
    if (out == nullptr) return Error(ErrorCode::kIo, "impossible d'écrire le fichier envoyé");
    const bool written = std::fwrite(content.data(), 1, content.size(), out) == content.size();
    if (std::fclose(out) != 0 || !written) {
      return Error(ErrorCode::kIo, "impossible d'écrire le fichier envoyé");
    }
    return file;
  }
  UploadedFile(UploadedFile&& other) noexcept
      : folder_(std::move(other.folder_)), name_(std::move(other.name_)) {
    other.folder_.clear();
  }
  UploadedFile& operator=(UploadedFile&&) = delete;
  UploadedFile(const UploadedFile&) = delete;
  UploadedFile& operator=(const UploadedFile&) = delete;
  ~UploadedFile() {
    if (folder_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }

  std::filesystem::path path() const { return folder_ / name_; }

  // A reader's error about the upload, as the user knows it: the file's own
  // name instead of the temporary path, and where in it (line, column).
  Error shown(const Error& error) const {
    std::string message = error.location().empty() ? error.message() : error.to_string();
    const std::string folder = folder_.string() + "/";
    for (std::size_t at = message.find(folder); at != std::string::npos;
         at = message.find(folder, at)) {
      message.erase(at, folder.size());
    }
    return {error.code(), message, Location::of_field("file")};
  }

 private:
  UploadedFile(std::filesystem::path folder, std::string name)
      : folder_(std::move(folder)), name_(std::move(name)) {}
  std::filesystem::path folder_;
  std::string name_;
};

struct ImportRequest {
  std::string file_name;
  std::string content;
  TableIdentity identity;
  ImportOptions options;
};

Result<ImportRequest> read_form(const httplib::Request& request) {
  if (!request.is_multipart_form_data() || !request.has_file("file")) {
    return field_error(ErrorCode::kMissingField,
                       "aucun fichier reçu : choisissez un texte de délibération (.txt) ou un "
                       "tableau d'annexe (.csv, .xlsx)",
                       "file");
  }
  const httplib::MultipartFormData& file = request.get_file_value("file");
  ImportRequest form;
  OCTROI_TRY(form.file_name, upload_name(file.filename));
  if (file.content.empty()) {
    return field_error(ErrorCode::kInvalidValue,
                       fmt::format("le fichier « {} » est vide", form.file_name), "file");
  }
  form.content = file.content;
  for (const IdentityField& field : kIdentityFields) {
    OCTROI_TRY(std::string value, form_text(request, field.name));
    if (!value.empty()) form.identity.*field.value = value;
  }
  OCTROI_TRY(form.options.programme_id, form_text(request, "as"));
  OCTROI_TRY(std::string replace, form_text(request, "replace"));
  form.options.replace = replace == "true" || replace == "1" || replace == "on";
  return form;
}

// Preview (dry_run) or import. A preview of a document imported before still
// shows what it holds, with `conflict` saying what replacing would replace.
Result<Reply> run(ServerContext& context, const httplib::Request& request, const Caller& caller,
                  bool dry_run) {
  OCTROI_TRY(ImportRequest form, read_form(request));
  if (form.options.replace && !allows(caller.user.role, Permission::kValidate)) {
    return Error(ErrorCode::kForbidden,
                 "remplacer un programme déjà importé est réservé aux chefs de service et aux "
                 "administrateurs");
  }
  form.options.dry_run = dry_run;
  OCTROI_TRY(UploadedFile upload, UploadedFile::write(form.file_name, form.content));
  auto input = read_import_input(upload.path(), form.identity);
  if (!input.ok()) return upload.shown(input.error());
  Json report = import_report_json(*input, form.file_name);

  OCTROI_TRY(auto lease, context.programmes.acquire());
  const Stamp stamp = stamp_of(caller);
  auto outcome = import_programme(*lease, input->dataset, input->source, form.options, stamp);
  if (!outcome.ok() && outcome.error().code() == ErrorCode::kDuplicate) {
    const std::string conflict = upload.shown(outcome.error()).message();
    if (!dry_run) {
      return Error(ErrorCode::kDuplicate,
                   conflict +
                       " : cochez « Remplacer le programme existant » (chef de service, "
                       "administrateur) ou choisissez un autre identifiant",
                   Location::of_field("replace"));
    }
    report["conflict"] = conflict;
    ImportOptions replacing = form.options;
    replacing.replace = true;
    outcome = import_programme(*lease, std::move(input->dataset), input->source, replacing, stamp);
  }
  if (!outcome.ok()) return upload.shown(outcome.error());
  report["outcome"] = import_outcome_json(*outcome);
  Reply reply;
  reply.status = outcome->written && !outcome->replaced ? 201 : 200;
  reply.body = std::move(report);
  return reply;
}

}  // namespace

void add_import_routes(httplib::Server& http, ServerContext& context) {
  http.Post("/api/imports/preview",
            guarded(context, Permission::kEditAwards,
                    [&context](const httplib::Request& request, const Caller& caller) {
                      return run(context, request, caller, true);
                    }));
  http.Post("/api/imports",
            guarded(context, Permission::kEditAwards,
                    [&context](const httplib::Request& request, const Caller& caller) {
                      return run(context, request, caller, false);
                    }));
}

}  // namespace octroi::api
