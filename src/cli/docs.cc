// `octroi docs KIND PROGRAMME|PATH [--organisation NAME] --format FORMAT -o FILE`:
// produces a document of a programme of the database (or of a dataset
// folder) from the templates of data/templates/ (--templates, else
// OCTROI_TEMPLATES), written to a temporary file renamed into place.
#include "docs/docs.h"

#include <filesystem>
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/stored_programme.h"
#include "import/import.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

struct DocsOptions {
  std::string kind;
  std::string programme;
  std::string organisation;
  std::string format;
  std::string output;
  std::string parameters;
  std::string templates;
};

// A dataset folder (like `check`) or a programme of the database.
Result<StoredProgramme> load_programme(const GlobalOptions& options, const DocsOptions& docs) {
  std::error_code error;
  if (!std::filesystem::is_directory(docs.programme, error)) {
    return load_stored_programme(options, docs.programme, docs.parameters);
  }
  OCTROI_TRY(ProgrammeDataset dataset, load_dataset(docs.programme));
  const std::string folder = parameters_folder_for(docs.parameters);
  OCTROI_TRY(ParameterSet parameters, load_parameter_set(folder));
  if (!dataset.session.date.value) {
    return Error(ErrorCode::kMissingField,
                 "date de la séance absente de session.yaml : date d'effet inconnue");
  }
  const Date date = *dataset.session.date.value;
  return StoredProgramme{std::move(dataset), std::move(parameters), date, folder};
}

int run(const GlobalOptions& options, const DocsOptions& docs) {
  auto kind = docs::parse_kind(docs.kind);
  if (!kind.ok()) return report_error(kind.error());
  auto format = docs::parse_format(docs.format);
  if (!format.ok()) return report_error(format.error());
  auto programme = load_programme(options, docs);
  if (!programme.ok()) return report_error(programme.error());
  const std::filesystem::path templates = docs.templates.empty()
                                              ? docs::default_templates_folder()
                                              : std::filesystem::path(docs.templates);
  docs::DocumentRequest request{*kind, *format, docs.organisation};
  std::error_code folder_error;
  const bool from_database = !std::filesystem::is_directory(docs.programme, folder_error);
  if (*kind == docs::DocumentKind::kDeliberation && from_database) {
    // The sitting as recorded (octroi session), when one voted this programme.
    auto sessions = store::open_session_repository(options.database_url);
    if (!sessions.ok()) return report_error(sessions.error());
    auto sitting =
        recorded_sitting_text(**sessions, programme->dataset.programme.programme.id.key(),
                              funded_organisations(programme->dataset));
    if (!sitting.ok()) return report_error(sitting.error());
    request.sitting = *sitting;
  }
  auto document = docs::render_document(programme->dataset, programme->parameters,
                                        programme->date_of_effect, request, templates);
  if (!document.ok()) return report_error(document.error());
  const std::filesystem::path output = docs.output.empty() ? document->file_name : docs.output;
  auto written = docs::write_document_atomically(*document, output);
  if (!written.ok()) return report_error(written.error());
  fmt::print("Écrit : {} ({} octets)\n", output.string(), document->bytes.size());
  return kExitOk;
}

}  // namespace

void register_docs(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto docs = std::make_shared<DocsOptions>();
  std::string kinds;
  for (const docs::DocumentKindInfo& info : docs::document_kinds()) {
    kinds += fmt::format("{}{} ({})", kinds.empty() ? "" : ", ", info.key, info.label);
  }
  auto* command = app.add_subcommand("docs",
                                     "Produit un document (délibération, convention, avenant, "
                                     "convention de frais de déplacement, annexe 4, "
                                     "tableau budgétaire) en ODT, DOCX, XLSX, HTML ou PDF, "
                                     "l'annexe aussi en CSV");
  command->add_option("KIND", docs->kind, "Document : " + kinds)->required();
  command
      ->add_option("PROGRAMME|PATH", docs->programme,
                   "Identifiant du programme ou dossier de données")
      ->required();
  command->add_option("--organisation", docs->organisation,
                      "Structure (identifiant ou partie du nom), pour une convention");
  command->add_option("--format", docs->format, "Format : odt, docx, xlsx, html, pdf ou csv")
      ->required();
  command->add_option("-o,--output", docs->output,
                      "Fichier à écrire (défaut : nom proposé, dans le dossier courant)");
  command->add_option("--templates", docs->templates,
                      "Dossier des modèles (défaut : OCTROI_TEMPLATES, sinon data/templates)");
  command->add_option("--parameters", docs->parameters,
                      "Dossier des paramètres (défaut : OCTROI_PARAMETERS, sinon data/parameters)");
  command->callback([&options, &action, docs] {
    action = [&options, docs]() -> int { return run(options, *docs); };
  });
}

}  // namespace octroi::cli
